package com.quotegraph.speaker;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.quotegraph.db.InList;
import com.quotegraph.extraction.NameKey;
import com.quotegraph.extraction.SpeakerKind;
import com.quotegraph.graphql.Connection;
import com.quotegraph.graphql.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads speakers and their aliases, and finds speakers by name. */
@Repository
public class SpeakerRepository {

	private static final String COLUMNS = "id, name, kind, description, quote_count";

	/**
	 * The longest search: an alias is at most this long, and a longer search only costs more (word similarity sorts
	 * the search's trigrams against each alias it tries: 0.1 s for a search of 4,000 characters on the benchmark's
	 * archive).
	 */
	static final int MAX_SEARCH_LENGTH = 300;

	private final JdbcClient jdbc;

	private final AliasIndexCache aliasIndex;

	SpeakerRepository(JdbcClient jdbc, AliasIndexCache aliasIndex) {
		this.jdbc = jdbc;
		this.aliasIndex = aliasIndex;
	}

	public Optional<Speaker> findById(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM speaker WHERE id = :id")
			.param("id", id)
			.query(SpeakerRepository::speaker)
			.optional();
	}

	/**
	 * A subquery of the ids of the speakers named: whose canonical name or an alias has the same {@link NameKey} as
	 * one of the names, or, for a one-word name, whose surname it is (named people). Its parameters, from
	 * {@link #nameParams}, are {@code :nameKeys} and {@code :surnameKeys}; a statement that filters on speaker names
	 * embeds it, so that names are resolved by the statement that uses them.
	 */
	public static final String IDS_BY_NAMES = idsByNames(":nameKeys", ":surnameKeys");

	/**
	 * {@link #IDS_BY_NAMES} as a statement of its own, planned once: the keys stand in it as sub-selects, hidden from
	 * the planner, which otherwise planned it afresh on every execution (the keys are skewed: an anonymous source's
	 * description names thousands of speakers), and planning took five times as long as running it. The outer cast has
	 * {@code ANY} take the sub-select as one array, not as a subquery of rows.
	 */
	private static final String IDS_BY_NAMES_ALONE = idsByNames("(SELECT CAST(:nameKeys AS text[]))::text[]",
			"(SELECT CAST(:surnameKeys AS text[]))::text[]");

	private static String idsByNames(String nameKeys, String surnameKeys) {
		return """
				SELECT id FROM speaker WHERE name_key = ANY(%1$s)
				UNION
				SELECT id FROM speaker WHERE kind = 'PERSON' AND surname_key = ANY(%2$s)
				UNION
				SELECT speaker_id FROM speaker_alias WHERE alias_key = ANY(%1$s)""".formatted(nameKeys, surnameKeys);
	}

	/** The parameters of {@link #IDS_BY_NAMES} for the names given. */
	public static Map<String, Object> nameParams(Collection<String> names) {
		String[] keys = names.stream().map(NameKey::of).filter((key) -> !key.isEmpty()).distinct().toArray(String[]::new);
		String[] surnames = names.stream()
			.filter((name) -> NameKey.words(name).size() == 1)
			.map(NameKey::of)
			.distinct()
			.toArray(String[]::new);
		return Map.of("nameKeys", keys, "surnameKeys", surnames);
	}

	/** Ids of the speakers named, as {@link #IDS_BY_NAMES} finds them. */
	public List<Long> findIdsByNames(Collection<String> names) {
		return this.jdbc.sql(IDS_BY_NAMES_ALONE).params(nameParams(names)).query(Long.class).list();
	}

	/** The aliases of each speaker, alphabetically. */
	public Map<Long, List<String>> findAliases(Collection<Long> speakerIds) {
		if (speakerIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<String>> aliases = this.jdbc.sql("SELECT speaker_id, alias FROM speaker_alias WHERE "
				+ InList.condition("speaker_id", "ids", speakerIds) + " ORDER BY speaker_id, alias")
			.param("ids", InList.value(speakerIds))
			.query((rs, n) -> Map.entry(rs.getLong("speaker_id"), rs.getString("alias")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return speakerIds.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(), (id) -> aliases.getOrDefault(id, List.of())));
	}

	/**
	 * Speakers alphabetically, or by how closely name or alias match {@code search} (trigram similarity): named
	 * speakers from the in-memory {@link AliasIndex} when it is current, anonymous ones in SQL.
	 */
	public Connection<Speaker> find(@Nullable String search, @Nullable List<SpeakerKind> kinds, PageRequest page) {
		if (page.backward()) {
			throw new com.quotegraph.graphql.BadRequestException("Speakers page forward only: use `first` and `after`");
		}
		if (search != null && search.length() > MAX_SEARCH_LENGTH) {
			throw new com.quotegraph.graphql.BadRequestException(
					"A speaker search is at most %d characters, as long as the longest name".formatted(MAX_SEARCH_LENGTH));
		}
		if (search != null && !search.isBlank() && (kinds == null || !kinds.contains(SpeakerKind.ANONYMOUS))) {
			AliasIndex index = this.aliasIndex.current();
			Connection<Speaker> found = (index != null) ? findInIndex(index, search, kinds, page) : null;
			if (found != null) {
				return found;
			}
		}
		return findInDatabase(search, kinds, page);
	}

	/** {@link #find} in SQL alone, which answers whenever the in-memory index is missing or out of date. */
	Connection<Speaker> findInDatabase(@Nullable String search, @Nullable List<SpeakerKind> kinds, PageRequest page) {
		boolean searching = search != null && !search.isBlank();
		List<String> where = new ArrayList<>();
		where.add("TRUE");
		// the parameters of the filter, bound to the page's statement and to the count's
		Map<String, Object> filterParams = new java.util.HashMap<>();
		if (kinds != null) {
			where.add("s.kind = ANY(:kinds)");
			filterParams.put("kinds", kinds.stream().map(Enum::name).toArray(String[]::new));
		}
		String sql;
		String filter;
		if (searching) {
			// candidates from the trigram index on aliases (a speaker's name is one of them), then the best score
			// per speaker; anonymous sources (the same few descriptions once per article) have an index of their
			// own, searched when asked for
			boolean named = kinds == null || kinds.stream().anyMatch((kind) -> kind != SpeakerKind.ANONYMOUS);
			boolean anonymous = kinds != null && kinds.contains(SpeakerKind.ANONYMOUS);
			boolean wordStarts = !hasLongWord(search);
			filterParams.put("search", search);
			if (!wordStarts) {
				filterParams.put("like", "%" + search.replace("%", "\\%").replace("_", "\\_") + "%");
			}
			String union = Stream
				.of(named ? candidates("NOT anonymous", wordStarts) : null,
						anonymous ? candidates("anonymous", wordStarts) : null)
				.filter(java.util.Objects::nonNull)
				.collect(Collectors.joining("\n  UNION ALL\n  "));
			filter = String.join(" AND ", where) + " AND s.id IN (SELECT speaker_id FROM (" + union + ") c)";
			// the best score of each speaker, and the page of them when no kind is asked for: then only the speakers
			// of the page are read
			sql = """
					WITH candidates AS (
					  %s
					), best AS (
					  SELECT speaker_id, max(score) AS score FROM candidates GROUP BY speaker_id
					  HAVING (:cursorId::bigint IS NULL OR (max(score), -speaker_id) < (:cursorScore::real, -:cursorId::bigint))
					  %s
					)
					SELECT s.id, s.name, s.kind, s.description, s.quote_count, b.score
					  FROM best b
					  JOIN speaker s ON s.id = b.speaker_id
					 WHERE %s
					 ORDER BY b.score DESC, s.id ASC
					 LIMIT :limit
					""".formatted(union, (kinds == null) ? "ORDER BY score DESC, speaker_id LIMIT :limit" : "",
					String.join(" AND ", where));
		}
		else {
			filter = String.join(" AND ", where);
			sql = """
					SELECT s.id, s.name, s.kind, s.description, s.quote_count, s.name_key
					  FROM speaker s
					 WHERE %s AND (:cursorId::bigint IS NULL OR (s.name_key, s.id) > (:cursorKey, :cursorId::bigint))
					 ORDER BY s.name_key, s.id
					 LIMIT :limit
					""".formatted(filter);
		}
		List<String> cursor = cursorOf(page);
		Long cursorId = (cursor != null) ? page.cursorId() : null;
		var statement = this.jdbc.sql(sql)
			.params(filterParams)
			.param("limit", page.size() + 1)
			.param("cursorId", cursorId);
		if (searching) {
			statement = statement.param("cursorScore", (cursor != null) ? parseScore(cursor.get(0)) : null);
		}
		else {
			statement = statement.param("cursorKey", (cursor != null) ? cursor.get(0) : null);
		}
		List<Object[]> rows = statement.query((rs, n) -> new Object[] { speaker(rs, n),
				searching ? Float.toString(rs.getFloat("score")) : rs.getString("name_key") })
			.list();
		Map<Speaker, String> sortKeys = new java.util.HashMap<>();
		rows.forEach((row) -> sortKeys.put((Speaker) row[0], (String) row[1]));
		List<Speaker> speakers = rows.stream().map((row) -> (Speaker) row[0]).toList();
		String countSql = "SELECT count(*) FROM speaker s WHERE " + filter;
		return Connection.of(speakers, page, (speaker) -> PageRequest.encode(sortKeys.get(speaker), speaker.id()),
				() -> this.jdbc.sql(countSql).params(filterParams).query(Integer.class).single());
	}

	/**
	 * A page of named speakers found by the in-memory index, read with the generation of the aliases in one
	 * statement: null when the index is out of date, which the SQL search then answers.
	 */
	private @Nullable Connection<Speaker> findInIndex(AliasIndex index, String search,
			@Nullable List<SpeakerKind> kinds, PageRequest page) {
		Set<SpeakerKind> wanted = EnumSet.noneOf(SpeakerKind.class);
		wanted.addAll((kinds != null) ? kinds : List.of(SpeakerKind.PERSON, SpeakerKind.ORGANIZATION));
		List<AliasIndex.Hit> hits = index.search(search, wanted);
		List<String> cursor = cursorOf(page);
		int from = 0;
		if (cursor != null) {
			float score = parseScore(cursor.get(0));
			long id = page.cursorId();
			while (from < hits.size() && (hits.get(from).score() > score
					|| (hits.get(from).score() == score && hits.get(from).speakerId() <= id))) {
				from++;
			}
		}
		List<AliasIndex.Hit> window = hits.subList(from, Math.min(hits.size(), from + page.size() + 1));
		List<Long> ids = window.stream().map(AliasIndex.Hit::speakerId).toList();
		long[] generation = { -1 };
		Map<Long, Speaker> speakers = new java.util.HashMap<>();
		String join = ids.isEmpty() ? "false" : InList.condition("s.id", "ids", ids);
		this.jdbc.sql("SELECT g.generation, " + COLUMNS + " FROM (SELECT " + AliasIndexCache.GENERATION
				+ " AS generation) g LEFT JOIN speaker s ON " + join)
			.params(ids.isEmpty() ? Map.of() : Map.of("ids", InList.value(ids)))
			.query((rs) -> {
				generation[0] = rs.getLong("generation");
				if (rs.getObject("id") != null) {
					Speaker speaker = speaker(rs, "");
					speakers.put(speaker.id(), speaker);
				}
			});
		if (generation[0] != index.generation() || speakers.size() != ids.size()) {
			this.aliasIndex.outdated(generation[0]);
			return null;
		}
		Map<Speaker, String> sortKeys = new java.util.HashMap<>();
		List<Speaker> rows = new ArrayList<>(window.size());
		for (AliasIndex.Hit hit : window) {
			Speaker speaker = speakers.get(hit.speakerId());
			rows.add(speaker);
			sortKeys.put(speaker, Float.toString(hit.score()));
		}
		int total = hits.size();
		return Connection.of(rows, page, (speaker) -> PageRequest.encode(sortKeys.get(speaker), speaker.id()),
				() -> total);
	}

	/**
	 * Speakers with an alias (their name among them) like the search, with its score; matches a partial index. The
	 * search stands in the conditions as a sub-select, which hides its value from the planner: PostgreSQL then
	 * estimates any search alike and keeps one plan for the statement, where it planned afresh on every search, with
	 * the match estimated by trying the words on the column's statistics (a quarter of the statement's time on an
	 * archive of a million quotes).
	 * <p>
	 * A search without a word of three letters or digits ({@code Al}, {@code a b}) matches the beginnings of words
	 * instead (word similarity): no trigram can be taken from it for a substring match, which then read and tried
	 * every alias (30 to 45 ms on that archive, against 1 to 4 for any other search).
	 */
	private static String candidates(String aliasCondition, boolean wordStarts) {
		if (wordStarts) {
			return """
					SELECT speaker_id, word_similarity(:search, alias) AS score
					    FROM speaker_alias WHERE %s AND (SELECT :search::text) <%% alias"""
				.formatted(aliasCondition);
		}
		return """
				SELECT speaker_id, similarity(alias, :search) AS score
				    FROM speaker_alias WHERE %s AND (alias %% (SELECT :search::text) OR alias ILIKE (SELECT :like::text))"""
			.formatted(aliasCondition);
	}

	/** Whether the search has a word of at least three letters or digits, from which trigrams can be taken. */
	static boolean hasLongWord(String search) {
		int run = 0;
		for (int i = 0; i < search.length(); i = search.offsetByCodePoints(i, 1)) {
			run = Character.isLetterOrDigit(search.codePointAt(i)) ? run + 1 : 0;
			if (run >= 3) {
				return true;
			}
		}
		return false;
	}

	/** The page's cursor, a sort key and an id on either list. */
	private static @Nullable List<String> cursorOf(PageRequest page) {
		List<String> cursor = page.cursor();
		if (cursor != null && cursor.size() != 2) {
			throw new com.quotegraph.graphql.BadRequestException("Not a valid cursor for this list");
		}
		return cursor;
	}

	private static float parseScore(String text) {
		try {
			return Float.parseFloat(text);
		}
		catch (NumberFormatException ex) {
			throw new com.quotegraph.graphql.BadRequestException("Not a valid cursor for this list");
		}
	}

	private static Speaker speaker(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return speaker(rs, "");
	}

	/** Maps the speaker columns of a row, each named with the prefix given (for rows that join several tables). */
	public static Speaker speaker(java.sql.ResultSet rs, String prefix) throws java.sql.SQLException {
		return new Speaker(rs.getLong(prefix + "id"), rs.getString(prefix + "name"),
				SpeakerKind.valueOf(rs.getString(prefix + "kind")), rs.getString(prefix + "description"),
				rs.getInt(prefix + "quote_count"));
	}

}
