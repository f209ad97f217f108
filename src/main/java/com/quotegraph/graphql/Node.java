package com.quotegraph.graphql;

/** A stored object with a numeric key that the API shows as an opaque global id of its type. */
public interface Node {

	long id();

	/** The GraphQL type name: the record's simple name. */
	default String typeName() {
		return getClass().getSimpleName();
	}

}
