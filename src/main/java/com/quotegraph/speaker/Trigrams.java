package com.quotegraph.speaker;

import java.util.Arrays;

/**
 * The trigrams of PostgreSQL's {@code pg_trgm}, and its {@code similarity} and {@code word_similarity}, computed
 * the same way, so that the in-memory speaker index ranks a search as the database would: each word of letters and
 * digits is lowercased and padded with two spaces before and one after, and cut into every run of three
 * characters. A trigram is three code points packed in a {@code long}.
 * <p>
 * Under a database whose character type is {@code C} only ASCII letters and digits make words and only ASCII is
 * lowercased; {@link #of(boolean)} gives that variant.
 */
final class Trigrams {

	private static final Trigrams UNICODE = new Trigrams(false);

	private static final Trigrams ASCII = new Trigrams(true);

	private final boolean asciiOnly;

	private Trigrams(boolean asciiOnly) {
		this.asciiOnly = asciiOnly;
	}

	static Trigrams of(boolean asciiOnly) {
		return asciiOnly ? ASCII : UNICODE;
	}

	/** The trigrams of every word in order, repeats kept (pg_trgm's {@code generate_trgm_only}). */
	long[] sequence(String text) {
		long[] out = new long[text.length() + 2];
		int n = 0;
		int[] word = new int[text.length() + 3];
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			if (!isWordChar(cp)) {
				i += Character.charCount(cp);
				continue;
			}
			int length = 2;
			word[0] = ' ';
			word[1] = ' ';
			while (i < text.length() && isWordChar(cp = text.codePointAt(i))) {
				word[length++] = lower(cp);
				i += Character.charCount(cp);
			}
			word[length++] = ' ';
			if (n + length > out.length) {
				out = Arrays.copyOf(out, Math.max(out.length * 2, n + length));
			}
			for (int k = 0; k + 2 < length; k++) {
				out[n++] = pack(word[k], word[k + 1], word[k + 2]);
			}
		}
		return Arrays.copyOf(out, n);
	}

	/** The distinct trigrams, sorted (pg_trgm's {@code generate_trgm}). */
	long[] set(String text) {
		return distinct(sequence(text));
	}

	static long[] distinct(long[] trigrams) {
		long[] sorted = trigrams.clone();
		Arrays.sort(sorted);
		int n = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || sorted[i] != sorted[i - 1]) {
				sorted[n++] = sorted[i];
			}
		}
		return Arrays.copyOf(sorted, n);
	}

	/** {@code similarity(a, b)}: the shared trigrams over all trigrams of the two, from their {@link #set}s. */
	static float similarity(long[] set1, long[] set2) {
		if (set1.length == 0 || set2.length == 0) {
			return 0f;
		}
		int count = 0;
		for (int i = 0, j = 0; i < set1.length && j < set2.length;) {
			if (set1[i] < set2[j]) {
				i++;
			}
			else if (set1[i] > set2[j]) {
				j++;
			}
			else {
				i++;
				j++;
				count++;
			}
		}
		return share(count, set1.length, set2.length);
	}

	/**
	 * {@code word_similarity(search, text)}: the greatest similarity between the search's trigrams and a run of
	 * consecutive trigrams of the text, from their {@link #sequence}s; a port of pg_trgm's
	 * {@code calc_word_similarity} and {@code iterate_word_similarity}, whose order of steps it keeps, floating
	 * point included.
	 */
	static float wordSimilarity(long[] search, long[] text) {
		int len1 = search.length;
		int len2 = text.length;
		int len = len1 + len2;
		// every trigram of both, the search's first (position -1), grouped by value: found marks the groups that
		// hold a trigram of the search, and each trigram of the text points at its group
		long[][] positional = new long[len][];
		for (int i = 0; i < len1; i++) {
			positional[i] = new long[] { search[i], -1 };
		}
		for (int i = 0; i < len2; i++) {
			positional[len1 + i] = new long[] { text[i], i };
		}
		Arrays.sort(positional, (a, b) -> (a[0] != b[0]) ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
		int[] groupOf = new int[len2];
		boolean[] found = new boolean[Math.max(len, 1)];
		int ulen1 = 0;
		int j = 0;
		for (int i = 0; i < len; i++) {
			if (i > 0 && positional[i - 1][0] != positional[i][0]) {
				if (found[j]) {
					ulen1++;
				}
				j++;
			}
			if (positional[i][1] >= 0) {
				groupOf[(int) positional[i][1]] = j;
			}
			else {
				found[j] = true;
			}
		}
		if (len > 0 && found[j]) {
			ulen1++;
		}
		return iterate(groupOf, found, ulen1, len2, Math.max(len, 1));
	}

	private static float iterate(int[] groupOf, boolean[] found, int ulen1, int len2, int len) {
		int[] lastPosition = new int[len];
		Arrays.fill(lastPosition, -1);
		int ulen2 = 0;
		int count = 0;
		int lower = -1;
		float best = 0f;
		for (int i = 0; i < len2; i++) {
			int group = groupOf[i];
			if (lower >= 0 || found[group]) {
				if (lastPosition[group] < 0) {
					ulen2++;
					if (found[group]) {
						count++;
					}
				}
				lastPosition[group] = i;
			}
			if (!found[group]) {
				continue;
			}
			int upper = i;
			if (lower == -1) {
				lower = i;
				ulen2 = 1;
			}
			float current = share(count, ulen1, ulen2);
			// try moving the lower bound up for a greater similarity
			int tmpCount = count;
			int tmpUlen2 = ulen2;
			int previousLower = lower;
			for (int tmpLower = lower; tmpLower <= upper; tmpLower++) {
				float tmp = share(tmpCount, ulen1, tmpUlen2);
				if (tmp > current) {
					current = tmp;
					ulen2 = tmpUlen2;
					lower = tmpLower;
					count = tmpCount;
				}
				int tmpGroup = groupOf[tmpLower];
				if (lastPosition[tmpGroup] == tmpLower) {
					tmpUlen2--;
					if (found[tmpGroup]) {
						tmpCount--;
					}
				}
			}
			best = Math.max(best, current);
			for (int tmpLower = previousLower; tmpLower < lower; tmpLower++) {
				int tmpGroup = groupOf[tmpLower];
				if (lastPosition[tmpGroup] == tmpLower) {
					lastPosition[tmpGroup] = -1;
				}
			}
		}
		return best;
	}

	/** pg_trgm's {@code CALCSML}, in single precision as there. */
	private static float share(int count, int len1, int len2) {
		return ((float) count) / ((float) (len1 + len2 - count));
	}

	/** The text lowercased as the trigrams see it (for a case-insensitive substring match, as {@code ILIKE}). */
	String lowercase(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach((cp) -> out.appendCodePoint(lower(cp)));
		return out.toString();
	}

	private boolean isWordChar(int cp) {
		if (cp < 128) {
			return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
		}
		return !this.asciiOnly && Character.isLetterOrDigit(cp);
	}

	private int lower(int cp) {
		if (cp < 128) {
			return (cp >= 'A' && cp <= 'Z') ? cp + ('a' - 'A') : cp;
		}
		return this.asciiOnly ? cp : Character.toLowerCase(cp);
	}

	private static long pack(int a, int b, int c) {
		return ((long) a << 42) | ((long) b << 21) | c;
	}

}
