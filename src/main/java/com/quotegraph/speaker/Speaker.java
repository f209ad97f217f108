package com.quotegraph.speaker;

import com.quotegraph.extraction.SpeakerKind;
import com.quotegraph.graphql.Node;
import org.jspecify.annotations.Nullable;

/** A stored speaker, with the number of quotes attributed to it (kept by the database). */
public record Speaker(long id, String name, SpeakerKind kind, @Nullable String description, int quoteCount)
		implements Node {

	/** Rows are equal when their ids are: cheap keys for the batch loaders' maps. */
	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Speaker that && this.id == that.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

}
