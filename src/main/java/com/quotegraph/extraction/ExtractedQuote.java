package com.quotegraph.extraction;

import org.jspecify.annotations.Nullable;

/**
 * A quote found in an article: its content, how it was reported, where it sits (paragraph index and character
 * offsets of the content in that paragraph), the speaker as written there, the resolved speaker and the role the
 * article gives the speaker.
 */
public record ExtractedQuote(String text, QuoteType type, String cue, int paragraph, int start, int end,
		String sentence, double confidence, String mention, Speaker speaker, @Nullable String role, String rule) {

	public ExtractedQuote {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("invalid offsets [%d, %d)".formatted(start, end));
		}
	}

}
