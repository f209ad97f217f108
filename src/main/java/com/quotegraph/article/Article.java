package com.quotegraph.article;

import java.time.OffsetDateTime;

import com.quotegraph.graphql.Node;
import org.jspecify.annotations.Nullable;

/** A stored news article. */
public record Article(long id, String title, @Nullable String outlet, @Nullable String url,
		@Nullable OffsetDateTime publishedAt, OffsetDateTime importedAt) implements Node {
}
