package com.quotegraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.quotegraph.extraction.ExtractedArticle;
import com.quotegraph.extraction.ExtractedQuote;
import com.quotegraph.extraction.Extractor;
import com.quotegraph.extraction.NameKey;
import com.quotegraph.extraction.Speaker;
import com.quotegraph.extraction.SpeakerKind;
import com.quotegraph.graphql.BadRequestException;
import com.quotegraph.quote.QuoteEvents;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns text into stored articles: runs the extractor, then writes each article with its paragraphs, speakers and
 * quotes in one transaction. Safe to repeat and to run from several processes at once: the content hash and url
 * are unique, speakers are upserted by their name key, and a conflict means the article is already there.
 */
@Service
public class Importer {

	private static final Logger logger = LoggerFactory.getLogger(Importer.class);

	private final Extractor extractor;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final IngestProperties properties;

	Importer(Extractor extractor, JdbcClient jdbc, TransactionTemplate transactions, IngestProperties properties) {
		this.extractor = extractor;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.properties = properties;
	}

	/** Checks the text, extracts it and stores every article it holds. */
	public ImportResult importText(ImportRequest request) {
		return store(extract(request), request);
	}

	/** The extraction half of an import, which needs no database: bulk imports run it on all cores. */
	public List<ExtractedArticle> extract(ImportRequest request) {
		String text = request.text();
		if (text.isBlank()) {
			throw new BadRequestException("The article text is empty");
		}
		long bytes = text.getBytes(StandardCharsets.UTF_8).length;
		long max = this.properties.maxArticleSize().toBytes();
		if (bytes > max) {
			throw new BadRequestException("The article text is %d bytes; at most %d are accepted".formatted(bytes, max));
		}
		if (text.indexOf('\u0000') >= 0) {
			throw new BadRequestException("The article text holds NUL characters: is it binary?");
		}
		String title = request.title();
		if (title != null && !title.isBlank() && !text.stripLeading().startsWith(title.strip())) {
			text = title.strip() + "\n\n" + text;
		}
		List<ExtractedArticle> articles = this.extractor.extract(text);
		if (articles.isEmpty()) {
			throw new BadRequestException("No article found in the text: it needs a headline line and paragraphs");
		}
		return articles;
	}

	/** The writing half: each article in its own transaction. */
	public ImportResult store(List<ExtractedArticle> articles, ImportRequest request) {
		List<ImportResult.ImportedArticle> imported = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		Set<Long> speakers = new LinkedHashSet<>();
		int quotes = 0;
		boolean several = articles.size() > 1;
		if (several && request.url() != null) {
			warnings.add("The text holds %d articles: the url was not stored on any".formatted(articles.size()));
		}
		for (ExtractedArticle article : articles) {
			if (article.paragraphs().isEmpty()) {
				warnings.add("'%s' has no body paragraphs and was skipped".formatted(article.title()));
				continue;
			}
			for (String problem : article.problems()) {
				warnings.add("'%s': %s; the rest was stored".formatted(article.title(), problem));
			}
			String url = several ? null : request.url();
			ImportResult.ImportedArticle result = storeWithRetry(article, request, url);
			imported.add(result);
			quotes += result.quoteCount();
			speakers.addAll(result.speakerIds());
		}
		return new ImportResult(imported, quotes, speakers.size(), warnings);
	}

	private ImportResult.ImportedArticle storeWithRetry(ExtractedArticle article, ImportRequest request,
			@Nullable String url) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transactions.execute((status) -> storeOne(article, request, url));
			}
			catch (org.springframework.dao.PessimisticLockingFailureException ex) {
				if (attempt == 3) {
					throw ex;
				}
				logger.info("Retrying article '{}' after a lock conflict with a concurrent import", article.title());
			}
		}
	}

	private ImportResult.ImportedArticle storeOne(ExtractedArticle article, ImportRequest request, @Nullable String url) {
		String hash = contentHash(article);
		Timestamp published = (request.publishedAt() != null) ? Timestamp.from(request.publishedAt().toInstant()) : null;
		Optional<Long> inserted = this.jdbc.sql("""
				INSERT INTO article (title, outlet, url, published_at, content_hash)
				VALUES (:title, :outlet, :url, :published, :hash)
				ON CONFLICT DO NOTHING
				RETURNING id
				""")
			.param("title", truncate(article.title(), 1000))
			.param("outlet", blankToNull(request.outlet()))
			.param("url", blankToNull(url))
			.param("published", published)
			.param("hash", hash)
			.query(Long.class)
			.optional();
		boolean replaced = false;
		long articleId;
		if (inserted.isPresent()) {
			articleId = inserted.get();
		}
		else {
			articleId = this.jdbc.sql("""
					SELECT id FROM article WHERE content_hash = :hash OR (url IS NOT NULL AND url = :url)
					 ORDER BY (content_hash = :hash) DESC LIMIT 1 FOR UPDATE
					""")
				.param("hash", hash)
				.param("url", blankToNull(url))
				.query(Long.class)
				.single();
			if (!request.replace()) {
				return new ImportResult.ImportedArticle(articleId, false, false, 0, List.of(), List.of());
			}
			clear(articleId, article, request, url, hash, published);
			replaced = true;
		}
		List<Long> paragraphIds = insertParagraphs(articleId, article.paragraphs());
		Map<Speaker, Long> speakerIds = upsertSpeakers(articleId, article);
		List<Long> quoteIds = insertQuotes(articleId, paragraphIds, speakerIds, article.quotes());
		notifyQuotes(quoteIds);
		logger.debug("Stored article {} '{}' with {} quotes", articleId, article.title(), quoteIds.size());
		return new ImportResult.ImportedArticle(articleId, !replaced, replaced, quoteIds.size(), quoteIds,
				List.copyOf(new LinkedHashSet<>(speakerIds.values())));
	}

	private void clear(long articleId, ExtractedArticle article, ImportRequest request, @Nullable String url,
			String hash, @Nullable Timestamp published) {
		this.jdbc.sql("DELETE FROM quote WHERE article_id = :id").param("id", articleId).update();
		this.jdbc.sql("DELETE FROM paragraph WHERE article_id = :id").param("id", articleId).update();
		this.jdbc.sql("DELETE FROM speaker WHERE article_id = :id").param("id", articleId).update();
		this.jdbc.sql("""
				UPDATE article
				   SET title = :title, outlet = coalesce(:outlet, outlet), url = coalesce(:url, url),
				       published_at = coalesce(:published, published_at), content_hash = :hash, imported_at = now()
				 WHERE id = :id
				""")
			.param("id", articleId)
			.param("title", truncate(article.title(), 1000))
			.param("outlet", blankToNull(request.outlet()))
			.param("url", blankToNull(url))
			.param("published", published)
			.param("hash", hash)
			.update();
	}

	private List<Long> insertParagraphs(long articleId, List<String> paragraphs) {
		Integer[] positions = new Integer[paragraphs.size()];
		for (int i = 0; i < positions.length; i++) {
			positions[i] = i;
		}
		return this.jdbc.sql("""
				INSERT INTO paragraph (article_id, position, text)
				SELECT :article, p.position, p.text FROM unnest(:positions, :texts) AS p(position, text)
				ORDER BY p.position
				RETURNING id
				""")
			.param("article", articleId)
			.param("positions", positions)
			.param("texts", paragraphs.toArray(String[]::new))
			.query(Long.class)
			.list();
	}

	private Map<Speaker, Long> upsertSpeakers(long articleId, ExtractedArticle article) {
		Map<Speaker, Long> ids = new LinkedHashMap<>();
		Map<String, Set<String>> aliases = new java.util.TreeMap<>();
		// upserts in key order, so that concurrent imports lock speakers in the same order and never deadlock
		article.quotes()
			.stream()
			.map(ExtractedQuote::speaker)
			.distinct()
			.sorted(java.util.Comparator.comparing(Speaker::key))
			.forEach((speaker) -> ids.put(speaker, upsertSpeaker(articleId, speaker)));
		for (ExtractedQuote quote : article.quotes()) {
			Speaker speaker = quote.speaker();
			Set<String> names = aliases.computeIfAbsent(String.valueOf(ids.get(speaker)), (k) -> new LinkedHashSet<>());
			names.addAll(speaker.aliases());
			names.add(speaker.name());
		}
		aliases.forEach((id, names) -> {
			List<String> kept = names.stream().filter((name) -> !NameKey.of(name).isEmpty() && name.length() <= 300).toList();
			this.jdbc.sql("""
					INSERT INTO speaker_alias (speaker_id, alias, alias_key)
					SELECT :speaker, a.alias, a.alias_key FROM unnest(:aliases, :keys) AS a(alias, alias_key)
					ON CONFLICT DO NOTHING
					""")
				.param("speaker", Long.parseLong(id))
				.param("aliases", kept.toArray(String[]::new))
				.param("keys", kept.stream().map(NameKey::of).toArray(String[]::new))
				.update();
		});
		return ids;
	}

	private long upsertSpeaker(long articleId, Speaker speaker) {
		String key = speaker.key().isEmpty() ? NameKey.of(speaker.name()) : speaker.key();
		String name = truncate(speaker.name(), 300);
		if (speaker.kind() == SpeakerKind.ANONYMOUS) {
			return this.jdbc.sql("""
					INSERT INTO speaker (name, name_key, surname_key, kind, article_id)
					VALUES (:name, :key, :surname, 'ANONYMOUS', :article)
					ON CONFLICT (article_id, name_key) WHERE kind = 'ANONYMOUS' DO UPDATE SET name = speaker.name
					RETURNING id
					""")
				.param("name", name)
				.param("key", key)
				.param("surname", NameKey.surnameOf(name))
				.param("article", articleId)
				.query(Long.class)
				.single();
		}
		if (speaker.kind() == SpeakerKind.PERSON && NameKey.words(name).size() == 1) {
			List<Long> bearers = this.jdbc.sql("""
					SELECT id FROM speaker WHERE kind = 'PERSON' AND surname_key = :key AND name_key <> :key LIMIT 2
					""")
				.param("key", key)
				.query(Long.class)
				.list();
			if (bearers.size() == 1) {
				return bearers.get(0);
			}
		}
		return this.jdbc.sql("""
				INSERT INTO speaker (name, name_key, surname_key, kind)
				VALUES (:name, :key, :surname, :kind)
				ON CONFLICT (name_key) WHERE kind <> 'ANONYMOUS' DO UPDATE
				   SET name = CASE WHEN length(EXCLUDED.name) > length(speaker.name) THEN EXCLUDED.name
				                   ELSE speaker.name END
				RETURNING id
				""")
			.param("name", name)
			.param("key", key)
			.param("surname", NameKey.surnameOf(name))
			.param("kind", speaker.kind().name())
			.query(Long.class)
			.single();
	}

	private List<Long> insertQuotes(long articleId, List<Long> paragraphIds, Map<Speaker, Long> speakerIds,
			List<ExtractedQuote> quotes) {
		if (quotes.isEmpty()) {
			return List.of();
		}
		int n = quotes.size();
		Long[] paragraphs = new Long[n];
		Long[] speakers = new Long[n];
		String[] mentions = new String[n];
		String[] roles = new String[n];
		String[] types = new String[n];
		String[] cues = new String[n];
		String[] texts = new String[n];
		Integer[] starts = new Integer[n];
		Integer[] ends = new Integer[n];
		Float[] confidences = new Float[n];
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			ExtractedQuote quote = quotes.get(i);
			paragraphs[i] = paragraphIds.get(quote.paragraph());
			speakers[i] = speakerIds.get(quote.speaker());
			mentions[i] = quote.mention();
			roles[i] = quote.role();
			types[i] = quote.type().name();
			cues[i] = quote.cue();
			texts[i] = quote.text();
			starts[i] = quote.start();
			ends[i] = quote.end();
			confidences[i] = (float) Math.max(0, Math.min(1, quote.confidence()));
			order[i] = i;
		}
		return this.jdbc.sql("""
				INSERT INTO quote (article_id, paragraph_id, speaker_id, mention, role, type, cue, text,
				                   start_offset, end_offset, confidence)
				SELECT :article, q.paragraph_id, q.speaker_id, q.mention, q.role, q.type, q.cue, q.text,
				       q.start_offset, q.end_offset, q.confidence
				  FROM unnest(:paragraphs, :speakers, :mentions, :roles, :types, :cues, :texts, :starts, :ends,
				              :confidences, :order)
				       AS q(paragraph_id, speaker_id, mention, role, type, cue, text, start_offset, end_offset,
				            confidence, ord)
				 ORDER BY q.ord
				RETURNING id
				""")
			.param("article", articleId)
			.param("paragraphs", paragraphs)
			.param("speakers", speakers)
			.param("mentions", mentions)
			.param("roles", roles)
			.param("types", types)
			.param("cues", cues)
			.param("texts", texts)
			.param("starts", starts)
			.param("ends", ends)
			.param("confidences", confidences)
			.param("order", order)
			.query(Long.class)
			.list();
	}

	/** Tells every instance on this database, at commit, which quotes were added. */
	private void notifyQuotes(List<Long> quoteIds) {
		StringBuilder payload = new StringBuilder();
		for (Long id : quoteIds) {
			if (payload.length() > 7000) {
				send(payload.toString());
				payload.setLength(0);
			}
			payload.append(payload.length() > 0 ? "," : "").append(id);
		}
		if (payload.length() > 0) {
			send(payload.toString());
		}
	}

	private void send(String payload) {
		this.jdbc.sql("SELECT pg_notify(:channel, :payload)")
			.param("channel", QuoteEvents.CHANNEL)
			.param("payload", payload)
			.query((rs, n) -> 1)
			.list();
	}

	static String contentHash(ExtractedArticle article) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(article.title().strip().getBytes(StandardCharsets.UTF_8));
			for (String paragraph : article.paragraphs()) {
				digest.update((byte) '\n');
				digest.update(paragraph.strip().getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

}
