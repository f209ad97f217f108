package com.quotegraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque global ids: {@code base64url("Quote:42")}. */
public final class GlobalId {

	private GlobalId() {
	}

	public static String of(String type, long id) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
	}

	public static String of(Node node) {
		return of(node.typeName(), node.id());
	}

	/** A decoded global id: its type and key. */
	public record Key(String type, long id) {
	}

	public static Key decode(String globalId) {
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			if (colon > 0) {
				return new Key(decoded.substring(0, colon), Long.parseLong(decoded.substring(colon + 1)));
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the error below
		}
		throw new BadRequestException("'%s' is not a valid id".formatted(abbreviate(globalId)));
	}

	/** The key of a global id that must be of the given type. */
	public static long decode(String globalId, String type) {
		Key key = decode(globalId);
		if (!key.type().equals(type)) {
			throw new BadRequestException("'%s' is not the id of a %s".formatted(abbreviate(globalId), type));
		}
		return key.id();
	}

	static String abbreviate(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "…" : text;
	}

}
