package com.quotegraph.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.ErrorType;

/** Installs automatic persisted queries into graphql-java, and the persisted-only mode. */
@Configuration(proxyBeanMethods = false)
class PersistedQueriesConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(PersistedQueriesConfiguration.class);

	@Bean
	PersistedQueries persistedQueries(@Value("${quotegraph.graphql.persisted-queries.max-entries:10000}") long max,
			@Value("${quotegraph.graphql.persisted-only:false}") boolean persistedOnly) {
		Map<String, String> registered = new HashMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:persisted-queries/*.graphql")) {
				String query = resource.getContentAsString(StandardCharsets.UTF_8);
				registered.put(PersistedQueries.sha256(query), query);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (persistedOnly) {
			logger.info("Persisted-only mode: {} registered documents may run", registered.size());
		}
		return new PersistedQueries(max, registered, persistedOnly);
	}

	@Bean
	GraphQlSourceBuilderCustomizer persistedQuerySupport(PersistedQueries queries) {
		ApolloPersistedQuerySupport support = new ApolloPersistedQuerySupport(queries) {

			@Override
			public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
					Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
				if (queries.isPersistedOnly() && getPersistedQueryId(input).isEmpty()) {
					return CompletableFuture.completedFuture(new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
						.errorType(ErrorType.BAD_REQUEST)
						.message("This server runs registered persisted queries only: "
								+ "send extensions.persistedQuery.sha256Hash of a registered document")
						.build()));
				}
				if (getPersistedQueryId(input).isEmpty()) {
					// a plain document: parsed and validated once, then served from the same bounded cache
					return CompletableFuture.completedFuture(queries.parsed(input.getQuery(), () -> parseAndValidate.apply(input)));
				}
				return super.getDocumentAsync(input, parseAndValidate);
			}

		};
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(support));
	}


}
