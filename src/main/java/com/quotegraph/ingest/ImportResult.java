package com.quotegraph.ingest;

import java.util.List;

/** What an import did: each article found in the text, and what was written. */
public record ImportResult(List<ImportedArticle> articles, int quoteCount, int speakerCount, List<String> warnings) {

	/** One article of an import: its id, whether it was new, whether it replaced a stored one, its quotes. */
	public record ImportedArticle(long articleId, boolean created, boolean replaced, int quoteCount,
			List<Long> quoteIds, List<Long> speakerIds) {
	}

	public ImportResult {
		articles = List.copyOf(articles);
		warnings = List.copyOf(warnings);
	}

}
