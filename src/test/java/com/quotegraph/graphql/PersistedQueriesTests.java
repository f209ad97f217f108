package com.quotegraph.graphql;

import java.util.Map;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PersistedQueriesTests {

	static final String REGISTERED = "{ quotes { totalCount } }";

	static final String OTHER = "{ speakers { totalCount } }";

	private static PreparsedDocumentEntry parse(String query) {
		return new PreparsedDocumentEntry(Parser.parse(query));
	}

	@Test
	void storesADocumentUnderItsHashAndRunsTheHashAlone() throws Exception {
		PersistedQueries queries = new PersistedQueries(10, Map.of(), false);
		String hash = PersistedQueries.sha256(OTHER);
		ExecutionInput hashOnly = ExecutionInput.newExecutionInput().query("").build();
		assertThatExceptionOfType(PersistedQueryNotFound.class)
			.isThrownBy(() -> queries.getPersistedQueryDocumentAsync(hash, hashOnly, PersistedQueriesTests::parse));
		queries.getPersistedQueryDocumentAsync(hash, ExecutionInput.newExecutionInput().query(OTHER).build(),
				PersistedQueriesTests::parse).get();
		assertThat(queries.getPersistedQueryDocumentAsync(hash, hashOnly, PersistedQueriesTests::parse).get().getDocument())
			.isNotNull();
		assertThat(queries.query(hash)).contains(OTHER);
	}

	@Test
	void refusesAHashThatIsNotItsDocuments() {
		PersistedQueries queries = new PersistedQueries(10, Map.of(), false);
		assertThatExceptionOfType(PersistedQueryIdInvalid.class).isThrownBy(() -> queries.getPersistedQueryDocumentAsync(
				PersistedQueries.sha256("something else"), ExecutionInput.newExecutionInput().query(OTHER).build(),
				PersistedQueriesTests::parse));
	}

	@Test
	void persistedOnlyModeRunsRegisteredDocumentsOnly() throws Exception {
		String registered = PersistedQueries.sha256(REGISTERED);
		PersistedQueries queries = new PersistedQueries(10, Map.of(registered, REGISTERED), true);
		assertThat(queries.getPersistedQueryDocumentAsync(registered, ExecutionInput.newExecutionInput().query("").build(),
				PersistedQueriesTests::parse).get().getDocument()).isNotNull();
		assertThatExceptionOfType(PersistedQueryNotFound.class).isThrownBy(() -> queries.getPersistedQueryDocumentAsync(
				PersistedQueries.sha256(OTHER), ExecutionInput.newExecutionInput().query(OTHER).build(),
				PersistedQueriesTests::parse));
	}

}
