package com.quotegraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.quotegraph.support.QuotegraphIntegrationTest;
import com.quotegraph.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product's promise end to end: the raw seed dump imported through the mutation over HTTP, then "the quotes of
 * Luqman Ahmi or Fadi Al-Shammari" gives exactly their ten gold quotes, each with its paragraph and context.
 */
@QuotegraphIntegrationTest
class MissionIntegrationTests {

	static final String IMPORT = """
			mutation ($text: String!) { importArticle(input: {text: $text, outlet: "Asharq Al-Awsat"}) {
			    articles { created article { title paragraphs { position } } } quoteCount speakerCount warnings } }
			""";

	static final String MISSION = """
			{ quotes(filter: {speakerNames: ["Luqman Ahmi", "Fadi Al-Shammari"]}, first: 50) { totalCount edges { node {
			    text type cue mention role speaker { name } article { title paragraphs { position } }
			    paragraph { position text } context(before: 1, after: 1) { position text } } } } }
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	JdbcClient jdbc;

	HttpGraphQlTester editor;

	@BeforeEach
	void emptyArchive() {
		new TestData(this.jdbc).clear();
		this.editor = this.graphQl.mutate().header("Authorization", "Bearer " + QuotegraphIntegrationTest.TOKEN).build();
	}

	@Test
	void quotesOfTwoSpeakersAreExactlyTheirGoldQuotesWithContext() throws IOException {
		String dump = read("/raw/000_892704c0a40859a5.txt");
		this.editor.document(IMPORT).variable("text", dump).execute()
			.path("importArticle.articles[*].created").entityList(Boolean.class).containsExactly(true, true)
			.path("importArticle.articles[*].article.title").entityList(String.class)
			.containsExactly("Russia Mediates to End Siege on Kurdish Neighborhoods in Aleppo",
					"Baghdad Urges Washington to Prevent ‘Imminent’ Israeli Strikes")
			.path("importArticle.articles[0].article.paragraphs").entityList(Object.class).hasSize(20)
			.path("importArticle.articles[1].article.paragraphs").entityList(Object.class).hasSize(15);

		List<Map<String, Object>> quotes = this.graphQl.document(MISSION).execute()
			.path("quotes.edges[*].node").entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			}).get();
		List<String[]> gold = new ArrayList<>();
		gold.addAll(gold("seed-russia-mediates-aleppo", "Luqman Ahmi"));
		gold.addAll(gold("seed-baghdad-urges-washington", "Fadi Al-Shammari"));
		assertThat(gold).hasSize(10);
		assertThat(quotes).hasSize(10);
		List<String[]> unmatched = new ArrayList<>(gold);
		for (Map<String, Object> quote : quotes) {
			String speaker = (String) ((Map<?, ?>) quote.get("speaker")).get("name");
			String[] match = unmatched.stream()
				.filter((g) -> g[0].equals(speaker) && dice((String) quote.get("text"), g[1]) >= 0.5)
				.findFirst()
				.orElse(null);
			assertThat(match).as("gold quote for %s: %s", speaker, quote.get("text")).isNotNull();
			unmatched.remove(match);
			Map<?, ?> paragraph = (Map<?, ?>) quote.get("paragraph");
			assertThat((String) paragraph.get("text")).contains(((String) quote.get("text")).substring(0, 20));
			List<?> context = (List<?>) quote.get("context");
			int position = (Integer) paragraph.get("position");
			List<Object> positions = context.stream().map((p) -> (Object) ((Map<?, ?>) p).get("position")).toList();
			int last = ((List<?>) ((Map<?, ?>) quote.get("article")).get("paragraphs")).size() - 1;
			List<Object> expected = java.util.stream.IntStream.rangeClosed(Math.max(0, position - 1), Math.min(last, position + 1))
				.boxed()
				.map(Object.class::cast)
				.toList();
			assertThat(positions).isEqualTo(expected);
		}
		assertThat(unmatched).isEmpty();
	}

	@Test
	void importingTheSameDumpAgainChangesNoRow() throws IOException {
		String dump = read("/raw/000_892704c0a40859a5.txt");
		this.editor.document(IMPORT).variable("text", dump).execute();
		Map<String, Object> before = rows();
		this.editor.document(IMPORT).variable("text", dump).execute()
			.path("importArticle.articles[*].created").entityList(Boolean.class).containsExactly(false, false)
			.path("importArticle.quoteCount").entity(Integer.class).isEqualTo(0);
		assertThat(rows()).isEqualTo(before);
	}

	private Map<String, Object> rows() {
		return this.jdbc.sql("""
				SELECT (SELECT count(*) FROM article) AS articles, (SELECT count(*) FROM paragraph) AS paragraphs,
				       (SELECT count(*) FROM speaker) AS speakers, (SELECT count(*) FROM speaker_alias) AS aliases,
				       (SELECT count(*) FROM quote) AS quotes, (SELECT max(xmin::text::bigint) FROM article) AS version
				""").query().singleRow();
	}

	private static List<String[]> gold(String article, String speaker) throws IOException {
		JsonNode root = JsonMapper.builder().build().readTree(read("/eval/gold/" + article + ".json"));
		List<String[]> quotes = new ArrayList<>();
		for (JsonNode quote : root.get("quotes")) {
			if (quote.get("speaker").asString().equals(speaker)) {
				quotes.add(new String[] { speaker, quote.get("text").asString() });
			}
		}
		return quotes;
	}

	static double dice(String a, String b) {
		List<String> ta = words(a);
		List<String> tb = words(b);
		Map<String, Integer> counts = new HashMap<>();
		ta.forEach((w) -> counts.merge(w, 1, Integer::sum));
		int common = 0;
		for (String w : tb) {
			if (counts.getOrDefault(w, 0) > 0) {
				counts.merge(w, -1, Integer::sum);
				common++;
			}
		}
		return 2.0 * common / (ta.size() + tb.size());
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher m = Pattern.compile("[a-z0-9]+").matcher(text.toLowerCase(Locale.ROOT));
		while (m.find()) {
			words.add(m.group());
		}
		return words;
	}

	static String read(String resource) throws IOException {
		try (InputStream in = MissionIntegrationTests.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
