package com.quotegraph.quote;

import com.quotegraph.extraction.QuoteType;
import com.quotegraph.graphql.Node;
import org.jspecify.annotations.Nullable;

/** A stored quote and where it sits: its paragraph (and that paragraph's position) and character offsets in it. */
public record Quote(long id, long articleId, long paragraphId, int paragraphPosition, @Nullable Long speakerId,
		String mention, @Nullable String role, QuoteType type, String cue, String text, int startOffset, int endOffset,
		double confidence) implements Node {

	public Quote {
		if (startOffset < 0 || endOffset < startOffset) {
			throw new IllegalArgumentException("invalid offsets [%d, %d)".formatted(startOffset, endOffset));
		}
	}

	/** Rows are equal when their ids are: cheap keys for the batch loaders' maps. */
	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Quote that && this.id == that.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

}
