package com.quotegraph.ingest;

import java.util.Map;

import com.quotegraph.support.QuotegraphIntegrationTest;
import com.quotegraph.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bad import gets a clear error and writes nothing; editors' corrections work and are audited. */
@QuotegraphIntegrationTest
class ImportErrorsIntegrationTests {

	static final String IMPORT = """
			mutation ($text: String!, $replace: Boolean) { importArticle(input: {text: $text, replace: $replace}) {
			    articles { created replaced article { id } } quoteCount } }
			""";

	static final String ARTICLE = """
			Harbour Reopens

			Nadia El-Rashidi, a spokeswoman for the port authority, said the cranes were repaired.

			She added that ferries would resume on Friday.
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyArchive() {
		new TestData(this.jdbc).clear();
	}

	private HttpGraphQlTester withToken(String token) {
		return this.graphQl.mutate().header("Authorization", "Bearer " + token).build();
	}

	private void assertError(HttpGraphQlTester tester, String text, ErrorType type, String message) {
		tester.document(IMPORT).variable("text", text).execute().errors().satisfy((errors) -> assertThat(errors)
			.singleElement()
			.satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(type);
				assertThat(error.getMessage()).containsIgnoringCase(message).doesNotContain("Exception");
			}));
		assertThat(this.jdbc.sql("SELECT count(*) FROM article").query(Integer.class).single()).isZero();
	}

	@Test
	void withoutTokenIsUnauthorized() {
		assertError(this.graphQl, ARTICLE, ErrorType.UNAUTHORIZED, "unauthorized");
	}

	@Test
	void withWrongTokenIsForbidden() {
		assertError(withToken("not-the-token"), ARTICLE, ErrorType.FORBIDDEN, "forbidden");
	}

	@Test
	void oversizedTextIsABadRequest() {
		assertError(withToken(QuotegraphIntegrationTest.TOKEN), "Headline\n\n" + "word ".repeat(50_000),
				ErrorType.BAD_REQUEST, "at most 204800 are accepted");
	}

	@Test
	void emptyTextIsABadRequest() {
		assertError(withToken(QuotegraphIntegrationTest.TOKEN), "   \n ", ErrorType.BAD_REQUEST, "empty");
	}

	@Test
	void bodyAboveOneMegabyteIsRefusedBeforeParsing(@Autowired WebTestClient http) {
		String text = "x".repeat(1_100_000);
		http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + QuotegraphIntegrationTest.TOKEN)
			.bodyValue(Map.of("query", IMPORT, "variables", Map.of("text", text)))
			.exchange()
			.expectStatus().isEqualTo(413)
			.expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST");
		assertThat(this.jdbc.sql("SELECT count(*) FROM article").query(Integer.class).single()).isZero();
	}

	@Test
	void replaceExtractsAgainInPlace() {
		HttpGraphQlTester editor = withToken(QuotegraphIntegrationTest.TOKEN);
		String id = editor.document(IMPORT).variable("text", ARTICLE).execute()
			.path("importArticle.quoteCount").entity(Integer.class).isEqualTo(2)
			.path("importArticle.articles[0].article.id").entity(String.class).get();
		editor.document(IMPORT).variable("text", ARTICLE).variable("replace", true).execute()
			.path("importArticle.articles[0].replaced").entity(Boolean.class).isEqualTo(true)
			.path("importArticle.articles[0].article.id").entity(String.class).isEqualTo(id)
			.path("importArticle.quoteCount").entity(Integer.class).isEqualTo(2);
		assertThat(this.jdbc.sql("SELECT count(*) FROM quote").query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void editorsMergeSpeakersAndMoveQuotesWithAnAuditTrail() {
		HttpGraphQlTester editor = withToken(QuotegraphIntegrationTest.TOKEN);
		editor.document(IMPORT).variable("text", ARTICLE).execute();
		editor.document(IMPORT)
			.variable("text", "Port Strike Ends\n\nNadia El-Rashidy said the strike was over and ferries would sail.")
			.execute();
		var speakers = this.graphQl.document("{ speakers(search: \"Rashid\") { edges { node { id name } } } }")
			.execute()
			.path("speakers.edges[*].node.id").entityList(String.class).hasSize(2).get();
		editor.document("mutation ($a: ID!, $b: ID!) { mergeSpeakers(into: $a, from: $b) { name quoteCount aliases } }")
			.variable("a", speakers.get(0))
			.variable("b", speakers.get(1))
			.execute()
			.path("mergeSpeakers.quoteCount").entity(Integer.class).isEqualTo(3);
		String quote = this.graphQl.document("{ quotes(first: 1) { edges { node { id } } } }").execute()
			.path("quotes.edges[0].node.id").entity(String.class).get();
		this.graphQl.document("mutation ($q: ID!, $s: ID!) { setQuoteSpeaker(quote: $q, speaker: $s) { id } }")
			.variable("q", quote)
			.variable("s", speakers.get(0))
			.execute()
			.errors().satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED)));
		editor.document("mutation ($q: ID!, $s: ID!) { setQuoteSpeaker(quote: $q, speaker: $s) { speaker { id } } }")
			.variable("q", quote)
			.variable("s", speakers.get(0))
			.execute()
			.path("setQuoteSpeaker.speaker.id").entity(String.class).isEqualTo(speakers.get(0));
		assertThat(this.jdbc.sql("SELECT action FROM audit_event ORDER BY id").query(String.class).list())
			.containsExactly("MERGE_SPEAKERS", "SET_QUOTE_SPEAKER");
		assertThat(this.jdbc.sql("SELECT DISTINCT actor FROM audit_event").query(String.class).list()).containsExactly("editor");
	}

}
