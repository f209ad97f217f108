package com.quotegraph.speaker;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.quotegraph.extraction.SpeakerKind;

/**
 * The aliases of the named speakers (people and organisations; a speaker's name is one of them) in memory, searched
 * as {@link SpeakerRepository} searches them in SQL: a search with a word of three letters or digits matches aliases
 * by trigram similarity (at least 0.3, pg_trgm's {@code %}) or as a substring, case aside ({@code ILIKE}); a shorter
 * one matches the beginnings of words (word similarity at least 0.6, {@code <%}). Each speaker scores its best alias.
 * Immutable: built from one snapshot of the table, tagged with the generation of the aliases it holds.
 */
final class AliasIndex {

	/** A speaker and the score of its best alias. */
	record Hit(long speakerId, float score) {
	}

	/** pg_trgm's default {@code similarity_threshold} and {@code word_similarity_threshold}. */
	static final float SIMILARITY_THRESHOLD = 0.3f;

	static final float WORD_SIMILARITY_THRESHOLD = 0.6f;

	private static final Comparator<Hit> ORDER = Comparator.comparing(Hit::score, Comparator.reverseOrder())
		.thenComparingLong(Hit::speakerId);

	private final long generation;

	private final Trigrams trigrams;

	/** Each distinct alias, lowercased, with its trigrams and its speakers. */
	private final String[] lowercased;

	private final long[][] sets;

	private final long[][] sequences;

	private final long[][] speakers;

	private final SpeakerKind[][] kinds;

	/** For each trigram, the aliases that hold it. */
	private final Map<Long, int[]> postings;

	private AliasIndex(long generation, Trigrams trigrams, Map<String, Map<Long, SpeakerKind>> aliases) {
		this.generation = generation;
		this.trigrams = trigrams;
		int n = aliases.size();
		this.lowercased = new String[n];
		this.sets = new long[n][];
		this.sequences = new long[n][];
		this.speakers = new long[n][];
		this.kinds = new SpeakerKind[n][];
		Map<Long, List<Integer>> postings = new HashMap<>();
		int entry = 0;
		for (Map.Entry<String, Map<Long, SpeakerKind>> alias : aliases.entrySet()) {
			this.lowercased[entry] = trigrams.lowercase(alias.getKey());
			this.sequences[entry] = trigrams.sequence(alias.getKey());
			this.sets[entry] = Trigrams.distinct(this.sequences[entry]);
			this.speakers[entry] = alias.getValue().keySet().stream().mapToLong(Long::longValue).toArray();
			this.kinds[entry] = alias.getValue().values().toArray(SpeakerKind[]::new);
			for (long trigram : this.sets[entry]) {
				postings.computeIfAbsent(trigram, (k) -> new ArrayList<>()).add(entry);
			}
			entry++;
		}
		this.postings = new HashMap<>();
		postings.forEach((trigram, entries) -> this.postings.put(trigram,
				entries.stream().mapToInt(Integer::intValue).toArray()));
	}

	/** Collects the rows of one snapshot. */
	static final class Builder {

		private final Map<String, Map<Long, SpeakerKind>> aliases = new LinkedHashMap<>();

		private int rows;

		Builder add(long speakerId, SpeakerKind kind, String alias) {
			this.aliases.computeIfAbsent(alias, (k) -> new LinkedHashMap<>()).put(speakerId, kind);
			this.rows++;
			return this;
		}

		int rows() {
			return this.rows;
		}

		AliasIndex build(long generation, Trigrams trigrams) {
			return new AliasIndex(generation, trigrams, this.aliases);
		}

	}

	/** The generation of the aliases this index holds (see {@link AliasIndexCache}). */
	long generation() {
		return this.generation;
	}

	/** Every speaker of one of the kinds given that matches the search, best first, then by id. */
	List<Hit> search(String search, Set<SpeakerKind> kinds) {
		boolean wordStarts = !SpeakerRepository.hasLongWord(search);
		long[] sequence = this.trigrams.sequence(search);
		long[] set = Trigrams.distinct(sequence);
		String substring = this.trigrams.lowercase(search);
		// an alias that matches shares a trigram with the search: a substring holds the search's word of three
		BitSet candidates = new BitSet(this.lowercased.length);
		for (long trigram : set) {
			int[] entries = this.postings.get(trigram);
			if (entries != null) {
				for (int entry : entries) {
					candidates.set(entry);
				}
			}
		}
		Map<Long, Float> best = new HashMap<>();
		for (int entry = candidates.nextSetBit(0); entry >= 0; entry = candidates.nextSetBit(entry + 1)) {
			float score;
			if (wordStarts) {
				score = Trigrams.wordSimilarity(sequence, this.sequences[entry]);
				if (score < WORD_SIMILARITY_THRESHOLD) {
					continue;
				}
			}
			else {
				score = Trigrams.similarity(this.sets[entry], set);
				if (score < SIMILARITY_THRESHOLD && !this.lowercased[entry].contains(substring)) {
					continue;
				}
			}
			for (int i = 0; i < this.speakers[entry].length; i++) {
				if (kinds.contains(this.kinds[entry][i])) {
					best.merge(this.speakers[entry][i], score, Math::max);
				}
			}
		}
		List<Hit> hits = new ArrayList<>(best.size());
		best.forEach((id, score) -> hits.add(new Hit(id, score)));
		hits.sort(ORDER);
		return hits;
	}

}
