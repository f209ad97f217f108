package com.quotegraph.graphql;

/** A request the client can fix; its message is written for the client and reaches it as {@code BAD_REQUEST}. */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
