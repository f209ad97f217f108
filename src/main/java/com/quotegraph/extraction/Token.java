package com.quotegraph.extraction;

import java.util.Locale;

/** One token of a sentence, with its offsets in the paragraph, its universal part-of-speech tag and its lower case. */
record Token(String text, int start, int end, String tag, String lower) {

	Token(String text, int start, int end, String tag) {
		this(text, start, end, tag, text.toLowerCase(Locale.ROOT));
	}

	boolean isVerb() {
		return this.tag.equals("VERB") || this.tag.startsWith("AUX") || this.tag.contains("+AUX");
	}

	boolean isPunct() {
		return this.tag.equals("PUNCT") || (this.text.length() == 1 && !Character.isLetterOrDigit(this.text.charAt(0)));
	}

	boolean isCapitalized() {
		return !this.text.isEmpty() && SpeakerPhrase.isNameCapitalized(this.text);
	}

	/**
	 * Whether the token is the given word, written in lower case, in any case; an acronym is no function word ("said
	 * the WHO head", "US officials").
	 */
	boolean is(String word) {
		return this.lower.equals(word) && !ACRONYMS.contains(this.text);
	}

	/** Acronyms spelled as function words are: the World Health Organization's, the United States'. */
	private static final java.util.Set<String> ACRONYMS = java.util.Set.of("WHO", "US");

}
