package com.quotegraph.extraction;

import java.util.List;

/** An article as the engine read it: headline, body paragraphs exactly as printed, and the quotes in reading order. */
public record ExtractedArticle(String title, List<String> paragraphs, List<ExtractedQuote> quotes) {

	public ExtractedArticle {
		paragraphs = List.copyOf(paragraphs);
		quotes = List.copyOf(quotes);
	}

}
