package com.quotegraph.graphql;

import java.util.List;

import graphql.GraphQLError;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.ResultPath;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.Scalars;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

class InternalErrorsTests {

	@Test
	void unexpectedExceptionsBecomeAnOpaqueInternalErrorWithAnId() {
		DataFetchingEnvironment environment = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.mergedField(graphql.execution.MergedField.newMergedField(graphql.language.Field.newField("quotes").build()).build())
			.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString)
				.path(ResultPath.parse("/quotes")).build())
			.build();
		List<GraphQLError> errors = new InternalErrors()
			.resolveException(new IllegalStateException("SELECT secret FROM table failed at com.quotegraph"), environment)
			.block();
		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
			assertThat(error.getMessage()).startsWith("Internal error").doesNotContain("SELECT").doesNotContain("com.quotegraph");
			assertThat(error.getMessage()).containsPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
			assertThat(error.getExtensions()).containsKey("errorId");
		});
	}

	@Test
	void ourOwnExceptionsAreLeftToTheirHandlers() {
		DataFetchingEnvironment environment = DataFetchingEnvironmentImpl.newDataFetchingEnvironment().build();
		assertThat(new InternalErrors().resolveException(new BadRequestException("bad"), environment).block()).isNull();
	}

}
