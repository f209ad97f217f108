package com.quotegraph.graphql;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.ExecutionResult;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.parser.ParserOptions;
import graphql.validation.ValidationError;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Complexity, depth and mutation-rate limits on graphql-java's own instrumentations, as one instrumentation: graphql-java
 * chains the instrumentations it is given and asks each of them about every field, though these three only look at
 * the operation. The parser's token limit is set once at start. Introspection skips depth and complexity, so GraphiQL
 * keeps working; a query that passed is not analysed again for the same document, operation and variables.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

	static final String CLIENT = "quotegraph.client";

	@Bean
	Instrumentation limitsInstrumentation(LimitsProperties limits) {
		ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
			.transform((options) -> options.maxTokens(limits.maxTokens())));
		MaxQueryComplexityInstrumentation complexity = complexityLimit(limits);
		MaxQueryDepthInstrumentation depth = depthLimit(limits);
		SimplePerformantInstrumentation mutations = mutationRateLimit(limits);
		Passed passed = new Passed();
		return new SimplePerformantInstrumentation() {

			@Override
			public CompletableFuture<InstrumentationState> createStateAsync(
					InstrumentationCreateStateParameters parameters) {
				return complexity.createStateAsync(parameters);
			}

			@Override
			public InstrumentationContext<List<ValidationError>> beginValidation(
					InstrumentationValidationParameters parameters, InstrumentationState state) {
				return complexity.beginValidation(parameters, state);
			}

			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				passed.check(parameters, () -> {
					complexity.beginExecuteOperation(parameters, state);
					return depth.beginExecuteOperation(parameters, null);
				});
				return mutations.beginExecuteOperation(parameters, null);
			}

		};
	}

	private static MaxQueryDepthInstrumentation depthLimit(LimitsProperties limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth()) {

			@Override
			protected AbortExecutionException mkAbortException(int depth, int max) {
				return new AbortExecutionException(
						"The query is nested %d levels deep; at most %d are allowed".formatted(depth, max));
			}

		};
	}

	private static MaxQueryComplexityInstrumentation complexityLimit(LimitsProperties limits) {
		FieldComplexityCalculator cost = (environment, children) -> {
			boolean connection = environment.getFieldDefinition().getType().toString().endsWith("Connection!");
			if (!connection) {
				return 1 + children;
			}
			Object size = environment.getArguments().get("first");
			if (size == null) {
				size = environment.getArguments().get("last");
			}
			int pageSize = (size instanceof Integer n) ? Math.max(n, 1) : PageRequest.DEFAULT_SIZE;
			return 1 + pageSize * Math.max(1, children);
		};
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), cost) {

			@Override
			protected AbortExecutionException mkAbortException(int complexity, int max) {
				return new AbortExecutionException(("The query would cost %d; at most %d is allowed: "
						+ "ask for smaller pages or fewer nested lists").formatted(complexity, max));
			}

		};
	}

	private static SimplePerformantInstrumentation mutationRateLimit(LimitsProperties limits) {
		ConcurrentMap<String, long[]> windows = new ConcurrentHashMap<>();
		return new SimplePerformantInstrumentation() {

			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
				if (operation.getOperation() == OperationDefinition.Operation.MUTATION) {
					String client = parameters.getExecutionContext().getGraphQLContext().getOrDefault(CLIENT, "unknown");
					long minute = System.currentTimeMillis() / 60_000;
					long[] window = windows.compute(client, (key, current) -> (current == null || current[0] != minute)
							? new long[] { minute, 1 } : new long[] { minute, current[1] + 1 });
					if (windows.size() > 10_000) {
						windows.entrySet().removeIf((entry) -> entry.getValue()[0] != minute);
					}
					if (window[1] > limits.mutationsPerMinute()) {
						throw new AbortExecutionException("Too many mutations: at most %d a minute per client"
							.formatted(limits.mutationsPerMinute()));
					}
				}
				return SimpleInstrumentationContext.noOp();
			}

		};
	}

	/**
	 * The queries that passed the depth and complexity limits, so that a document seen before (the parsed-document cache hands out the same
	 * {@link Document}) is not walked again for the same operation and variables. Mutations are always checked.
	 */
	static final class Passed {

		private record Key(@Nullable String operation, Map<String, Object> variables) {
		}

		/** Weak keys: an entry lives as long as its document does (in the parsed-document cache, say). */
		private final Cache<Document, Set<Key>> passed = Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();

		InstrumentationContext<ExecutionResult> check(InstrumentationExecuteOperationParameters parameters,
				Supplier<InstrumentationContext<ExecutionResult>> check) {
			ExecutionContext context = parameters.getExecutionContext();
			if (context.getOperationDefinition().getOperation() != OperationDefinition.Operation.QUERY) {
				return exemptIntrospection(parameters, check);
			}
			Set<Key> keys = this.passed.get(context.getDocument(), (document) -> ConcurrentHashMap.newKeySet());
			Key key = new Key(context.getOperationDefinition().getName(), context.getCoercedVariables().toMap());
			if (keys.contains(key)) {
				return SimpleInstrumentationContext.noOp();
			}
			InstrumentationContext<ExecutionResult> result = exemptIntrospection(parameters, check);
			if (keys.size() < 100) {
				keys.add(key);
			}
			return result;
		}

	}

	/** Runs a limit check unless the operation only asks for the schema (GraphiQL's introspection query). */
	static InstrumentationContext<ExecutionResult> exemptIntrospection(InstrumentationExecuteOperationParameters parameters,
			Supplier<InstrumentationContext<ExecutionResult>> check) {
		return isIntrospection(parameters) ? SimpleInstrumentationContext.noOp() : check.get();
	}

	static boolean isIntrospection(InstrumentationExecuteOperationParameters parameters) {
		OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
		for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
			if (!(selection instanceof Field field) || !field.getName().startsWith("__")) {
				return false;
			}
		}
		return true;
	}

}
