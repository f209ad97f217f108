package com.quotegraph.quote;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.quotegraph.extraction.QuoteType;
import org.jspecify.annotations.Nullable;

/** The {@code QuoteFilter} input as the client sent it. */
public record QuoteFilter(@Nullable List<String> speakerIds, @Nullable List<String> speakerNames,
		@Nullable List<String> articleIds, @Nullable List<QuoteType> types, @Nullable String search,
		@Nullable OffsetDateTime publishedAfter, @Nullable OffsetDateTime publishedBefore) {

	static final QuoteFilter NONE = new QuoteFilter(null, null, null, null, null, null, null);

	/**
	 * The filter from the argument as graphql-java coerced it (lists, strings, enum names, {@code OffsetDateTime}s).
	 * Read by hand: Spring's binder reflects on the record's components on every call, a few percent of a request.
	 */
	static QuoteFilter of(@Nullable Map<String, Object> input) {
		if (input == null) {
			return NONE;
		}
		List<String> types = strings(input.get("types"));
		return new QuoteFilter(strings(input.get("speakerIds")), strings(input.get("speakerNames")),
				strings(input.get("articleIds")),
				(types != null) ? types.stream().map(QuoteType::valueOf).toList() : null, (String) input.get("search"),
				(OffsetDateTime) input.get("publishedAfter"), (OffsetDateTime) input.get("publishedBefore"));
	}

	private static @Nullable List<String> strings(@Nullable Object value) {
		return (value != null) ? ((List<?>) value).stream().map(String::valueOf).toList() : null;
	}

}
