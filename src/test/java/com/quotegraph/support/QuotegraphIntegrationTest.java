package com.quotegraph.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The service on a random port over real HTTP, on a real PostgreSQL: the embedded one (data in
 * {@code target/test-postgres}), or the server named by {@code SPRING_DATASOURCE_URL}. Every test class shares
 * this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "quotegraph.api-token=" + QuotegraphIntegrationTest.TOKEN,
				"quotegraph.embedded-database.data-directory=target/test-postgres",
				"quotegraph.ingest.load-samples=false", "quotegraph.cors.allowed-origins=https://app.example" })
@AutoConfigureHttpGraphQlTester
@Import(StatementCounter.class)
public @interface QuotegraphIntegrationTest {

	String TOKEN = "test-token";

}
