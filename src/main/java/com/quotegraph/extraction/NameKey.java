package com.quotegraph.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The identity key of a name: case, diacritics, apostrophes, hyphens and the Arabic article fold away, so that
 * {@code Al-Shammari}, {@code al Shammari} and {@code AL-SHAMMARI} share the key {@code shammari}.
 */
public final class NameKey {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern APOSTROPHES = Pattern.compile("['’‘`ʼ]");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private NameKey() {
	}

	public static String of(String name) {
		return String.join(" ", words(name));
	}

	/** The last word of the key but a suffix: a surname for a person ("kennedy" in "Robert F. Kennedy Jr."). */
	public static String surnameOf(String name) {
		List<String> words = withoutSuffix(words(name));
		return words.isEmpty() ? "" : words.get(words.size() - 1);
	}

	/** The words of a key without the suffix that may end a person's name: "Jr.", "Sr.", "III". */
	static List<String> withoutSuffix(List<String> words) {
		boolean suffix = words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1));
		return suffix ? words.subList(0, words.size() - 1) : words;
	}

	private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

	/** The words of the key, in order. */
	public static List<String> words(String name) {
		String marked = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
		String bare = APOSTROPHES.matcher(marked.toLowerCase(Locale.ROOT)).replaceAll("");
		String folded = NOT_WORD.matcher(bare).replaceAll(" ").trim();
		List<String> words = new ArrayList<>();
		if (folded.isEmpty()) {
			return words;
		}
		String[] parts = folded.split(" ");
		for (int i = 0; i < parts.length; i++) {
			boolean article = (parts[i].equals("al") || parts[i].equals("el")) && i < parts.length - 1;
			if (!article) {
				words.add(parts[i]);
			}
		}
		return words;
	}

}
