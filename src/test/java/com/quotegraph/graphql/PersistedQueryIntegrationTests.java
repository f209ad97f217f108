package com.quotegraph.graphql;

import java.util.Map;

import com.quotegraph.support.QuotegraphIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Apollo's automatic persisted queries over POST and GET, and the GET rules of GraphQL over HTTP. */
@QuotegraphIntegrationTest
class PersistedQueryIntegrationTests {

	@Autowired
	WebTestClient http;

	static final String QUERY = "query Count { quotes(first: 1) { totalCount } }";

	static Map<String, Object> persisted(String hash) {
		return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
	}

	@Test
	void apolloRoundTripOverPost() {
		String unique = "query Count" + System.nanoTime() + " { quotes(first: 1) { totalCount } }";
		String uniqueHash = PersistedQueries.sha256(unique);
		post(Map.of("extensions", persisted(uniqueHash))).jsonPath("$.errors[0].message").isEqualTo("PersistedQueryNotFound");
		post(Map.of("query", unique, "extensions", persisted(uniqueHash))).jsonPath("$.data.quotes.totalCount").exists();
		post(Map.of("extensions", persisted(uniqueHash))).jsonPath("$.data.quotes.totalCount").exists();
	}

	@Test
	void aHashThatDoesNotMatchItsDocumentIsRefused() {
		post(Map.of("query", QUERY, "extensions", persisted(PersistedQueries.sha256("something else"))))
			.jsonPath("$.errors[0].message").isEqualTo("PersistedQueryIdInvalid");
	}

	@Test
	void persistedQueriesRunOverGetWithCachingHeaders() {
		String unique = "query Get" + System.nanoTime() + " { quotes(first: 1) { totalCount } }";
		String hash = PersistedQueries.sha256(unique);
		String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
		this.http.get().uri(uri(Map.of("extensions", extensions))).exchange()
			.expectHeader().valueEquals("Cache-Control", "no-store")
			.expectBody().jsonPath("$.errors[0].message").isEqualTo("PersistedQueryNotFound");
		this.http.get().uri(uri(Map.of("query", unique, "extensions", extensions))).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.data.quotes.totalCount").exists();
		String etag = this.http.get().uri(uri(Map.of("extensions", extensions))).exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("Cache-Control", "public, max-age=60")
			.expectHeader().exists("ETag")
			.returnResult(String.class).getResponseHeaders().getETag();
		this.http.get().uri(uri(Map.of("extensions", extensions))).header("If-None-Match", etag).exchange()
			.expectStatus().isNotModified();
	}

	@Test
	void mutationsAreRefusedOverGet() {
		this.http.get().uri(uri(Map.of("query", "mutation { mergeSpeakers(into: \"a\", from: \"b\") { name } }")))
			.exchange()
			.expectStatus().isEqualTo(405)
			.expectHeader().valueEquals("Allow", "POST")
			.expectBody().jsonPath("$.errors[0].message").value((m) -> assertThat((String) m).contains("Only queries"));
	}

	@Test
	void plainQueriesRunOverGetWithVariables() {
		this.http.get()
			.uri(uri(Map.of("query", "query ($n: Int) { quotes(first: $n) { totalCount } }", "variables", "{\"n\": 2}")))
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.data.quotes.totalCount").exists();
	}

	private WebTestClient.BodyContentSpec post(Map<String, Object> body) {
		return this.http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
			.expectBody();
	}

	private static java.util.function.Function<org.springframework.web.util.UriBuilder, java.net.URI> uri(
			Map<String, String> params) {
		return (builder) -> {
			builder.path("/graphql");
			params.forEach((name, value) -> builder.queryParam(name, "{" + name + "}"));
			return builder.build(params);
		};
	}

}
