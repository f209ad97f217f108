package com.quotegraph.graphql;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import org.jspecify.annotations.Nullable;

/**
 * graphql-java's chain of instrumentations, but the calls it makes for every field and object skip the chain when
 * none of the instrumentations in it overrides them: the chain asks each instrumentation, collects what each
 * returns and wraps it, a tenth of the CPU of a page of quotes, though ours (limits, the request observation) only
 * look at the operation. An instrumentation that does not extend {@link SimplePerformantInstrumentation} counts as
 * overriding everything.
 */
final class LeanInstrumentationChain extends ChainedInstrumentation {

	private static final Instrumentation NONE = SimplePerformantInstrumentation.INSTANCE;

	/** The names of the per-field methods that some instrumentation of the chain overrides. */
	private final Set<String> overridden;

	LeanInstrumentationChain(List<Instrumentation> instrumentations) {
		super(instrumentations);
		this.overridden = overridden(instrumentations);
	}

	/** The per-field methods this chain may skip (a test checks they are all overridden here). */
	static final List<String> PER_FIELD = List.of("beginExecutionStrategy", "beginExecuteObject", "beginDeferredField",
			"beginSubscribedFieldEvent", "beginFieldExecution", "beginFieldFetch", "beginFieldFetching",
			"beginFieldCompletion", "beginFieldListCompletion");

	static Set<String> overridden(List<Instrumentation> instrumentations) {
		Set<String> names = new HashSet<>();
		for (Instrumentation instrumentation : instrumentations) {
			if (!(instrumentation instanceof SimplePerformantInstrumentation)) {
				return new HashSet<>(PER_FIELD);
			}
			for (Class<?> type = instrumentation.getClass(); type != SimplePerformantInstrumentation.class; type = type
				.getSuperclass()) {
				for (Method method : type.getDeclaredMethods()) {
					names.add(method.getName());
				}
			}
		}
		names.retainAll(PER_FIELD);
		if (names.contains("beginFieldFetch")) {
			names.add("beginFieldFetching");
		}
		return names;
	}

	private boolean chains(String method) {
		return this.overridden.contains(method);
	}

	@Override
	public @Nullable ExecutionStrategyInstrumentationContext beginExecutionStrategy(
			InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
		return chains("beginExecutionStrategy") ? super.beginExecutionStrategy(parameters, state)
				: NONE.beginExecutionStrategy(parameters, state);
	}

	@Override
	public @Nullable ExecuteObjectInstrumentationContext beginExecuteObject(
			InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
		return chains("beginExecuteObject") ? super.beginExecuteObject(parameters, state)
				: NONE.beginExecuteObject(parameters, state);
	}

	@Override
	public @Nullable InstrumentationContext<Object> beginDeferredField(InstrumentationFieldParameters parameters,
			InstrumentationState state) {
		return chains("beginDeferredField") ? super.beginDeferredField(parameters, state)
				: NONE.beginDeferredField(parameters, state);
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(
			InstrumentationFieldParameters parameters, InstrumentationState state) {
		return chains("beginSubscribedFieldEvent") ? super.beginSubscribedFieldEvent(parameters, state)
				: NONE.beginSubscribedFieldEvent(parameters, state);
	}

	@Override
	public @Nullable InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
			InstrumentationState state) {
		return chains("beginFieldExecution") ? super.beginFieldExecution(parameters, state)
				: NONE.beginFieldExecution(parameters, state);
	}

	@Override
	@SuppressWarnings("deprecation")
	public @Nullable InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		return chains("beginFieldFetch") ? super.beginFieldFetch(parameters, state)
				: NONE.beginFieldFetch(parameters, state);
	}

	@Override
	public @Nullable FieldFetchingInstrumentationContext beginFieldFetching(
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		return chains("beginFieldFetching") ? super.beginFieldFetching(parameters, state)
				: NONE.beginFieldFetching(parameters, state);
	}

	@Override
	public @Nullable InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		return chains("beginFieldCompletion") ? super.beginFieldCompletion(parameters, state)
				: NONE.beginFieldCompletion(parameters, state);
	}

	@Override
	public @Nullable InstrumentationContext<Object> beginFieldListCompletion(
			InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
		return chains("beginFieldListCompletion") ? super.beginFieldListCompletion(parameters, state)
				: NONE.beginFieldListCompletion(parameters, state);
	}

}
