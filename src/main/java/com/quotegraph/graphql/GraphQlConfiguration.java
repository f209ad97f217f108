package com.quotegraph.graphql;

import java.util.List;

import graphql.TrivialDataFetcher;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.DataFetcher;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;

/**
 * Wires what the schema declares beyond controllers (the DateTime scalar and global ids of every Node type), and
 * the HTTP handler.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	private static final List<String> NODE_TYPES = List.of("Quote", "Speaker", "Article", "Paragraph");

	@Bean
	RuntimeWiringConfigurer quotegraphWiring() {
		// a computation on the source object, marked trivial so that it is not timed or wrapped like a fetch
		DataFetcher<String> globalId = (TrivialDataFetcher<String>) (environment) -> GlobalId
			.of((Node) environment.getSource());
		return (wiring) -> {
			wiring.scalar(DateTimeScalar.INSTANCE);
			NODE_TYPES.forEach((type) -> wiring.type(type, (builder) -> builder.dataFetcher("id", globalId)));
		};
	}

	/** The instrumentations Boot chains (limits, the request observation), chained by {@link LeanInstrumentationChain}. */
	@Bean
	GraphQlSourceBuilderCustomizer leanInstrumentationChain(ObjectProvider<Instrumentation> instrumentations) {
		return (builder) -> builder.configureGraphQl((graphQl) -> {
			List<Instrumentation> chain = instrumentations.orderedStream().toList();
			if (!chain.isEmpty()) {
				graphQl.instrumentation(new LeanInstrumentationChain(chain));
			}
		});
	}

	/** Replaces Boot's handler: answers on the request thread when the result is ready. Not for the command line. */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
		return new SynchronousGraphQlHttpHandler(handler);
	}

}
