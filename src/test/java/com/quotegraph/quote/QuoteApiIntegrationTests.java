package com.quotegraph.quote;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.quotegraph.article.ArticleRepository;
import com.quotegraph.article.ArticleRepository.Stretch;
import com.quotegraph.article.Paragraph;
import com.quotegraph.db.InList;
import com.quotegraph.support.QuotegraphIntegrationTest;
import com.quotegraph.support.StatementCounter;
import com.quotegraph.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.quotegraph.support.TestData.id;
import static org.assertj.core.api.Assertions.assertThat;

/** The read API over real HTTP, on an archive written with SQL. */
@QuotegraphIntegrationTest
class QuoteApiIntegrationTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	StatementCounter statements;

	TestData data;

	long aleppo;

	long baghdad;

	long ahmi;

	long shammari;

	long official;

	@BeforeEach
	void archive(@Autowired JdbcClient jdbc) {
		this.data = new TestData(jdbc);
		this.data.clear();
		this.aleppo = this.data.article("Siege of Aleppo", "Asharq Al-Awsat", OffsetDateTime.parse("2024-03-01T10:00:00Z"),
				"Intro paragraph.", "Ahmi said the siege is a war crime.", "Middle paragraph.",
				"He said the talks failed.", "Closing paragraph.");
		this.baghdad = this.data.article("Baghdad urges Washington", "Other Outlet",
				OffsetDateTime.parse("2024-11-14T10:00:00Z"), "Al-Shammari said strikes are imminent.",
				"An official said nothing new.");
		this.ahmi = this.data.speaker("Luqman Ahmi", "PERSON", "Ahmi", "the spokesman");
		this.shammari = this.data.speaker("Fadi Al-Shammari", "PERSON");
		this.official = this.data.speaker("Iraqi Government", "ORGANIZATION");
		this.data.quote(this.aleppo, 1, this.ahmi, "INDIRECT", "the siege is a war crime.");
		this.data.quote(this.aleppo, 3, this.ahmi, "INDIRECT", "the talks failed.");
		this.data.quote(this.baghdad, 0, this.shammari, "MIXED", "strikes are imminent.");
		this.data.quote(this.baghdad, 1, this.official, "DIRECT", "nothing new.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Fadi Al-Shammari", "Al-Shammari", "al shammari", "AL-SHAMMARI", "Shammari" })
	void speakerNamesMatchInsensitiveToCaseHyphensAndTheArabicArticle(String name) {
		this.graphQl.document("query ($names: [String!]) { quotes(filter: {speakerNames: $names}) { edges { node { text speaker { name } } } } }")
			.variable("names", List.of(name))
			.execute()
			.path("quotes.edges[*].node.speaker.name")
			.entityList(String.class)
			.containsExactly("Fadi Al-Shammari");
	}

	@Test
	void quotesOfSeveralSpeakersAndNothingElse() {
		this.graphQl.document("{ quotes(filter: {speakerNames: [\"Luqman Ahmi\", \"Al-Shammari\"]}) { totalCount edges { node { text } } } }")
			.execute()
			.path("quotes.totalCount").entity(Integer.class).isEqualTo(3)
			.path("quotes.edges[*].node.text").entityList(String.class)
			.containsExactly("the siege is a war crime.", "the talks failed.", "strikes are imminent.");
	}

	@Test
	void pagesOfNamedSpeakersFollowCursorsBothWaysInThreeStatements() {
		String page = """
				query ($after: String, $before: String, $first: Int, $last: Int, $order: QuoteOrder) {
				  quotes(filter: {speakerNames: ["Luqman Ahmi", "Al-Shammari"]}, first: $first, after: $after,
				         last: $last, before: $before, orderBy: $order) {
				    edges { node { text context(before: 1, after: 1) { position } } }
				    pageInfo { hasNextPage endCursor startCursor } } }
				""";
		this.statements.reset();
		var first = this.graphQl.document(page).variable("first", 2).execute();
		first.path("quotes.edges[*].node.text").entityList(String.class)
			.containsExactly("the siege is a war crime.", "the talks failed.");
		first.path("quotes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		// the speakers' ids by name, the page, then the context paragraphs
		assertThat(this.statements.count()).isEqualTo(3);
		var second = this.graphQl.document(page)
			.variable("first", 2)
			.variable("after", first.path("quotes.pageInfo.endCursor").entity(String.class).get())
			.execute();
		second.path("quotes.edges[*].node.text").entityList(String.class).containsExactly("strikes are imminent.");
		second.path("quotes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		this.graphQl.document(page)
			.variable("last", 1)
			.variable("before", second.path("quotes.pageInfo.startCursor").entity(String.class).get())
			.execute()
			.path("quotes.edges[*].node.text").entityList(String.class).containsExactly("the talks failed.");
		this.graphQl.document(page)
			.variable("first", 2)
			.variable("order", "NEWEST_FIRST")
			.execute()
			.path("quotes.edges[*].node.text").entityList(String.class)
			.containsExactly("strikes are imminent.", "the talks failed.");
	}

	@Test
	void searchWithinTheQuotesOfNamedSpeakers() {
		this.graphQl.document("{ quotes(filter: {speakerNames: [\"Ahmi\", \"Al-Shammari\"], search: \"talks\"}) { totalCount edges { node { text } } } }")
			.execute()
			.path("quotes.totalCount").entity(Integer.class).isEqualTo(1)
			.path("quotes.edges[*].node.text").entityList(String.class).containsExactly("the talks failed.");
	}

	@Test
	void speakerIdsAndNamesTogetherMeanBoth() {
		this.graphQl.document("query ($ids: [ID!]) { quotes(filter: {speakerIds: $ids, speakerNames: [\"Ahmi\"]}) { totalCount edges { node { text } } } }")
			.variable("ids", List.of(id("Speaker", this.ahmi), id("Speaker", this.shammari)))
			.execute()
			.path("quotes.totalCount").entity(Integer.class).isEqualTo(2)
			.path("quotes.edges[*].node.text").entityList(String.class)
			.containsExactly("the siege is a war crime.", "the talks failed.");
	}

	@Test
	void aliasesFindTheirSpeaker() {
		this.graphQl.document("{ quotes(filter: {speakerNames: [\"The Spokesman\"]}) { edges { node { speaker { name aliases } } } } }")
			.execute()
			.path("quotes.edges[*].node.speaker.name").entityList(String.class)
			.containsExactly("Luqman Ahmi", "Luqman Ahmi");
	}

	@Test
	void unknownNameFindsNothing() {
		this.graphQl.document("{ quotes(filter: {speakerNames: [\"Nobody Atall\"]}) { totalCount edges { cursor } } }")
			.execute()
			.path("quotes.totalCount").entity(Integer.class).isEqualTo(0)
			.path("quotes.edges").entityList(Object.class).hasSize(0);
	}

	@Test
	void filtersCombine() {
		String query = """
				query ($filter: QuoteFilter) { quotes(filter: $filter) { edges { node { text } } } }
				""";
		this.graphQl.document(query).variable("filter", Map.of("speakerIds", List.of(id("Speaker", this.ahmi)), "search", "war crimes"))
			.execute().path("quotes.edges[*].node.text").entityList(String.class).containsExactly("the siege is a war crime.");
		this.graphQl.document(query).variable("filter", Map.of("types", List.of("MIXED", "DIRECT")))
			.execute().path("quotes.edges[*].node.text").entityList(String.class)
			.containsExactly("strikes are imminent.", "nothing new.");
		this.graphQl.document(query).variable("filter", Map.of("articleIds", List.of(id("Article", this.baghdad))))
			.execute().path("quotes.edges[*].node.text").entityList(String.class).hasSize(2);
		this.graphQl.document(query).variable("filter", Map.of("publishedAfter", "2024-06-01T00:00:00Z"))
			.execute().path("quotes.edges[*].node.text").entityList(String.class).hasSize(2);
		this.graphQl.document(query).variable("filter", Map.of("publishedBefore", "2024-06-01T00:00:00+02:00"))
			.execute().path("quotes.edges[*].node.text").entityList(String.class).hasSize(2);
	}

	@Test
	void quoteCarriesItsContext() {
		this.graphQl.document("""
				{ quotes(filter: {search: "talks"}) { edges { node { text mention type cue startOffset endOffset confidence
				    paragraph { position text } article { title outlet publishedAt }
				    context(before: 1, after: 1) { position }
				    wide: context(before: 5, after: 5) { position } } } } }
				""")
			.execute()
			.path("quotes.edges[0].node.paragraph.position").entity(Integer.class).isEqualTo(3)
			.path("quotes.edges[0].node.article.publishedAt").entity(String.class).isEqualTo("2024-03-01T10:00Z")
			.path("quotes.edges[0].node.context[*].position").entityList(Integer.class).containsExactly(2, 3, 4)
			.path("quotes.edges[0].node.wide[*].position").entityList(Integer.class).containsExactly(0, 1, 2, 3, 4);
	}

	@Test
	void aQuoteHasItsArticleParagraphAndContextHoweverTheQueryAsksForThem() {
		// a page reads articles and paragraphs only when asked: through fields, fragments, aliases, context alone
		String fragments = """
				{ quotes(filter: {search: "talks"}) { edges { node { ...Where } } } }
				fragment Where on Quote { paragraph { position } ... on Quote { article { title } } }
				""";
		this.graphQl.document(fragments)
			.execute()
			.path("quotes.edges[0].node.paragraph.position").entity(Integer.class).isEqualTo(3)
			.path("quotes.edges[0].node.article.title").entity(String.class).isEqualTo("Siege of Aleppo");
		this.graphQl.document("""
				{ quotes(filter: {search: "talks"}) { edges { n: node { text around: context(before: 1, after: 0) { position } } } } }
				""")
			.execute()
			.path("quotes.edges[0].n.around[*].position").entityList(Integer.class).containsExactly(2, 3);
		this.graphQl.document("""
				query ($id: ID!) { node(id: $id) { ... on Speaker {
				    bare: quotes { edges { node { text } } }
				    placed: quotes { edges { node { article { title } paragraph { text } } } } } }
				  article(id: "%s") { quotes(first: 1) { edges { node { paragraph { position } } } } } }
				""".formatted(id("Article", this.baghdad)))
			.variable("id", id("Speaker", this.ahmi))
			.execute()
			.path("node.bare.edges[*].node.text").entityList(String.class)
			.containsExactly("the siege is a war crime.", "the talks failed.")
			.path("node.placed.edges[*].node.article.title").entityList(String.class)
			.containsExactly("Siege of Aleppo", "Siege of Aleppo")
			.path("node.placed.edges[1].node.paragraph.text").entity(String.class).isEqualTo("He said the talks failed.")
			.path("article.quotes.edges[0].node.paragraph.position").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void pagesFollowCursorsForwardAndBackward() {
		var first = this.graphQl.document("{ quotes(first: 3) { edges { node { text } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } }")
			.execute();
		first.path("quotes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String end = first.path("quotes.pageInfo.endCursor").entity(String.class).get();
		var second = this.graphQl.document("query ($after: String) { quotes(first: 3, after: $after) { edges { node { text } } pageInfo { hasNextPage startCursor } } }")
			.variable("after", end)
			.execute();
		second.path("quotes.edges[*].node.text").entityList(String.class).containsExactly("nothing new.");
		second.path("quotes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		String start = second.path("quotes.pageInfo.startCursor").entity(String.class).get();
		this.graphQl.document("query ($before: String) { quotes(last: 2, before: $before) { edges { node { text } } } }")
			.variable("before", start)
			.execute()
			.path("quotes.edges[*].node.text").entityList(String.class)
			.containsExactly("the talks failed.", "strikes are imminent.");
		this.graphQl.document("{ quotes(first: 2, orderBy: NEWEST_FIRST) { edges { node { text } } } }")
			.execute()
			.path("quotes.edges[*].node.text").entityList(String.class)
			.containsExactly("nothing new.", "strikes are imminent.");
	}

	@Test
	void pageSizeAboveTheLimitIsABadRequest() {
		this.graphQl.document("{ quotes(first: 1000) { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("at most 100");
			}));
	}

	@Test
	void aSpeakerSearchLongerThanANameIsABadRequest() {
		String document = "query ($search: String) { speakers(search: $search) { edges { node { name } } } }";
		this.graphQl.document(document).variable("search", "a b ".repeat(1000))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("at most 300 characters");
			}));
		this.graphQl.document(document).variable("search", "Shammari" + " ".repeat(292))
			.execute()
			.path("speakers.edges[*].node.name").entityList(String.class).containsExactly("Fadi Al-Shammari");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{ quotes(after: \"%%%\") { totalCount } }", "{ quote(id: \"garbage\") { text } }",
			"{ speaker(id: \"UXVvdGU6MQ\") { name } }", "{ quotes(first: 1, last: 1) { totalCount } }",
			"{ quotes(filter: {publishedAfter: \"yesterday\"}) { totalCount } }",
			"{ quotes(first: 1) { edges { node { context(before: 6) { text } } } } }",
			"{ quotes(first: 1) { edges { node { context(after: -1) { text } } } } }",
			"{ quotes(first: 1) { edges { node { context(before: null) { text } } } } }" })
	void malformedArgumentsAreBadRequestsWithoutInternals(String document) {
		this.graphQl.document(document)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty().allSatisfy((error) -> {
				assertThat(error.getErrorType()).isIn(ErrorType.BAD_REQUEST, graphql.ErrorType.ValidationError);
				assertThat(error.getMessage()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("sql")
					.doesNotContain("at com.");
			}));
	}

	@Test
	void unknownIdsAreNull() {
		this.graphQl.document("{ quote(id: \"UXVvdGU6OTk5OTk\") { text } node(id: \"U3BlYWtlcjo5OTk5OQ\") { id } }")
			.execute()
			.path("quote").valueIsNull()
			.path("node").valueIsNull();
	}

	@Test
	void nodeFetchesEveryTypeByGlobalId() {
		String speaker = id("Speaker", this.ahmi);
		this.graphQl.document("query ($id: ID!) { node(id: $id) { id ... on Speaker { name kind quoteCount aliases } } }")
			.variable("id", speaker)
			.execute()
			.path("node.id").entity(String.class).isEqualTo(speaker)
			.path("node.name").entity(String.class).isEqualTo("Luqman Ahmi")
			.path("node.quoteCount").entity(Integer.class).isEqualTo(2)
			.path("node.aliases").entityList(String.class).containsExactly("Ahmi", "Luqman Ahmi", "the spokesman");
		this.graphQl.document("query ($id: ID!) { node(id: $id) { ... on Article { title paragraphs { position } quotes(first: 1) { totalCount edges { node { text } } } } } }")
			.variable("id", id("Article", this.aleppo))
			.execute()
			.path("node.title").entity(String.class).isEqualTo("Siege of Aleppo")
			.path("node.paragraphs").entityList(Object.class).hasSize(5)
			.path("node.quotes.totalCount").entity(Integer.class).isEqualTo(2)
			.path("node.quotes.edges").entityList(Object.class).hasSize(1);
	}

	@Test
	void speakersSearchFuzzilyAndListTheirQuotes() {
		this.graphQl.document("{ speakers(search: \"Shamari\") { edges { node { name quotes(first: 5) { totalCount edges { node { text } } } } } } }")
			.execute()
			.path("speakers.edges[0].node.name").entity(String.class).isEqualTo("Fadi Al-Shammari")
			.path("speakers.edges[0].node.quotes.edges[*].node.text").entityList(String.class)
			.containsExactly("strikes are imminent.");
		this.graphQl.document("{ speakers(kinds: [PERSON], first: 1) { totalCount edges { node { name } } pageInfo { hasNextPage } } }")
			.execute()
			.path("speakers.totalCount").entity(Integer.class).isEqualTo(2)
			.path("speakers.edges[*].node.name").entityList(String.class).containsExactly("Fadi Al-Shammari")
			.path("speakers.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void searchesTooShortForTrigramsMatchTheBeginningsOfWords() {
		for (String name : List.of("Omar Haddad", "Hanan Saleh", "Khalid Ghanem")) {
			this.data.speaker(name, "PERSON");
		}
		String document = "query ($search: String) { speakers(search: $search, first: 50) { totalCount edges { node { name } } } }";
		this.graphQl.document(document).variable("search", "Ha").execute()
			.path("speakers.edges[*].node.name").entityList(String.class)
			.hasSize(2).contains("Omar Haddad", "Hanan Saleh")
			.path("speakers.totalCount").entity(Integer.class).isEqualTo(2);
		this.graphQl.document(document).variable("search", "al-sh").execute()
			.path("speakers.edges[*].node.name").entityList(String.class).contains("Fadi Al-Shammari")
			.doesNotContain("Khalid Ghanem");
		// a word of three letters: the search matches inside words as well
		this.graphQl.document(document).variable("search", "han").execute()
			.path("speakers.edges[*].node.name").entityList(String.class)
			.contains("Hanan Saleh", "Khalid Ghanem");
	}

	@Test
	void speakerSearchPagesFollowCursorsInScoreOrder() {
		for (String name : List.of("Omar Haddad", "Omar Hadad", "Salim Haddadi", "Nour Haddad", "Haddad")) {
			this.data.speaker(name, "PERSON");
		}
		this.data.speaker("Haddad Group", "ORGANIZATION");
		for (String kinds : List.of("", ", kinds: [PERSON]")) {
			String document = "query ($first: Int, $after: String) { speakers(search: \"Haddad\", first: $first, after: $after"
					+ kinds + ") { edges { node { name } } pageInfo { hasNextPage endCursor } } }";
			List<String> whole = this.graphQl.document(document).variable("first", 50).execute()
				.path("speakers.edges[*].node.name").entityList(String.class).get();
			assertThat(whole).hasSize(kinds.isEmpty() ? 6 : 5).startsWith("Haddad");
			List<String> paged = new java.util.ArrayList<>();
			String after = null;
			boolean more = true;
			// a page that repeated itself would page forever: at most as many pages as speakers
			for (int pages = 0; more && pages < whole.size(); pages++) {
				var page = this.graphQl.document(document).variable("first", 2).variable("after", after).execute();
				paged.addAll(page.path("speakers.edges[*].node.name").entityList(String.class).get());
				more = page.path("speakers.pageInfo.hasNextPage").entity(Boolean.class).get();
				after = page.path("speakers.pageInfo.endCursor").entity(String.class).get();
			}
			assertThat(paged).isEqualTo(whole);
		}
	}

	@Test
	void batchesTooLongForPlaceholdersTakeArraysAndAnswerTheSame(@Autowired ArticleRepository articles) {
		List<Stretch> many = java.util.stream.IntStream.range(0, 700)
			.mapToObj((i) -> new Stretch(this.aleppo, i, i + 1))
			.toList();
		assertThat(InList.fits(many, 3)).isFalse();
		Map<Stretch, List<Paragraph>> fromArrays = articles.findStretches(many);
		assertThat(fromArrays).hasSize(700).containsAllEntriesOf(articles.findStretches(many.subList(0, 6)));
		assertThat(fromArrays.get(new Stretch(this.aleppo, 3, 4))).extracting(Paragraph::position).containsExactly(3, 4);
		List<Long> ids = new java.util.ArrayList<>(
				java.util.stream.LongStream.rangeClosed(1, InList.MAX_PARAMETERS).boxed().toList());
		ids.addAll(List.of(this.aleppo, this.baghdad));
		assertThat(articles.findAllById(ids.stream().distinct().toList()).keySet())
			.containsExactlyInAnyOrder(this.aleppo, this.baghdad);
	}

	@Test
	void articlesSearchTitlesAndOutlets() {
		this.graphQl.document("{ articles(search: \"urges\") { edges { node { title } } } }")
			.execute()
			.path("articles.edges[*].node.title").entityList(String.class).containsExactly("Baghdad urges Washington");
		this.graphQl.document("{ articles(outlet: \"asharq al-awsat\") { totalCount edges { node { title } } } }")
			.execute()
			.path("articles.edges[*].node.title").entityList(String.class).containsExactly("Siege of Aleppo");
	}

	@Test
	void searchPagesFindMatchesBeyondTheQuotesTheyReadInOrder(@Autowired JdbcClient jdbc) {
		long article = this.data.article("Filler", "Outlet", OffsetDateTime.parse("2024-01-01T00:00:00Z"), "Filler.");
		// 600 quotes, three of them with the word: a page of one reads 500 quotes in order before it asks the index
		jdbc.sql("""
				INSERT INTO quote (article_id, paragraph_id, speaker_id, mention, type, cue, text, start_offset,
				                   end_offset, confidence)
				SELECT :a, p.id, :s, 'he', 'DIRECT', 'said',
				       CASE WHEN i IN (3, 550, 580) THEN 'A zebra ' || i ELSE 'Filler ' || i END, 0, 8, 0.9
				  FROM paragraph p CROSS JOIN generate_series(1, 600) i WHERE p.article_id = :a ORDER BY i
				""").param("a", article).param("s", this.ahmi).update();
		String document = """
				query ($first: Int, $after: String, $order: QuoteOrder) {
				  quotes(filter: {search: "zebras"}, first: $first, after: $after, orderBy: $order) {
				    totalCount edges { node { text } } pageInfo { hasNextPage endCursor } } }
				""";
		for (String order : List.of("OLDEST_FIRST", "NEWEST_FIRST")) {
			List<String> texts = new java.util.ArrayList<>();
			String after = null;
			boolean more = true;
			for (int pages = 0; more && pages < 5; pages++) {
				var page = this.graphQl.document(document).variable("first", 1).variable("after", after)
					.variable("order", order).execute();
				page.path("quotes.totalCount").entity(Integer.class).isEqualTo(3);
				texts.addAll(page.path("quotes.edges[*].node.text").entityList(String.class).get());
				more = page.path("quotes.pageInfo.hasNextPage").entity(Boolean.class).get();
				after = page.path("quotes.pageInfo.endCursor").entity(String.class).get();
			}
			List<String> expected = List.of("A zebra 3", "A zebra 550", "A zebra 580");
			assertThat(texts).isEqualTo(order.equals("OLDEST_FIRST") ? expected
					: List.of("A zebra 580", "A zebra 550", "A zebra 3"));
		}
		this.graphQl.document(document).variable("first", 10).execute()
			.path("quotes.edges[*].node.text").entityList(String.class)
			.containsExactly("A zebra 3", "A zebra 550", "A zebra 580")
			.path("quotes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		// paging backward reads from the other end: the last two, in order
		this.graphQl.document("{ quotes(filter: {search: \"zebras\"}, last: 2) { edges { node { text } } } }").execute()
			.path("quotes.edges[*].node.text").entityList(String.class).containsExactly("A zebra 550", "A zebra 580");
	}

	@Test
	void articleSearchPagesFindMatchesBeyondTheArticlesTheyReadInOrder(@Autowired JdbcClient jdbc) {
		// 600 articles, three of them with the word in the title: a page of one reads 500 in order, then the index
		jdbc.sql("""
				INSERT INTO article (title, outlet, content_hash)
				SELECT CASE WHEN i IN (3, 550, 580) THEN 'Zebra sighting ' || i ELSE 'Filler story ' || i END, 'Outlet',
				       encode(sha256(convert_to('article ' || i, 'UTF8')), 'hex')
				  FROM generate_series(1, 600) i ORDER BY i
				""").update();
		String document = """
				query ($after: String) { articles(search: "zebras", first: 1, after: $after) {
				    totalCount edges { node { title } } pageInfo { hasNextPage endCursor } } }
				""";
		List<String> titles = new java.util.ArrayList<>();
		String after = null;
		boolean more = true;
		for (int pages = 0; more && pages < 5; pages++) {
			var page = this.graphQl.document(document).variable("after", after).execute();
			page.path("articles.totalCount").entity(Integer.class).isEqualTo(3);
			titles.addAll(page.path("articles.edges[*].node.title").entityList(String.class).get());
			more = page.path("articles.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("articles.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(titles).containsExactly("Zebra sighting 580", "Zebra sighting 550", "Zebra sighting 3");
	}

	@Test
	void aPageOfQuotesWithEveryNestedFieldTakesAFewStatementsWhateverItsSize(@Autowired JdbcClient jdbc) {
		long article = this.data.article("Long Story", "Outlet", OffsetDateTime.parse("2024-01-01T00:00:00Z"),
				java.util.stream.IntStream.range(0, 60).mapToObj((i) -> "Paragraph " + i + ".").toArray(String[]::new));
		for (int i = 0; i < 60; i++) {
			long speaker = this.data.speaker("Speaker Number" + i, "PERSON");
			this.data.quote(article, i, speaker, "DIRECT", "Quote " + i);
		}
		String document = """
				query ($size: Int) { quotes(first: $size, filter: {types: [DIRECT]}) { edges { node { text
				    speaker { name } article { title } paragraph { text } context(before: 1, after: 1) { text } } } } }
				""";
		this.statements.reset();
		this.graphQl.document(document).variable("size", 50).execute().path("quotes.edges").entityList(Object.class).hasSize(50);
		int forFifty = this.statements.count();
		this.statements.reset();
		this.graphQl.document(document).variable("size", 5).execute().path("quotes.edges").entityList(Object.class).hasSize(5);
		// the page with speakers, articles and paragraphs, then the context of every quote
		assertThat(forFifty).isLessThanOrEqualTo(2).isEqualTo(this.statements.count());
	}

	@Test
	void nestedPagesCountAllTheQuotesOfTheirParentOnEveryPage() {
		String article = """
				query ($id: ID!, $after: String) { article(id: $id) { quotes(first: 1, after: $after) {
				    totalCount edges { cursor node { text } } pageInfo { hasNextPage } } } }
				""";
		var first = this.graphQl.document(article).variable("id", id("Article", this.aleppo)).execute();
		first.path("article.quotes.totalCount").entity(Integer.class).isEqualTo(2)
			.path("article.quotes.edges[*].node.text").entityList(String.class)
			.containsExactly("the siege is a war crime.")
			.path("article.quotes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("article.quotes.edges[0].cursor").entity(String.class).get();
		this.graphQl.document(article).variable("id", id("Article", this.aleppo)).variable("after", cursor).execute()
			.path("article.quotes.totalCount").entity(Integer.class).isEqualTo(2)
			.path("article.quotes.edges[*].node.text").entityList(String.class).containsExactly("the talks failed.")
			.path("article.quotes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		// several parents in one statement, and their totals in one more, asked for only where a page is not all
		String speakers = """
				query ($after: String) { speakers(kinds: [PERSON]) { edges { node { name
				    quotes(first: 1, after: $after) { totalCount edges { node { text } } } } } } }
				""";
		this.statements.reset();
		this.graphQl.document(speakers).execute()
			.path("speakers.edges[*].node.name").entityList(String.class)
			.containsExactly("Fadi Al-Shammari", "Luqman Ahmi")
			.path("speakers.edges[*].node.quotes.totalCount").entityList(Integer.class).containsExactly(1, 2)
			.path("speakers.edges[1].node.quotes.edges[*].node.text").entityList(String.class)
			.containsExactly("the siege is a war crime.");
		assertThat(this.statements.count()).isEqualTo(3);
		this.graphQl.document(speakers).variable("after", cursor).execute()
			.path("speakers.edges[*].node.quotes.totalCount").entityList(Integer.class).containsExactly(1, 2)
			.path("speakers.edges[1].node.quotes.edges[*].node.text").entityList(String.class)
			.containsExactly("the talks failed.");
		this.statements.reset();
		this.graphQl.document(article.replace("first: 1", "first: 5")).variable("id", id("Article", this.aleppo))
			.execute()
			.path("article.quotes.totalCount").entity(Integer.class).isEqualTo(2);
		// the article, then its page: a first page that holds every quote needs no count
		assertThat(this.statements.count()).isEqualTo(2);
	}

	@Test
	void anArticleWithItsParagraphsAndQuotesTakesTwoStatements() {
		String document = """
				query ($id: ID!) { article(id: $id) { title paragraphs { position text }
				    quotes(first: 50) { edges { node { text speaker { name } } } } } }
				""";
		this.statements.reset();
		this.graphQl.document(document)
			.variable("id", id("Article", this.aleppo))
			.execute()
			.path("article.title").entity(String.class).isEqualTo("Siege of Aleppo")
			.path("article.paragraphs[*].position").entityList(Integer.class).containsExactly(0, 1, 2, 3, 4)
			.path("article.paragraphs[1].text").entity(String.class).isEqualTo("Ahmi said the siege is a war crime.")
			.path("article.quotes.edges[*].node.speaker.name").entityList(String.class)
			.containsExactly("Luqman Ahmi", "Luqman Ahmi");
		// the article with its paragraphs, then its page of quotes with their speakers
		assertThat(this.statements.count()).isEqualTo(2);
		this.graphQl.document(document)
			.variable("id", id("Article", 999_999))
			.execute()
			.path("article").valueIsNull();
	}

	@Test
	void speakerSearchLeavesAnonymousSourcesOutUnlessAskedFor() {
		this.data.anonymousSpeaker(this.aleppo, "a senior official");
		this.graphQl.document("{ speakers(search: \"official\") { edges { node { name } } } }")
			.execute()
			.path("speakers.edges[*].node.name").entityList(String.class).doesNotContain("a senior official");
		this.graphQl.document("{ speakers(search: \"official\", kinds: [ANONYMOUS]) { totalCount edges { node { name kind } } } }")
			.execute()
			.path("speakers.totalCount").entity(Integer.class).isEqualTo(1)
			.path("speakers.edges[0].node.name").entity(String.class).isEqualTo("a senior official");
	}

	@Test
	void quoteCountsFollowQuotesAsTheyAreAddedMovedAndDeleted(@Autowired JdbcClient jdbc) {
		String counts = "query ($a: ID!, $b: ID!) { a: speaker(id: $a) { quoteCount } b: speaker(id: $b) { quoteCount } }";
		this.graphQl.document(counts).variable("a", id("Speaker", this.ahmi)).variable("b", id("Speaker", this.shammari))
			.execute()
			.path("a.quoteCount").entity(Integer.class).isEqualTo(2)
			.path("b.quoteCount").entity(Integer.class).isEqualTo(1);
		jdbc.sql("UPDATE quote SET speaker_id = :to WHERE speaker_id = :from")
			.param("to", this.shammari).param("from", this.ahmi).update();
		jdbc.sql("INSERT INTO quote (article_id, paragraph_id, speaker_id, mention, type, cue, text, start_offset, end_offset, confidence) "
				+ "SELECT article_id, paragraph_id, :ahmi, 'he', 'DIRECT', 'said', 'again', 0, 5, 0.9 FROM quote LIMIT 1")
			.param("ahmi", this.ahmi).update();
		this.graphQl.document(counts).variable("a", id("Speaker", this.ahmi)).variable("b", id("Speaker", this.shammari))
			.execute()
			.path("a.quoteCount").entity(Integer.class).isEqualTo(1)
			.path("b.quoteCount").entity(Integer.class).isEqualTo(3);
		jdbc.sql("DELETE FROM quote WHERE speaker_id = :s").param("s", this.shammari).update();
		this.graphQl.document(counts).variable("a", id("Speaker", this.ahmi)).variable("b", id("Speaker", this.shammari))
			.execute()
			.path("b.quoteCount").entity(Integer.class).isEqualTo(0);
	}

}
