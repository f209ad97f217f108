package com.quotegraph.quote;

import java.time.OffsetDateTime;
import java.util.List;

import com.quotegraph.extraction.QuoteType;
import org.jspecify.annotations.Nullable;

/** The {@code QuoteFilter} input as the client sent it. */
public record QuoteFilter(@Nullable List<String> speakerIds, @Nullable List<String> speakerNames,
		@Nullable List<String> articleIds, @Nullable List<QuoteType> types, @Nullable String search,
		@Nullable OffsetDateTime publishedAfter, @Nullable OffsetDateTime publishedBefore) {

	static final QuoteFilter NONE = new QuoteFilter(null, null, null, null, null, null, null);

}
