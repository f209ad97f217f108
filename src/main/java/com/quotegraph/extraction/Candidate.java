package com.quotegraph.extraction;

import org.jspecify.annotations.Nullable;

/**
 * A quote found in a paragraph before its speaker is resolved: the content, how it is reported, the cue and the
 * phrase that names the speaker ({@code null} for a quotation that continues the previous speaker).
 */
record Candidate(int paragraph, Span span, String text, QuoteType type, String cue, @Nullable SpeakerPhrase speaker,
		Span sentence, double confidence, boolean openEnded, boolean opensParagraph, String rule) {

	/** Whether a quote's text holds a quotation mark: reported speech with one is mixed. */
	static boolean holdsQuotation(String text) {
		return text.indexOf('"') >= 0 || text.indexOf('“') >= 0 || text.indexOf('”') >= 0 || text.indexOf('‘') >= 0;
	}

	/** The quote with more content: reported speech that now holds a quotation is mixed. */
	Candidate withText(String text, Span span) {
		QuoteType type = (this.type == QuoteType.INDIRECT && holdsQuotation(text)) ? QuoteType.MIXED : this.type;
		return new Candidate(this.paragraph, span, text, type, this.cue, this.speaker, this.sentence,
				this.confidence, this.openEnded, this.opensParagraph, this.rule);
	}

	Candidate continuedBy(Candidate next) {
		SpeakerPhrase speaker = (this.speaker != null) ? this.speaker : next.speaker;
		String cue = (this.speaker != null) ? this.cue : next.cue;
		return new Candidate(this.paragraph, this.span, this.text + " " + next.text, this.type, cue, speaker,
				this.sentence, Math.max(this.confidence, next.confidence), next.openEnded, this.opensParagraph,
				this.rule + "+" + next.rule);
	}

}
