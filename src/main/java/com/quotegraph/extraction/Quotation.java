package com.quotegraph.extraction;

/**
 * Text between quotation marks in a paragraph: {@code open} is the opening mark, {@code close} the closing mark, or
 * the paragraph's length when the quotation runs on into the next paragraph.
 */
record Quotation(int open, int close, boolean closed) {

	/** The quoted words, without the marks. */
	Span content() {
		return new Span(this.open + 1, this.close);
	}

	/** The quotation with its marks. */
	Span outer() {
		return new Span(this.open, this.closed ? this.close + 1 : this.close);
	}

}
