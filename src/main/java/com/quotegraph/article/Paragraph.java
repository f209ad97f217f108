package com.quotegraph.article;

import com.quotegraph.graphql.Node;

/** A body paragraph of an article, exactly as printed; {@code position} counts from 0. */
public record Paragraph(long id, long articleId, int position, String text) implements Node {
}
