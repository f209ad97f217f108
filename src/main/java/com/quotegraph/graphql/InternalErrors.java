package com.quotegraph.graphql;

import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * The last word on exceptions nobody else resolved: the client gets {@code INTERNAL_ERROR} with an opaque error id
 * and nothing of the exception; the log gets the id and the stack trace.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class InternalErrors extends DataFetcherExceptionResolverAdapter {

	private static final Logger logger = LoggerFactory.getLogger(InternalErrors.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment environment) {
		if (ex instanceof BadRequestException || ex instanceof NotFoundException || ex instanceof AccessDeniedException
				|| ex instanceof AuthenticationException) {
			return null;
		}
		String id = UUID.randomUUID().toString();
		logger.error("Internal error {} at {}", id, environment.getExecutionStepInfo().getPath(), ex);
		return GraphqlErrorBuilder.newError(environment)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("Internal error; quote this id to the operators: " + id)
			.extensions(java.util.Map.of("errorId", id))
			.build();
	}

}
