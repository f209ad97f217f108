package com.quotegraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A validated page of a connection: how many items, in which direction, from which keyset cursor. Cursors are opaque
 * to clients; inside they hold the sort key of the row they point at.
 */
public record PageRequest(int size, boolean backward, @Nullable List<String> cursor) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	public static PageRequest of(@Nullable Integer first, @Nullable String after, @Nullable Integer last,
			@Nullable String before) {
		if (first != null && last != null) {
			throw new BadRequestException("Pass either `first` or `last`, not both");
		}
		if ((last != null || before != null) && (first != null || after != null)) {
			throw new BadRequestException("Page forward with `first`/`after` or backward with `last`/`before`, not both");
		}
		boolean backward = last != null || before != null;
		Integer size = backward ? last : first;
		String cursor = backward ? before : after;
		if (size != null && size < 0) {
			throw new BadRequestException("Page size must not be negative, got " + size);
		}
		if (size != null && size > MAX_SIZE) {
			throw new BadRequestException("Page size must be at most %d, got %d".formatted(MAX_SIZE, size));
		}
		return new PageRequest((size != null) ? size : DEFAULT_SIZE, backward, (cursor != null) ? decode(cursor) : null);
	}

	public static PageRequest forward(@Nullable Integer first, @Nullable String after) {
		return of(first, after, null, null);
	}

	public static String encode(Object... keys) {
		StringBuilder joined = new StringBuilder();
		for (Object key : keys) {
			if (joined.length() > 0) {
				joined.append('\u001f');
			}
			joined.append(key);
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> decode(String cursor) {
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			return List.of(decoded.split("\u001f", -1));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("'%s' is not a valid cursor".formatted(GlobalId.abbreviate(cursor)));
		}
	}

	/** The cursor's single numeric key. */
	public @Nullable Long cursorId() {
		if (this.cursor == null) {
			return null;
		}
		try {
			return Long.parseLong(this.cursor.get(this.cursor.size() - 1));
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException("Not a valid cursor for this list");
		}
	}

}
