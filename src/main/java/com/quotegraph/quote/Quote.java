package com.quotegraph.quote;

import com.quotegraph.article.Article;
import com.quotegraph.article.Paragraph;
import com.quotegraph.extraction.QuoteType;
import com.quotegraph.graphql.Node;
import com.quotegraph.speaker.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * A stored quote: the ids of its article and paragraph, and its speaker, if any. Its article and paragraph come
 * with it when the statement that read it joined them, which a page of quotes does only when the query asks for
 * them or for the quote's context (otherwise null); character offsets are within the paragraph.
 */
public record Quote(long id, long articleId, long paragraphId, @Nullable Article article,
		@Nullable Paragraph paragraph, @Nullable Speaker speaker, String mention, @Nullable String role,
		QuoteType type, String cue, String text, int startOffset, int endOffset, double confidence) implements Node {

	public Quote {
		if (startOffset < 0 || endOffset < startOffset) {
			throw new IllegalArgumentException("invalid offsets [%d, %d)".formatted(startOffset, endOffset));
		}
		if ((article != null && article.id() != articleId) || (paragraph != null && paragraph.id() != paragraphId)) {
			throw new IllegalArgumentException("article or paragraph does not match its id");
		}
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
