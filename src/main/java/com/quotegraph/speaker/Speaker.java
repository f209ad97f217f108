package com.quotegraph.speaker;

import com.quotegraph.extraction.SpeakerKind;
import com.quotegraph.graphql.Node;
import org.jspecify.annotations.Nullable;

/** A stored speaker. */
public record Speaker(long id, String name, SpeakerKind kind, @Nullable String description) implements Node {
}
