package com.quotegraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The people who open the sentences of an article, read when a personal pronoun needs an antecedent: the
 * subject of the pronoun's own sentence ({@code Spokesman X confirmed the toll: "Q," he said}), of the sentence
 * before, and of the nearest earlier sentence that has one.
 */
final class Subjects {

	/** How far back a pronoun's antecedent is looked for, in sentences. */
	private static final int LOOK_BACK = 8;

	/** Subjects longer than this are not read: no subject runs that long before its verb. */
	private static final int MAX_SUBJECT_TOKENS = 30;

	private final List<Passage> passages;

	private final Clauses clauses;

	Subjects(List<Passage> passages, Clauses clauses) {
		this.passages = passages;
		this.clauses = clauses;
	}

	/** The person opening the candidate's own sentence, before its content, then the one opening the sentence before. */
	List<SpeakerPhrase> near(Candidate candidate) {
		List<SpeakerPhrase> near = new ArrayList<>();
		Passage passage = this.passages.get(candidate.paragraph());
		int sentence = passage.sentenceAt(candidate.sentence().start());
		subject(passage, sentence, candidate.span().start()).ifPresent(near::add);
		previous(candidate.paragraph(), sentence, 1).ifPresent(near::add);
		return near;
	}

	/** The person opening the nearest sentence before the previous one that a person opens. */
	Optional<SpeakerPhrase> farther(Candidate candidate) {
		Passage passage = this.passages.get(candidate.paragraph());
		int sentence = passage.sentenceAt(candidate.sentence().start());
		for (int back = 2; back <= LOOK_BACK; back++) {
			Optional<SpeakerPhrase> subject = previous(candidate.paragraph(), sentence, back);
			if (subject.isPresent()) {
				return subject;
			}
		}
		return Optional.empty();
	}

	/** The subject of the sentence {@code back} sentences before sentence {@code sentence} of paragraph {@code p}. */
	private Optional<SpeakerPhrase> previous(int p, int sentence, int back) {
		int s = sentence - back;
		while (s < 0) {
			if (--p < 0) {
				return Optional.empty();
			}
			s += this.passages.get(p).sentences.size();
		}
		Passage passage = this.passages.get(p);
		return subject(passage, s, passage.sentences.get(s).end());
	}

	private static boolean isPassive(List<Token> tokens, int verb) {
		String word = tokens.get(verb).lower();
		boolean be = word.equals("was") || word.equals("were") || word.equals("is") || word.equals("are")
				|| word.equals("been") || word.equals("being");
		int next = verb + 1;
		while (next < tokens.size() && tokens.get(next).tag().equals("ADV")) {
			next++;
		}
		// a verb after a form of "be" is a passive participle, unless it is a progressive one ("was speaking")
		return be && next < tokens.size() && tokens.get(next).tag().equals("VERB")
				&& !tokens.get(next).lower().endsWith("ing");
	}

	/** The person named or described before the first verb of a sentence, read up to {@code limit}. */
	private Optional<SpeakerPhrase> subject(Passage passage, int sentence, int limit) {
		List<Token> tokens = passage.tokens(sentence);
		int from = 0;
		while (from < tokens.size() && tokens.get(from).start() < passage.sentenceStart(sentence)) {
			from++;
		}
		int to = from;
		while (to < tokens.size() && tokens.get(to).end() <= limit && to - from < MAX_SUBJECT_TOKENS) {
			to++;
		}
		if (from >= to || tokens.get(from).isPunct()) {
			return Optional.empty();
		}
		int verb = Clauses.firstVerb(tokens, from, to);
		if (verb <= from || isPassive(tokens, verb)) {
			// "Victor Wanyama was sent off": whom something befell is seldom who speaks next
			return Optional.empty();
		}
		return this.clauses.subjectBefore(tokens, from, verb, passage.text)
			.map(Clauses.Subject::phrase)
			.filter((phrase) -> phrase.form() != SpeakerPhrase.Form.PRONOUN && !phrase.organization()
					&& !phrase.plural());
	}

}
