package com.quotegraph.speaker;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.quotegraph.extraction.NameKey;
import com.quotegraph.extraction.SpeakerKind;
import com.quotegraph.graphql.Connection;
import com.quotegraph.graphql.PageRequest;
import com.quotegraph.support.QuotegraphIntegrationTest;
import com.quotegraph.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory speaker index against PostgreSQL itself: the same trigram scores as pg_trgm, the same pages as the
 * search in SQL, and no answer from an index that changes elsewhere have outdated.
 */
@QuotegraphIntegrationTest
class SpeakerSearchIndexIntegrationTests {

	private static final List<String> NAMES = List.of("Omar Haddad", "Omar Hadad", "Salim Haddadi", "Nour Haddad",
			"Haddad", "Haddad Group", "Hanan Saleh", "Khalid Ghanem", "Fadi Al-Shammari", "Ahmet Davutoğlu",
			"ÇAĞLAR Öztürk", "Jean-Luc O'Neill", "the Ministry of Defence", "UN Security Council",
			"Mohammed bin Salman",
			"Al Ahly", "Abu Bakr al-Baghdadi", "G7 Group", "Bananarama", "Ana", "X", "Zoë Saldaña", "Straße Verein",
			"Yuki 佐藤", "Kyiv-based analyst Petro", "Ahmad", "Ahmed", "Ahmadi", "Hama Ahmad Hama");

	private static final List<String> SEARCHES = List.of("Haddad", "hadad", "Omar", "Ha", "al-sh", "han", "Al",
			"a b", "Davutoglu", "davutoğlu", "ÇAĞ", "öz", "o'neill", "jean luc", "ministry", "UN", "bin", "Baghdadi",
			"g7", "nana", "an", "x", "zoe", "Straße", "佐藤", "ahm", "Ahmad Hama", "hama", "%", "a_b", "  ", "---",
			"Shammari", "ahmed al", "Group");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SpeakerRepository speakers;

	@Autowired
	AliasIndexCache cache;

	TestData data;

	@BeforeEach
	void speakers() {
		this.data = new TestData(this.jdbc);
		this.data.clear();
		for (int i = 0; i < NAMES.size(); i++) {
			String kind = (i % 5 == 4) ? "ORGANIZATION" : "PERSON";
			if (i % 3 == 0) {
				this.data.speaker(NAMES.get(i), kind, NAMES.get((i + 7) % NAMES.size()).toUpperCase());
			}
			else {
				this.data.speaker(NAMES.get(i), kind);
			}
		}
		anonymous("a senior official");
	}

	private void anonymous(String description) {
		long article = this.data.article("Talks", "Outlet", OffsetDateTime.parse("2024-03-01T10:00:00Z"), "Text.");
		this.data.anonymousSpeaker(article, description);
	}

	@Test
	void scoresAsPgTrgm() {
		boolean ascii = this.jdbc.sql(AliasIndexCache.ASCII_ONLY).query(Boolean.class).single();
		Trigrams trigrams = Trigrams.of(ascii);
		List<String> texts = new ArrayList<>(NAMES);
		texts.addAll(SEARCHES);
		Random random = new Random(7);
		for (int i = 0; i < 200; i++) {
			// made-up strings of few letters, so that trigrams repeat and runs of them compete in word similarity
			StringBuilder text = new StringBuilder();
			for (int n = 2 + random.nextInt(14); n > 0; n--) {
				text.append(" -abnAB".charAt(random.nextInt(7)));
			}
			texts.add(text.toString());
		}
		for (int i = 0; i < texts.size(); i++) {
			String a = texts.get(i);
			String b = texts.get((i * 7 + 3) % texts.size());
			String sql = "SELECT similarity(:a, :b), word_similarity(:a, :b), word_similarity(:b, :a)";
			float[] expected = this.jdbc.sql(sql)
				.param("a", a)
				.param("b", b)
				.query((rs, n) -> new float[] { rs.getFloat(1), rs.getFloat(2), rs.getFloat(3) })
				.single();
			float[] actual = { Trigrams.similarity(trigrams.set(a), trigrams.set(b)),
					Trigrams.wordSimilarity(trigrams.sequence(a), trigrams.sequence(b)),
					Trigrams.wordSimilarity(trigrams.sequence(b), trigrams.sequence(a)) };
			assertThat(actual).as("'%s' and '%s'", a, b).containsExactly(expected);
		}
	}

	@Test
	void answersAsTheSearchInSql() {
		awaitCurrentIndex();
		for (String search : SEARCHES) {
			for (List<SpeakerKind> kinds : java.util.Arrays.asList(null, List.of(SpeakerKind.PERSON),
					List.of(SpeakerKind.ORGANIZATION))) {
				for (int size : new int[] { 3, 50 }) {
					String after = null;
					do {
						PageRequest page = PageRequest.forward(size, after);
						Connection<Speaker> fromIndex = this.speakers.find(search, kinds, page);
						Connection<Speaker> fromSql = this.speakers.findInDatabase(search, kinds, page);
						assertThat(edges(fromIndex)).as("'%s' %s after %s", search, kinds, after)
							.isEqualTo(edges(fromSql));
						assertThat(fromIndex.pageInfo()).isEqualTo(fromSql.pageInfo());
						assertThat(fromIndex.totalCount()).isEqualTo(fromSql.totalCount());
						after = fromSql.pageInfo().hasNextPage() ? fromSql.pageInfo().endCursor() : null;
					}
					while (after != null);
				}
			}
		}
		assertThat(this.cache.current()).as("still current: the index answered").isNotNull();
		assertThat(this.cache.current().generation()).isEqualTo(generation());
	}

	@Test
	void aSpeakerAddedElsewhereIsFoundAtOnce() {
		awaitCurrentIndex();
		assertThat(names("Quentin")).isEmpty();
		// as another process's import would: straight into the tables
		this.data.speaker("Quentin Blackwood", "PERSON");
		assertThat(names("Quentin")).containsExactly("Quentin Blackwood");
		this.jdbc.sql("DELETE FROM speaker WHERE name = 'Quentin Blackwood'").update();
		assertThat(names("Quentin")).isEmpty();
		awaitCurrentIndex();
		assertThat(names("Quentin")).isEmpty();
	}

	@Test
	void anonymousSourcesAreNotIndexedAndChangeNothing() {
		awaitCurrentIndex();
		long before = generation();
		anonymous("an official familiar with the talks");
		assertThat(generation()).isEqualTo(before);
		assertThat(names("official")).isEmpty();
	}

	@Test
	void concurrentWritersOfAliasesNeverWaitOnTheCount(@Autowired javax.sql.DataSource dataSource) throws Exception {
		try (java.sql.Connection first = dataSource.getConnection();
				java.sql.Connection second = dataSource.getConnection()) {
			first.setAutoCommit(false);
			second.setAutoCommit(false);
			String insert = "INSERT INTO speaker (name, name_key, surname_key, kind) VALUES (?, ?, '', 'PERSON')";
			for (java.sql.Connection connection : List.of(first, second)) {
				try (var statement = connection.createStatement()) {
					statement.execute("SET LOCAL lock_timeout = '2s'");
				}
				String name = (connection == first) ? "Ingrid Halvorsen" : "Tomasz Wierzbicki";
				try (var statement = connection.prepareStatement(insert)) {
					statement.setString(1, name);
					statement.setString(2, NameKey.of(name));
					statement.executeUpdate();
				}
			}
			long before = generation();
			second.commit();
			first.commit();
			assertThat(generation()).isEqualTo(before + 2);
		}
		assertThat(names("Halvorsen")).containsExactly("Ingrid Halvorsen");
		assertThat(names("Wierzbicki")).containsExactly("Tomasz Wierzbicki");
	}

	@Test
	void theCountsOfClosedConnectionsAreFoldedIntoOne() {
		// the row a connection now closed left behind (no live backend has a pid this large)
		this.jdbc.sql("INSERT INTO speaker_alias_generation (backend, value) VALUES (2000000000, 5)").update();
		long generation = generation();
		awaitCurrentIndex();
		assertThat(generation()).isEqualTo(generation);
		assertThat(this.jdbc.sql("SELECT count(*) FROM speaker_alias_generation WHERE backend = 2000000000")
			.query(Integer.class)
			.single()).isZero();
	}

	private List<String> names(String search) {
		return this.speakers.find(search, null, PageRequest.forward(50, null))
			.edges()
			.stream()
			.map((edge) -> edge.node().name())
			.toList();
	}

	private static List<String> edges(Connection<Speaker> connection) {
		return connection.edges().stream().map((edge) -> edge.node().name() + " " + edge.cursor()).toList();
	}

	private long generation() {
		return this.jdbc.sql("SELECT " + AliasIndexCache.GENERATION).query(Long.class).single();
	}

	/** Searches until the index has been rebuilt for the aliases as they are now. */
	private void awaitCurrentIndex() {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		long generation = generation();
		while (true) {
			AliasIndex index = this.cache.current();
			if (index != null && index.generation() == generation) {
				return;
			}
			this.cache.outdated(generation);
			assertThat(System.nanoTime()).as("the index is rebuilt").isLessThan(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

}
