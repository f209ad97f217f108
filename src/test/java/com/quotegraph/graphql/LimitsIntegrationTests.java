package com.quotegraph.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.quotegraph.support.QuotegraphIntegrationTest;
import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile and careless requests get clear errors, and the service goes on answering. */
@QuotegraphIntegrationTest
class LimitsIntegrationTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient http;

	@AfterEach
	void serviceStillAnswers() {
		this.graphQl.document("{ quotes(first: 1) { totalCount } }").execute().path("quotes.totalCount").hasValue();
	}

	private void assertRefused(String document, String message) {
		this.graphQl.document(document).execute().errors().satisfy((errors) -> assertThat(errors).isNotEmpty()
			.anySatisfy((error) -> assertThat(error.getMessage()).contains(message)));
	}

	@Test
	void deepQueriesAreRefused() {
		String deep = "{ quotes { edges { node { speaker { quotes { edges { node { speaker { quotes { edges { node { speaker { quotes { edges { node { speaker { name } } } } } } } } } } } } } } } } }";
		assertRefused(deep, "nested");
	}

	@Test
	void queriesAskingForMillionsOfNodesAreRefused() {
		assertRefused("""
				{ speakers(first: 100) { edges { node { quotes(first: 100) { edges { node {
				    speaker { quotes(first: 100) { edges { node { text } } } } } } } } } } }
				""", "would cost");
	}

	@Test
	void theSameDocumentIsCheckedAgainForOtherVariables() {
		String document = """
				query ($n: Int) { speakers(first: $n) { edges { node { quotes(first: $n) { edges { node { text } } } } } } }
				""";
		for (int i = 0; i < 3; i++) {
			this.graphQl.document(document).variable("n", 2).execute().errors().verify();
			this.graphQl.document(document).variable("n", 100).execute().errors()
				.satisfy((errors) -> assertThat(errors).anySatisfy((error) -> assertThat(error.getMessage()).contains("would cost")));
		}
	}

	@Test
	void pageSizeOfAThousandIsRefused() {
		assertRefused("{ quotes(first: 1000) { totalCount } }", "at most 100");
	}

	@Test
	void documentsWithTooManyTokensAreRefused() {
		assertRefused("{ " + "quotes(first: 1) { totalCount } ".repeat(3000) + "}", "token");
	}

	@Test
	void aOneMegabyteQueryIsRefused() {
		this.http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ quotes { totalCount } }" + " ".repeat(1024 * 1024)))
			.exchange()
			.expectStatus().isEqualTo(413)
			.expectBody().jsonPath("$.errors[0].message").value((message) -> assertThat((String) message).contains("larger than"));
	}

	@Test
	void graphiqlIntrospectionIsNotLimited() {
		this.graphQl.document(IntrospectionQuery.INTROSPECTION_QUERY).execute().path("__schema.types").hasValue();
	}

	@Test
	void operationsAreStillTimedThroughTheLeanInstrumentationChain() {
		this.graphQl.document("{ quotes(first: 1) { totalCount } }").execute();
		this.http.get().uri("/actuator/metrics/graphql.request")
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.name").isEqualTo("graphql.request");
	}

	@Test
	void corsPreflightFromAConfiguredOrigin() {
		this.http.method(HttpMethod.OPTIONS).uri("/graphql")
			.header("Origin", "https://app.example")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type,authorization")
			.exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("Access-Control-Allow-Origin", "https://app.example");
		this.http.method(HttpMethod.OPTIONS).uri("/graphql")
			.header("Origin", "https://evil.example")
			.header("Access-Control-Request-Method", "POST")
			.exchange()
			.expectStatus().isForbidden();
	}

	@Test
	void tenThousandHostileRequestsGetNoServerErrorStackTraceOrSql() {
		Random random = new Random(42);
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			Object body = hostile(random, i);
			EntityExchangeResult<byte[]> result = this.http.post().uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body)
				.exchange()
				.expectBody()
				.returnResult();
			String text = (result.getResponseBody() != null) ? new String(result.getResponseBody()) : "";
			boolean leak = text.contains("Exception") || text.contains("\tat ") || text.contains("SELECT ")
					|| text.contains("INSERT ") || text.contains("org.postgresql") || text.contains("SQLState");
			if (result.getStatus().is5xxServerError() || leak) {
				failures.add(result.getStatus() + " " + body + " -> " + text);
			}
		}
		assertThat(failures).isEmpty();
	}

	private static final String[] FRAGMENTS = { "{", "}", "(", ")", "quotes", "speaker", "first:", "after:", "\"", "...",
			"on", "Quote", "fragment", "query", "mutation", "subscription", "$x", ":", "!", "[", "]", "@include", "edges",
			"node", "text", "id", "filter:", "{speakerNames:", "-1", "1e309", "null", "true", "__typename", "__schema",
			"\u0000", "𝄞", "'; DROP TABLE quote; --", "importArticle", "input:", "#", ",", "=" };

	private static Object hostile(Random random, int i) {
		switch (i % 8) {
			case 0: {
				byte[] bytes = new byte[random.nextInt(200)];
				random.nextBytes(bytes);
				return Map.of("query", new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
			}
			case 1: {
				StringBuilder document = new StringBuilder();
				for (int k = random.nextInt(40); k > 0; k--) {
					document.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]).append(' ');
				}
				return Map.of("query", document.toString());
			}
			case 2:
				return Map.of("query", "{".repeat(random.nextInt(500)) + "quotes" + "}".repeat(random.nextInt(500)));
			case 3:
				return Map.of("query", "query ($f: Int, $a: String) { quotes(first: $f, after: $a) { totalCount } }",
						"variables", Map.of("f", List.of("x", random.nextInt(), Map.of()).get(random.nextInt(3)), "a",
								"x".repeat(random.nextInt(100_000))));
			case 4:
				return Map.of("query", "{ quote(id: \"" + "A".repeat(random.nextInt(5000)) + "\") { " + "unknown"
						+ random.nextInt() + " } }");
			case 5:
				return Map.of("query", "query { ...F } fragment F on Query { ...G } fragment G on Query { ...F }");
			case 6:
				return Map.of("query", "query ($filter: QuoteFilter) { quotes(filter: $filter) { totalCount } }",
						"variables", Map.of("filter", Map.of("speakerIds", List.of("" + random.nextLong()), "types",
								List.of("NOPE"), "search", "\\\\' OR 1=1 --" + random.nextInt())));
			default:
				return Map.of("query", "{ speakers(search: \"" + "%_\\\\".repeat(random.nextInt(50)) + "\") { totalCount } "
						+ "articles(outlet: \"" + random.nextInt() + "\", after: \"" + random.nextInt() + "\") { totalCount } }");
		}
	}

}
