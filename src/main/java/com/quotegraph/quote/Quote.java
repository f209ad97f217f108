package com.quotegraph.quote;

import com.quotegraph.article.Article;
import com.quotegraph.article.Paragraph;
import com.quotegraph.extraction.QuoteType;
import com.quotegraph.graphql.Node;
import com.quotegraph.speaker.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * A stored quote with what it refers to, read in the same statement: its article, its paragraph (with the paragraph's
 * position) and its speaker, if any; character offsets are within the paragraph.
 */
public record Quote(long id, Article article, Paragraph paragraph, @Nullable Speaker speaker, String mention,
		@Nullable String role, QuoteType type, String cue, String text, int startOffset, int endOffset,
		double confidence) implements Node {

	public Quote {
		if (startOffset < 0 || endOffset < startOffset) {
			throw new IllegalArgumentException("invalid offsets [%d, %d)".formatted(startOffset, endOffset));
		}
	}

	public long articleId() {
		return this.article.id();
	}

	public long paragraphId() {
		return this.paragraph.id();
	}

	public int paragraphPosition() {
		return this.paragraph.position();
	}

	public @Nullable Long speakerId() {
		return (this.speaker != null) ? this.speaker.id() : null;
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
