package com.quotegraph.extraction;

import java.util.List;

/** One article cut out of raw text: its headline and its body paragraphs, each exactly as printed. */
public record RawArticle(String title, List<String> paragraphs) {

	public RawArticle {
		paragraphs = List.copyOf(paragraphs);
	}

}
