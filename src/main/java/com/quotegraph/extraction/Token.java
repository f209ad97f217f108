package com.quotegraph.extraction;

/** One token of a sentence, with its offsets in the paragraph and its universal part-of-speech tag. */
record Token(String text, int start, int end, String tag) {

	boolean isVerb() {
		return this.tag.equals("VERB") || this.tag.startsWith("AUX") || this.tag.contains("+AUX");
	}

	boolean isPunct() {
		return this.tag.equals("PUNCT") || (this.text.length() == 1 && !Character.isLetterOrDigit(this.text.charAt(0)));
	}

	boolean isCapitalized() {
		return !this.text.isEmpty() && SpeakerPhrase.isNameCapitalized(this.text);
	}

	boolean is(String word) {
		return this.text.equalsIgnoreCase(word);
	}

	String lower() {
		return this.text.toLowerCase(java.util.Locale.ROOT);
	}

}
