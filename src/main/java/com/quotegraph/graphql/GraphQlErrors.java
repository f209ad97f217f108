package com.quotegraph.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps our own exceptions, whose messages are written for clients, to classified errors. Anything else stays
 * unresolved and reaches the client as an opaque {@code INTERNAL_ERROR}, its stack trace only in the log.
 */
@ControllerAdvice
class GraphQlErrors {

	@GraphQlExceptionHandler
	GraphQLError badRequest(BadRequestException ex, GraphqlErrorBuilder<?> error) {
		return error.errorType(ErrorType.BAD_REQUEST).message(ex.getMessage()).build();
	}

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, GraphqlErrorBuilder<?> error) {
		return error.errorType(ErrorType.NOT_FOUND).message(ex.getMessage()).build();
	}

}
