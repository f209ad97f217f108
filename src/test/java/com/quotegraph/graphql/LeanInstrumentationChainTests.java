package com.quotegraph.graphql;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeanInstrumentationChainTests {

	private static final Set<String> PER_OPERATION = Set.of("beginExecution", "beginParse", "beginValidation",
			"beginExecuteOperation", "beginReactiveResults");

	@Test
	void everyPerFieldCallOfGraphqlJavaIsCoveredSoNoneIsSkippedUnseen() {
		List<String> perField = Arrays.stream(Instrumentation.class.getMethods())
			.map(Method::getName)
			.filter((name) -> name.startsWith("begin") && !PER_OPERATION.contains(name))
			.distinct()
			.toList();
		assertThat(LeanInstrumentationChain.PER_FIELD).containsExactlyInAnyOrderElementsOf(perField);
		List<String> declared = Arrays.stream(LeanInstrumentationChain.class.getDeclaredMethods())
			.filter((method) -> Modifier.isPublic(method.getModifiers()))
			.map(Method::getName)
			.toList();
		assertThat(declared).containsAll(perField);
	}

	@Test
	void instrumentationsStillSeeTheCallsTheyOverride() {
		List<String> seen = new ArrayList<>();
		Instrumentation fields = new SimplePerformantInstrumentation() {
			@Override
			public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
					InstrumentationState state) {
				seen.add("field " + parameters.getField().getName());
				return SimpleInstrumentationContext.noOp();
			}
		};
		Instrumentation operations = new SimplePerformantInstrumentation() {
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				seen.add("operation");
				return SimpleInstrumentationContext.noOp();
			}
		};
		var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("type Query { hello: String }"),
				RuntimeWiring.newRuntimeWiring()
					.type("Query", (type) -> type.dataFetcher("hello", (environment) -> "world"))
					.build());
		assertThat(LeanInstrumentationChain.overridden(List.of(operations))).isEmpty();
		assertThat(LeanInstrumentationChain.overridden(List.of(operations, fields))).containsExactly("beginFieldExecution");

		GraphQL lean = GraphQL.newGraphQL(schema).instrumentation(new LeanInstrumentationChain(List.of(operations, fields))).build();
		ExecutionResult result = lean.execute("{ hello }");

		assertThat(result.getErrors()).isEmpty();
		assertThat(result.<Object>getData()).isEqualTo(java.util.Map.of("hello", "world"));
		assertThat(seen).containsExactly("operation", "field hello");
	}

}
