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
		boolean singles = text.indexOf('‘') >= 0 && DOUBLE_MARKS.chars().noneMatch((mark) -> text.indexOf(mark) >= 0);
		List<Quotation> found = new ArrayList<>();
		int open = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			Facing facing = singles ? singleFacing(text, i) : isMark(c) ? facing(text, i) : null;
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
				int nestedClose = nestedClose(text, i);
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
			boolean pluralPossessive = i > 0 && text.charAt(i - 1) == 's' && i + 2 < text.length()
					&& text.charAt(i + 1) == ' ' && Character.isLowerCase(text.charAt(i + 2));
			return (letterAfter || pluralPossessive) ? null : Facing.CLOSING;
		}
		return null;
	}

	private static boolean isMark(char c) {
		return c == '"' || c == '“' || c == '”' || c == '«' || c == '»';
	}

	private static Facing facing(String text, int i) {
		char c = text.charAt(i);
		if (c == '“' || c == '«') {
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

	/** The closing mark of a short fragment quoted inside a quotation, or -1 when the mark at i opens a new one. */
	private static int nestedClose(String text, int i) {
		int words = 0;
		boolean inWord = false;
		for (int j = i + 1; j < text.length(); j++) {
			char c = text.charAt(j);
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
