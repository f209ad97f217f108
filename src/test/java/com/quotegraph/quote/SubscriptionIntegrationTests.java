package com.quotegraph.quote;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.quotegraph.QuotegraphApplication;
import com.quotegraph.support.QuotegraphIntegrationTest;
import com.quotegraph.support.TestData;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live quotes across instances: a graphql-ws client on instance B receives a quote imported through instance A,
 * because events travel through PostgreSQL LISTEN/NOTIFY.
 */
@QuotegraphIntegrationTest
class SubscriptionIntegrationTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@LocalServerPort
	int port;

	@Test
	void clientOnOneInstanceSeesQuotesImportedThroughAnother(@Autowired JdbcClient jdbc,
			@Autowired ObjectProvider<EmbeddedPostgres> embedded) throws Exception {
		new TestData(jdbc).clear();
		SpringApplicationBuilder other = new SpringApplicationBuilder(QuotegraphApplication.class);
		EmbeddedPostgres postgres = embedded.getIfAvailable();
		List<String> args = (postgres != null)
				? List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
						"--spring.datasource.username=postgres")
				: List.of();
		try (ConfigurableApplicationContext instanceB = other.run(concat(args, "--server.port=0",
				"--quotegraph.api-token=other", "--quotegraph.ingest.load-samples=false", "--spring.flyway.enabled=false"))) {
			int portB = ((WebServerApplicationContext) instanceB).getWebServer().getPort();
			WebSocketGraphQlClient client = WebSocketGraphQlClient
				.builder(URI.create("ws://localhost:" + portB + "/graphql"), new ReactorNettyWebSocketClient())
				.build();
			Flux<Map<String, Object>> quotes = client
				.document("subscription { quoteAdded(speakerNames: [\"El-Rashidi\"]) { text speaker { name } } }")
				.retrieveSubscription("quoteAdded")
				.toEntity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
				});
			var first = quotes.next().timeout(Duration.ofSeconds(30)).toFuture();
			Thread.sleep(1500);
			this.graphQl.mutate()
				.header("Authorization", "Bearer " + QuotegraphIntegrationTest.TOKEN)
				.build()
				.document("mutation ($text: String!) { importArticle(input: {text: $text}) { quoteCount } }")
				.variable("text", """
						Harbour Reopens

						Tomas Brannigan said the ferries were late again this morning.

						Nadia El-Rashidi, a spokeswoman for the port authority, said the cranes were repaired.
						""")
				.execute()
				.path("importArticle.quoteCount").entity(Integer.class).isEqualTo(2);
			Map<String, Object> quote = first.get(30, java.util.concurrent.TimeUnit.SECONDS);
			assertThat(quote.get("text")).isEqualTo("the cranes were repaired.");
			assertThat(((Map<?, ?>) quote.get("speaker")).get("name")).isEqualTo("Nadia El-Rashidi");
			client.stop().block(Duration.ofSeconds(5));
		}
	}

	private static String[] concat(List<String> first, String... more) {
		java.util.ArrayList<String> all = new java.util.ArrayList<>(first);
		all.addAll(List.of(more));
		return all.toArray(String[]::new);
	}

}
