package com.quotegraph.article;

import java.time.OffsetDateTime;

import com.quotegraph.graphql.Node;
import org.jspecify.annotations.Nullable;

/** A stored news article. */
public record Article(long id, String title, @Nullable String outlet, @Nullable String url,
		@Nullable OffsetDateTime publishedAt, OffsetDateTime importedAt) implements Node {

	/** Rows are equal when their ids are: cheap keys for the batch loaders' maps. */
	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Article that && this.id == that.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

}
