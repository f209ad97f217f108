package com.quotegraph.ingest;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** Text to import and what is known about it beyond the text. */
public record ImportRequest(String text, @Nullable String title, @Nullable String url, @Nullable String outlet,
		@Nullable OffsetDateTime publishedAt, boolean replace) {

	public static ImportRequest of(String text) {
		return new ImportRequest(text, null, null, null, null, false);
	}

}
