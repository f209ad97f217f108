package com.quotegraph.quote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.quotegraph.article.ArticleRepository;
import com.quotegraph.article.Paragraph;
import com.quotegraph.db.InList;
import com.quotegraph.db.SearchPage;
import com.quotegraph.graphql.Connection;
import com.quotegraph.graphql.PageRequest;
import com.quotegraph.speaker.Speaker;
import com.quotegraph.speaker.SpeakerRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.function.SingletonSupplier;

/** Reads quotes: by id, by filter in keyset pages, and in pages per speaker or per article for many at once. */
@Repository
public class QuoteRepository {

	/**
	 * What a statement reads beside each quote and its speaker: its paragraph, its article, both or neither. A page
	 * of quotes reads only what the query asks for (a paragraph's text is most of a row); other statements read
	 * both.
	 */
	enum Reads {

		ALL(true, true), PARAGRAPH(false, true), ARTICLE(true, false), QUOTE(false, false);

		final boolean article;

		final boolean paragraph;

		/** The columns of a row: the quote's, then those of what it refers to, each prefixed. */
		final String select;

		/**
		 * What the row reads beside the quote {@code q}, each looked up by primary key. {@code OFFSET 0} keeps each
		 * lookup a subquery of its own, so PostgreSQL plans one-table queries instead of searching the orders of a
		 * four-way join: that search took it about a millisecond, longer than running the statement.
		 */
		final String joins;

		Reads(boolean article, boolean paragraph) {
			this.article = article;
			this.paragraph = paragraph;
			this.select = "SELECT q.id, q.article_id, q.paragraph_id, q.mention, q.role, q.type, q.cue, q.text, "
					+ "q.start_offset, q.end_offset, q.confidence,\n"
					+ (paragraph ? "       p.id AS p_id, p.position AS p_position, p.text AS p_text,\n" : "")
					+ (article ? "       a.id AS a_id, a.title AS a_title, a.outlet AS a_outlet, a.url AS a_url,\n"
							+ "       a.published_at AS a_published_at, a.imported_at AS a_imported_at,\n" : "")
					+ "       s.id AS s_id, s.name AS s_name, s.kind AS s_kind, s.description AS s_description,\n"
					+ "       s.quote_count AS s_quote_count\n";
			this.joins = (paragraph ? "  CROSS JOIN LATERAL (SELECT id, position, text FROM paragraph\n"
					+ "                       WHERE id = q.paragraph_id OFFSET 0) p\n" : "")
					+ (article ? "  CROSS JOIN LATERAL (SELECT id, title, outlet, url, published_at, imported_at FROM "
							+ "article\n                       WHERE id = q.article_id OFFSET 0) a\n" : "")
					+ "  LEFT JOIN LATERAL (SELECT id, name, kind, description, quote_count FROM speaker\n"
					+ "                      WHERE id = q.speaker_id OFFSET 0) s ON TRUE\n";
		}

		static Reads of(boolean article, boolean paragraph) {
			return article ? (paragraph ? ALL : ARTICLE) : (paragraph ? PARAGRAPH : QUOTE);
		}

	}

	/** The columns of {@code quote} that a row needs (not the search vector). */
	private static final String QUOTE_COLUMNS = "q.id, q.paragraph_id, q.article_id, q.speaker_id, q.mention, q.role, "
			+ "q.type, q.cue, q.text, q.start_offset, q.end_offset, q.confidence";

	private static final String SELECT_ALL = Reads.ALL.select + "  FROM quote q\n" + Reads.ALL.joins;

	private final JdbcClient jdbc;

	private final SpeakerRepository speakers;

	QuoteRepository(JdbcClient jdbc, SpeakerRepository speakers) {
		this.jdbc = jdbc;
		this.speakers = speakers;
	}

	public Optional<Quote> findById(long id) {
		return this.jdbc.sql(SELECT_ALL + " WHERE q.id = :id").param("id", id).query(QuoteRepository::quote).optional();
	}

	public List<Quote> findAllById(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT_ALL + " WHERE " + InList.condition("q.id", "ids", ids) + " ORDER BY q.id")
			.param("ids", InList.value(ids))
			.query(QuoteRepository::quote)
			.list();
	}

	/** One keyset page of the quotes that match, in import order or newest first. */
	Connection<Quote> find(QuoteQuery filter, PageRequest page, boolean newestFirst, Reads reads) {
		// without search words, the named speakers' ids first, so that the page statement takes ids (see below)
		QuoteQuery query = (filter.speakerNames() != null && !filter.searches())
				? filter.withSpeakerIds(this.speakers.findIdsByNames(filter.speakerNames())) : filter;
		Map<String, Object> params = QuoteQuery.params();
		boolean descending = newestFirst != page.backward();
		Long cursor = page.cursorId();
		String keyset = "";
		if (cursor != null) {
			keyset = descending ? " AND q.id < :cursor" : " AND q.id > :cursor";
			params.put("cursor", cursor);
		}
		// the page size written in: with it, PostgreSQL's plan for any ids is as good as one for the ids given (below)
		String limit = " LIMIT " + (page.size() + 1);
		String order = " ORDER BY q.id " + (descending ? "DESC" : "ASC");
		String chosen;
		if (query.searches()) {
			chosen = searchPage(query, params, keyset, descending, page.size() + 1);
		}
		else if (!query.namesSpeakers()) {
			// the page is chosen on the quote table alone, then its rows are completed
			chosen = "SELECT " + QUOTE_COLUMNS + " FROM quote q " + query.articleJoin() + " WHERE "
					+ query.where(params) + keyset + order + limit;
		}
		else {
			// a page of each speaker's quotes from the (speaker_id, id) index, then the first of all: as cheap for a
			// speaker with a hundred thousand quotes as for one with three. With the ids as an IN list and the page
			// size written in, PostgreSQL's plan for any ids is as good as one for the ids given, so it plans the
			// statement once per connection (planning it took longer than running it)
			chosen = "SELECT q.* FROM (" + query.speakers(params) + ") s(id) CROSS JOIN LATERAL (SELECT " + QUOTE_COLUMNS
					+ " FROM quote q " + query.articleJoin() + " WHERE q.speaker_id = s.id AND "
					+ query.whereButSpeakers(params) + keyset + order + limit + ") q" + order + limit;
		}
		List<Quote> rows = this.jdbc.sql(reads.select + "  FROM (" + chosen + ") q\n" + reads.joins + order)
			.params(params)
			.query((rs, n) -> mapRow(rs, reads))
			.list();
		return Connection.of(rows, page, (quote) -> PageRequest.encode(quote.id()), () -> {
			Map<String, Object> countParams = QuoteQuery.params();
			String countWhere = query.where(countParams);
			return this.jdbc.sql("SELECT count(*) FROM quote q " + query.articleJoin() + " WHERE " + countWhere)
				.params(countParams)
				.query(Integer.class)
				.single();
		});
	}

	/**
	 * A page of the quotes that match search words (and the filter's other conditions), chosen on the quote table
	 * alone; with search words even for speakers, whose quotes the full-text index may find faster than reading all
	 * of theirs. It reads quotes in order, then asks the index ({@link SearchPage}): a rare word read the whole table.
	 */
	private static String searchPage(QuoteQuery query, Map<String, Object> params, String keyset, boolean descending,
			int limit) {
		String others = query.withoutSearch().where(params);
		params.put("search", query.search());
		return SearchPage.sql("q", "quote q " + query.articleJoin() + " WHERE " + others + keyset, QUOTE_COLUMNS,
				"q.text_search @@ (SELECT websearch_to_tsquery('english', :search))", descending, limit);
	}

	/**
	 * The first page of the matching quotes of each parent ({@code speaker_id} or {@code article_id}), for many
	 * parents in one query. Each page's total, over every page, is counted only when a client asks for one, for all
	 * the parents at once; a first page that holds all its parent's quotes needs no count.
	 */
	Map<Long, Connection<Quote>> findPagesBy(String parentColumn, Collection<Long> parentIds, QuoteQuery query,
			PageRequest page, Reads reads) {
		if (!parentColumn.equals("speaker_id") && !parentColumn.equals("article_id")) {
			throw new IllegalArgumentException("not a parent column: " + parentColumn);
		}
		if (parentIds.isEmpty()) {
			return Map.of();
		}
		Map<String, Object> params = QuoteQuery.params();
		String where = query.where(params);
		String inParents = InList.condition("q." + parentColumn, "parents", parentIds);
		params.put("parents", InList.value(parentIds));
		Map<String, Object> countParams = new LinkedHashMap<>(params);
		params.put("limit", page.size() + 1);
		Long cursor = page.cursorId();
		String keyset = "";
		if (cursor != null) {
			keyset = " AND q.id > :cursor";
			params.put("cursor", cursor);
		}
		String sql;
		if (parentIds.size() == 1) {
			// one parent (one article, one speaker): its first rows from the (parent, id) index, nothing ranked
			params.put("parent", parentIds.iterator().next());
			sql = """
					%s, q.%s AS parent_id
					  FROM (SELECT %s FROM quote q %s
					         WHERE q.%s = :parent AND %s ORDER BY q.id LIMIT :limit) q
					%s
					 ORDER BY q.id
					""".formatted(reads.select.strip(), parentColumn, QUOTE_COLUMNS, query.articleJoin(), parentColumn,
					where + keyset, reads.joins.stripTrailing());
		}
		else {
			// rank the matching quotes of each parent on the quote table alone, then read the rows of each page
			sql = """
					WITH ranked AS (
					  SELECT q.id AS quote_id, q.%s AS parent_id,
					         row_number() OVER (PARTITION BY q.%s ORDER BY q.id) AS row_number
					    FROM quote q %s
					   WHERE %s AND %s
					)
					%s, r.parent_id
					  FROM ranked r
					  CROSS JOIN LATERAL (SELECT %s FROM quote q WHERE q.id = r.quote_id OFFSET 0) q
					%s
					 WHERE r.row_number <= :limit
					 ORDER BY r.parent_id, q.id
					""".formatted(parentColumn, parentColumn, query.articleJoin(), inParents, where + keyset,
					reads.select.strip(), QUOTE_COLUMNS, reads.joins.stripTrailing());
		}
		Map<Long, List<Quote>> byParent = new LinkedHashMap<>();
		this.jdbc.sql(sql).params(params).query((rs) -> {
			byParent.computeIfAbsent(rs.getLong("parent_id"), (k) -> new ArrayList<>()).add(mapRow(rs, reads));
		});
		// counted once for all the parents, on the first page whose total a client asks for
		Supplier<Map<Long, Integer>> totals = SingletonSupplier
			.of(() -> countBy(parentColumn, query.articleJoin(), inParents + " AND " + where, countParams));
		Map<Long, Connection<Quote>> pages = new LinkedHashMap<>();
		for (Long parent : parentIds) {
			List<Quote> rows = byParent.getOrDefault(parent, List.of());
			boolean all = cursor == null && rows.size() <= page.size();
			pages.put(parent, Connection.of(rows, page, (quote) -> PageRequest.encode(quote.id()),
					() -> all ? rows.size() : totals.get().getOrDefault(parent, 0)));
		}
		return pages;
	}

	/** How many quotes of each parent match the conditions (the parents among them, no cursor). */
	private Map<Long, Integer> countBy(String parentColumn, String articleJoin, String conditions,
			Map<String, Object> params) {
		Map<Long, Integer> counts = new LinkedHashMap<>();
		this.jdbc.sql("SELECT q.%s AS parent_id, count(*) AS total FROM quote q %s WHERE %s GROUP BY q.%s"
			.formatted(parentColumn, articleJoin, conditions, parentColumn))
			.params(params)
			.query((rs) -> {
				counts.put(rs.getLong("parent_id"), rs.getInt("total"));
			});
		return counts;
	}

	/** The quotes in each of the paragraphs, in reading order. */
	Map<Long, List<Quote>> findByParagraphs(Collection<Long> paragraphIds) {
		if (paragraphIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(SELECT_ALL + " WHERE " + InList.condition("q.paragraph_id", "ids", paragraphIds)
				+ " ORDER BY q.start_offset, q.id")
			.param("ids", InList.value(paragraphIds))
			.query(QuoteRepository::quote)
			.list()
			.stream()
			.collect(Collectors.groupingBy(Quote::paragraphId));
	}

	private static Quote quote(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return mapRow(rs, Reads.ALL);
	}

	/** Maps a row by hand: no reflection, and no driver exception per row for the enum column. */
	private static Quote mapRow(java.sql.ResultSet rs, Reads reads) throws java.sql.SQLException {
		long articleId = rs.getLong("article_id");
		Paragraph paragraph = reads.paragraph
				? new Paragraph(rs.getLong("p_id"), articleId, rs.getInt("p_position"), rs.getString("p_text")) : null;
		rs.getLong("s_id");
		Speaker speaker = rs.wasNull() ? null : SpeakerRepository.speaker(rs, "s_");
		return new Quote(rs.getLong("id"), articleId, rs.getLong("paragraph_id"),
				reads.article ? ArticleRepository.article(rs, "a_") : null, paragraph, speaker, rs.getString("mention"),
				rs.getString("role"), com.quotegraph.extraction.QuoteType.valueOf(rs.getString("type")),
				rs.getString("cue"), rs.getString("text"), rs.getInt("start_offset"), rs.getInt("end_offset"),
				rs.getDouble("confidence"));
	}

}
