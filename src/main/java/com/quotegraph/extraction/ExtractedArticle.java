package com.quotegraph.extraction;

import java.util.List;

/**
 * An article as the engine read it: headline, body paragraphs exactly as printed, the quotes in reading order, and
 * what could not be read (empty unless a rule failed on its text: "the quotations in paragraph 3 could not be
 * read").
 */
public record ExtractedArticle(String title, List<String> paragraphs, List<ExtractedQuote> quotes,
		List<String> problems) {

	public ExtractedArticle {
		paragraphs = List.copyOf(paragraphs);
		quotes = List.copyOf(quotes);
		problems = List.copyOf(problems);
	}

}
