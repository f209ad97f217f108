package com.quotegraph.quote;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.quotegraph.db.InList;
import com.quotegraph.extraction.QuoteType;
import com.quotegraph.speaker.SpeakerRepository;
import org.jspecify.annotations.Nullable;

/**
 * A quote filter with ids decoded, turned into SQL conditions on the {@code quote q} and {@code article a} tables.
 * Speaker names stay names, which the statement resolves ({@link SpeakerRepository#IDS_BY_NAMES}), unless
 * {@link #withSpeakerIds} replaces them with the ids they name.
 */
record QuoteQuery(@Nullable List<Long> speakerIds, @Nullable List<String> speakerNames,
		@Nullable List<Long> articleIds, @Nullable List<QuoteType> types, @Nullable String search,
		@Nullable OffsetDateTime publishedAfter, @Nullable OffsetDateTime publishedBefore) {

	/**
	 * The speakers the filter names, as a subquery of ids (both lists when both are given), or null when it names
	 * none.
	 */
	@Nullable String speakers(Map<String, Object> params) {
		String ids = null;
		if (this.speakerIds != null) {
			params.put("speakerIds", InList.value(this.speakerIds));
			ids = "SELECT id FROM speaker WHERE " + InList.condition("id", "speakerIds", this.speakerIds);
		}
		if (this.speakerNames == null) {
			return ids;
		}
		params.putAll(SpeakerRepository.nameParams(this.speakerNames));
		return (ids == null) ? SpeakerRepository.IDS_BY_NAMES
				: "(" + SpeakerRepository.IDS_BY_NAMES + ")\nINTERSECT\n" + ids;
	}

	/**
	 * This filter with the speakers given by id only: the ids of its speakers by name that are also among its
	 * speakers by id, when it has both.
	 */
	QuoteQuery withSpeakerIds(List<Long> named) {
		List<Long> ids = (this.speakerIds == null) ? named
				: named.stream().filter(this.speakerIds::contains).distinct().toList();
		return new QuoteQuery(ids, null, this.articleIds, this.types, this.search, this.publishedAfter,
				this.publishedBefore);
	}

	/** This filter without its search words. */
	QuoteQuery withoutSearch() {
		return new QuoteQuery(this.speakerIds, this.speakerNames, this.articleIds, this.types, null,
				this.publishedAfter, this.publishedBefore);
	}

	/** The join that the publication-date conditions need on their own (empty without them). */
	String articleJoin() {
		return (this.publishedAfter != null || this.publishedBefore != null) ? "JOIN article a ON a.id = q.article_id"
				: "";
	}

	/** Whether the filter names speakers, by id or by name. */
	boolean namesSpeakers() {
		return this.speakerIds != null || this.speakerNames != null;
	}

	/** Whether the filter has search words. */
	boolean searches() {
		return this.search != null && !this.search.isBlank();
	}

	/** The conditions, joined with AND, and their parameters. */
	String where(Map<String, Object> params) {
		String speakers = speakers(params);
		return ((speakers != null) ? "q.speaker_id IN (" + speakers + ") AND " : "") + whereButSpeakers(params);
	}

	/** The conditions but those on speakers, joined with AND, and their parameters. */
	String whereButSpeakers(Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		conditions.add("TRUE");
		if (this.articleIds != null) {
			conditions.add("q.article_id = ANY(:articleIds)");
			params.put("articleIds", this.articleIds.toArray(Long[]::new));
		}
		if (this.types != null) {
			conditions.add("q.type = ANY(:types)");
			params.put("types", this.types.stream().map(Enum::name).toArray(String[]::new));
		}
		if (searches()) {
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
