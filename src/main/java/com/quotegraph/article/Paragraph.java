package com.quotegraph.article;

import com.quotegraph.graphql.Node;
import org.jspecify.annotations.Nullable;

/** A body paragraph of an article, exactly as printed; {@code position} counts from 0. */
public record Paragraph(long id, long articleId, int position, String text) implements Node {

	/** Rows are equal when their ids are: cheap keys for the batch loaders' maps. */
	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Paragraph that && this.id == that.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

}
