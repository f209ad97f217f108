package com.quotegraph.quote;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.quotegraph.extraction.QuoteType;
import org.jspecify.annotations.Nullable;

/**
 * A quote filter with ids decoded and speaker names resolved to speaker ids, turned into SQL conditions on the
 * {@code quote q} and {@code article a} tables. {@code matchesNothing} when names resolved to no speaker.
 */
record QuoteQuery(@Nullable List<Long> speakerIds, @Nullable List<Long> articleIds, @Nullable List<QuoteType> types,
		@Nullable String search, @Nullable OffsetDateTime publishedAfter, @Nullable OffsetDateTime publishedBefore,
		boolean matchesNothing) {

	/** The join that the publication-date conditions need on their own (empty without them). */
	String articleJoin() {
		return (this.publishedAfter != null || this.publishedBefore != null) ? "JOIN article a ON a.id = q.article_id"
				: "";
	}

	/** The conditions, joined with AND, and their parameters. */
	String where(Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		conditions.add(this.matchesNothing ? "FALSE" : "TRUE");
		if (this.speakerIds != null) {
			conditions.add("q.speaker_id = ANY(:speakerIds)");
			params.put("speakerIds", this.speakerIds.toArray(Long[]::new));
		}
		if (this.articleIds != null) {
			conditions.add("q.article_id = ANY(:articleIds)");
			params.put("articleIds", this.articleIds.toArray(Long[]::new));
		}
		if (this.types != null) {
			conditions.add("q.type = ANY(:types)");
			params.put("types", this.types.stream().map(Enum::name).toArray(String[]::new));
		}
		if (this.search != null && !this.search.isBlank()) {
			conditions.add("q.text_search @@ websearch_to_tsquery('english', :search)");
			params.put("search", this.search);
		}
		if (this.publishedAfter != null) {
			conditions.add("a.published_at >= :publishedAfter");
			params.put("publishedAfter", this.publishedAfter);
		}
		if (this.publishedBefore != null) {
			conditions.add("a.published_at < :publishedBefore");
			params.put("publishedBefore", this.publishedBefore);
		}
		return String.join(" AND ", conditions);
	}

	static Map<String, Object> params() {
		return new LinkedHashMap<>();
	}

}
