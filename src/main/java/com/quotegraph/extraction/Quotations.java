package com.quotegraph.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the quotation marks of a paragraph. Curly marks say which way they face; a straight mark faces the way its
 * neighbours say (space before: opening; space or punctuation after: closing). A new opening mark inside an open
 * quotation either nests a short fragment ({@code "fake"}) or, as in squashed multi-paragraph quotes, starts the next
 * quotation.
 */
final class Quotations {

	private static final int NESTED_MAX_WORDS = 5;

	private Quotations() {
	}

	static List<Quotation> find(String text) {
		boolean doubles = DOUBLE_MARKS.chars().anyMatch((mark) -> text.indexOf(mark) >= 0);
		boolean singles = text.indexOf('‘') >= 0 && !doubles;
		// (and straight single marks, when a quotation opens with one: "he said: 'As soon as ...'")
		boolean straightSingles = !doubles && !singles && STRAIGHT_SINGLE_OPENING.matcher(text).find();
		List<Quotation> found = new ArrayList<>();
		int open = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			Facing facing = singles ? singleFacing(text, i) : straightSingles ? straightSingleFacing(text, i, open >= 0)
					: isMark(c) ? facing(text, i) : null;
			if (facing == null) {
				continue;
			}
			if (open < 0) {
				if (facing != Facing.CLOSING) {
					open = i;
				}
				continue;
			}
			if (facing == Facing.OPENING) {
				int nestedClose = nestedClose(text, i, straightSingles);
				if (nestedClose > 0) {
					i = nestedClose;
					continue;
				}
				found.add(new Quotation(open, trimEnd(text, open + 1, i), true));
				open = i;
				continue;
			}
			found.add(new Quotation(open, i, true));
			open = -1;
		}
		if (open >= 0) {
			found.add(new Quotation(open, text.length(), false));
		}
		return found;
	}

	private enum Facing {

		OPENING, CLOSING, EITHER

	}

	private static final String DOUBLE_MARKS = "\"“”«»";

	/**
	 * In a paragraph quoted British-style with single curly marks: an opening mark opens; a closing mark closes
	 * unless a letter follows it, which makes it an apostrophe ({@code don’t}).
	 */
	private static Facing singleFacing(String text, int i) {
		char c = text.charAt(i);
		if (c == '‘') {
			return Facing.OPENING;
		}
		if (c == '’') {
			boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
			return (letterAfter || pluralPossessive(text, i)) ? null : Facing.CLOSING;
		}
		return null;
	}

	/**
	 * A straight single mark that opens a quotation: at the start or after a space or a colon, before a capital (or a
	 * contraction: "'I'll accept ...", "'It's very difficult ..."); or
	 * before a lower-case word, when a mark after a stop closes it ("confirmed that 'negotiations are underway.'").
	 */
	private static final java.util.regex.Pattern STRAIGHT_SINGLE_OPENING = java.util.regex.Pattern
		.compile("(?:^|[\\s:(])'\\p{Lu}\\p{Ll}*(?:'\\p{Ll}{1,2})?[\\s,]|\\s'\\p{Ll}+\\s[^']*[.,!?]'(?=\\s|$)");

	/**
	 * A straight single mark as a quotation mark: opening before a letter after a space, closing after a word or a
	 * stop and before a space or a stop; between letters it is an apostrophe ({@code don't}, {@code Libya's}), and so
	 * after a plural before a lower-case word ({@code the workers' rights}).
	 */
	private static Facing straightSingleFacing(String text, int i, boolean open) {
		if (text.charAt(i) != '\'') {
			return null;
		}
		boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "(:—–".indexOf(text.charAt(i - 1)) >= 0;
		boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
		if (spaceBefore && letterAfter) {
			return Facing.OPENING;
		}
		boolean endAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
				|| ",.;:!?)".indexOf(text.charAt(i + 1)) >= 0;
		return (open && endAfter && !spaceBefore && !pluralPossessive(text, i)) ? Facing.CLOSING : null;
	}

	/** Whether the mark at {@code i} is a plural's possessive before a lower-case word: "the workers' rights". */
	private static boolean pluralPossessive(String text, int i) {
		return i > 0 && text.charAt(i - 1) == 's' && i + 2 < text.length() && text.charAt(i + 1) == ' '
				&& Character.isLowerCase(text.charAt(i + 2));
	}

	private static boolean isMark(char c) {
		return c == '"' || c == '“' || c == '”' || c == '«' || c == '»';
	}

	/**
	 * How the mark at {@code i} faces. A curly mark faces its own way, unless it is an opening mark typed where a
	 * closing one belongs: after a stop and before a space ({@code has been reached,“ read the text}).
	 */
	private static Facing facing(String text, int i) {
		char c = text.charAt(i);
		if (c == '“' && i > 0 && ",.!?;".indexOf(text.charAt(i - 1)) >= 0
				&& (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
			return Facing.CLOSING;
		}
		if (c == '“' || c == '«') {
			return Facing.OPENING;
		}
		// (a closing mark typed where an opening one belongs, at a paragraph's start or after a space and before a
		// letter: "”The combination ... principles,” X said", as some outlets type both)
		if (c == '”' && (i == 0 || Character.isWhitespace(text.charAt(i - 1))) && i + 1 < text.length()
				&& Character.isLetterOrDigit(text.charAt(i + 1))) {
			return Facing.OPENING;
		}
		if (c == '”' || c == '»') {
			return Facing.CLOSING;
		}
		boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{—–-/".indexOf(text.charAt(i - 1)) >= 0;
		boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
				|| ",.;:!?)]}—–".indexOf(text.charAt(i + 1)) >= 0;
		if (spaceBefore && !spaceAfter) {
			return Facing.OPENING;
		}
		if (spaceAfter && !spaceBefore) {
			return Facing.CLOSING;
		}
		return Facing.EITHER;
	}

	/**
	 * The closing mark of a short fragment quoted inside a quotation, or -1 when the mark at i opens a new one (in a
	 * paragraph quoted in straight single marks, a straight single mark: "'... settle your 'debt' with me,' she said").
	 */
	private static int nestedClose(String text, int i, boolean straightSingles) {
		int words = 0;
		boolean inWord = false;
		for (int j = i + 1; j < text.length(); j++) {
			char c = text.charAt(j);
			Facing straight = straightSingles ? straightSingleFacing(text, j, true) : null;
			if (straight != null) {
				return (straight == Facing.CLOSING && words <= NESTED_MAX_WORDS) ? j : -1;
			}
			if (isMark(c)) {
				return (facing(text, j) != Facing.OPENING && words <= NESTED_MAX_WORDS) ? j : -1;
			}
			if (c == '.' || c == '!' || c == '?') {
				return -1;
			}
			boolean letter = Character.isLetterOrDigit(c);
			if (letter && !inWord) {
				words++;
			}
			inWord = letter;
		}
		return -1;
	}

	private static int trimEnd(String text, int from, int end) {
		while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return end;
	}

}
