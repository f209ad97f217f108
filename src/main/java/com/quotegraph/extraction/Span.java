package com.quotegraph.extraction;

/** A half-open character range {@code [start, end)} into a paragraph's text. */
public record Span(int start, int end) {

	public Span {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("invalid span [%d, %d)".formatted(start, end));
		}
	}

	public int length() {
		return this.end - this.start;
	}

	public boolean contains(int offset) {
		return offset >= this.start && offset < this.end;
	}

	public boolean overlaps(Span other) {
		return this.start < other.end && other.start < this.end;
	}

	public String of(String text) {
		return text.substring(this.start, this.end);
	}

}
