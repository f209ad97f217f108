package com.quotegraph.graphql;

/** Something the client named does not exist; reaches the client as {@code NOT_FOUND}. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
