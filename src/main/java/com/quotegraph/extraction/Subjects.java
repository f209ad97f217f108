package com.quotegraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The people and organisations who open the sentences of an article, read when a pronoun needs an antecedent: the
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

	/** The quotes found in each paragraph, by its index. */
	private final Map<Integer, List<Candidate>> quotes = new HashMap<>();

	Subjects(List<Passage> passages, Clauses clauses, List<Candidate> candidates) {
		this.passages = passages;
		this.clauses = clauses;
		for (Candidate candidate : candidates) {
			this.quotes.computeIfAbsent(candidate.paragraph(), (paragraph) -> new ArrayList<>()).add(candidate);
		}
	}

	/** The person opening the candidate's own sentence, before its content, then the one opening the sentence before. */
	List<SpeakerPhrase> near(Candidate candidate) {
		List<SpeakerPhrase> near = new ArrayList<>();
		Passage passage = this.passages.get(candidate.paragraph());
		int sentence = passage.sentenceAt(candidate.sentence().start());
		// (people in the plural for "they": "Researchers from X offered an explanation: before birth, they say, ...")
		boolean plural = candidate.speaker() != null && candidate.speaker().form() == SpeakerPhrase.Form.PRONOUN
				&& candidate.speaker().head().equals("they");
		subject(passage, sentence, candidate.span().start(), plural).ifPresent(near::add);
		previous(candidate.paragraph(), sentence, 1, plural).ifPresent(near::add);
		return near;
	}

	/**
	 * The subjects of the clauses that a conjunction joins to the sentence before the candidate's: "Howe" of "X
	 * hobbled off and Howe was frustrated".
	 */
	List<SpeakerPhrase> joined(Candidate candidate) {
		Passage passage = this.passages.get(candidate.paragraph());
		int p = candidate.paragraph();
		int s = passage.sentenceAt(candidate.sentence().start()) - 1;
		while (s < 0) {
			if (--p < 0) {
				return List.of();
			}
			s += this.passages.get(p).sentences.size();
		}
		List<Token> tokens = this.passages.get(p).tokens(s);
		List<SpeakerPhrase> joined = new ArrayList<>();
		for (int i = 1; i + 2 < tokens.size(); i++) {
			// (and a concessive clause: "Oliver turned that appeal down although Ferguson admitted ...")
			if (tokens.get(i).is("and") || tokens.get(i).is("but") || tokens.get(i).is("while")
					|| tokens.get(i).is("although") || tokens.get(i).is("though") || tokens.get(i).is("whereas")) {
				subjectAt(tokens, i + 1, tokens.size(), this.passages.get(p).text).map(Clauses.Subject::phrase)
					.filter((phrase) -> phrase.form() != SpeakerPhrase.Form.PRONOUN && !phrase.plural())
					.ifPresent(joined::add);
			}
		}
		return joined;
	}

	/** The person named at the opening of the nearest sentence, before the previous one, that a person's name opens. */
	Optional<SpeakerPhrase> farther(Candidate candidate) {
		Passage passage = this.passages.get(candidate.paragraph());
		int sentence = passage.sentenceAt(candidate.sentence().start());
		for (int back = 2; back <= LOOK_BACK; back++) {
			Optional<SpeakerPhrase> subject = previous(candidate.paragraph(), sentence, back, false)
				.filter((phrase) -> phrase.isName() && !phrase.organization());
			if (subject.isPresent()) {
				return subject;
			}
		}
		return Optional.empty();
	}

	/** The subject of the sentence {@code back} sentences before sentence {@code sentence} of paragraph {@code p}. */
	private Optional<SpeakerPhrase> previous(int p, int sentence, int back, boolean plural) {
		int s = sentence - back;
		while (s < 0) {
			if (--p < 0) {
				return Optional.empty();
			}
			s += this.passages.get(p).sentences.size();
		}
		Passage passage = this.passages.get(p);
		return subject(passage, s, passage.sentences.get(s).end(), plural);
	}

	private static boolean isPassive(List<Token> tokens, int verb) {
		if (REPORTED.contains(tokens.get(verb).lower()) && verb + 2 < tokens.size() && tokens.get(verb + 1).is("to")
				&& tokens.get(verb + 2).isVerb()) {
			// "a delegation said to visit the capital": what is said of a subject, no report of its own
			return true;
		}
		boolean be = Clauses.isBe(tokens.get(verb));
		int next = verb + 1;
		while (next < tokens.size() && tokens.get(next).tag().equals("ADV")) {
			next++;
		}
		// a verb after a form of "be" is a passive participle, unless it is a progressive one ("was speaking"); who
		// was asked a question answers it
		// (and "is expected to name", "was forced to resign": the subject of the infinitive acts)
		boolean infinitive = next + 1 < tokens.size() && tokens.get(next + 1).is("to");
		return be && next < tokens.size() && tokens.get(next).tag().equals("VERB")
				&& !tokens.get(next).lower().endsWith("ing") && !ADDRESSED.contains(tokens.get(next).lower())
				&& !infinitive;
	}

	/**
	 * The person or organisation named or described before the first verb of a sentence, read up to {@code limit}; in
	 * the plural too when {@code plural}.
	 */
	private Optional<SpeakerPhrase> subject(Passage passage, int sentence, int limit, boolean plural) {
		List<Token> tokens = passage.tokens(sentence);
		int from = 0;
		while (from < tokens.size() && tokens.get(from).start() < passage.sentenceStart(sentence)) {
			from++;
		}
		int end = from;
		while (end < tokens.size() && tokens.get(end).end() <= limit) {
			end++;
		}
		if (from < end && Clauses.isQuoteMark(tokens.get(from))) {
			// "“Q,” Lee said before the vote. Notably, he announced ...": who speaks the quotation that opens the
			// sentence
			int open = tokens.get(from).end();
			return this.quotes.getOrDefault(passage.index, List.of())
				.stream()
				.filter((candidate) -> candidate.span().start() >= open && candidate.span().start() <= open + 1)
				.findFirst()
				.map(Candidate::speaker)
				.filter((found) -> found.form() != SpeakerPhrase.Form.PRONOUN && !found.plural());
		}
		if (from >= end || tokens.get(from).isPunct()) {
			return Optional.empty();
		}
		// "But even before Newcastle said ..., Bellamy insisted": the main clause's subject; but "Although X has
		// done A, he did B": the pronoun there refers to the adverbial clause's
		int main = pastAdverbialClause(tokens, from, end);
		Optional<Clauses.Subject> subject = (main > from) ? subjectAt(tokens, main, end, passage.text)
				: Optional.empty();
		if (subject.isEmpty() || subject.get().phrase().form() == SpeakerPhrase.Form.PRONOUN) {
			subject = subjectAt(tokens, from, end, passage.text);
		}
		// ("Appearing on KTV's Morning Show, ...": a participle's phrase that opens the sentence is no subject)
		subject = subject.filter((found) -> !tokens.get(found.from()).isVerb());
		Optional<SpeakerPhrase> phrase = subject.map(Clauses.Subject::phrase);
		if (subject.isPresent()) {
			// "The Prime Minister is very serious about this, X said. He stressed ...": a subject in a quote's content
			// is the speaker's, who opens the sentence no more than X
			int at = tokens.get(subject.get().from()).start();
			for (Candidate candidate : this.quotes.getOrDefault(passage.index, List.of())) {
				// (but an outlet that passes the words on does not open it: "President X expressed appreciation ...,
				// the agency reported. He also praised ...")
				// (and a pronoun passes on nothing: "According to him, Governor X was faulting the visit. He also
				// said ..." is not X's)
				boolean relayed = candidate.speaker() != null && this.clauses.passesOn(candidate.speaker())
						&& phrase.get().isName() && !phrase.get().organization();
				if (candidate.span().start() <= at && at < candidate.span().end() && !relayed) {
					phrase = Optional.ofNullable(candidate.speaker());
					break;
				}
			}
		}
		return phrase.filter((found) -> found.form() != SpeakerPhrase.Form.PRONOUN && (plural || !found.plural()));
	}

	private Optional<Clauses.Subject> subjectAt(List<Token> tokens, int from, int end, String text) {
		int to = Math.min(end, from + MAX_SUBJECT_TOKENS);
		int verb = Clauses.firstVerb(tokens, from, to);
		if (verb <= from || isPassive(tokens, verb)) {
			// "Victor Wanyama was sent off": whom something befell is seldom who speaks next
			return Optional.empty();
		}
		return this.clauses.subjectBefore(tokens, from, verb, text);
	}

	/** Participles that say what is said of someone before an infinitive: "said to visit", "reported to be". */
	private static final Set<String> REPORTED = Set.of("said", "reported", "believed", "thought", "rumoured",
			"rumored", "alleged", "understood");

	private static final Set<String> ADDRESSED = Set.of("asked", "questioned", "interviewed", "told", "invited",
			"pressed", "quoted");

	private static final Set<String> OPENERS = Set.of("but", "and", "even", "so", "yet", "still", "then");


	/** Where the main clause starts, past an adverbial clause that opens the sentence; {@code from} when none does. */
	private static int pastAdverbialClause(List<Token> tokens, int from, int to) {
		int i = from;
		while (i < to && OPENERS.contains(tokens.get(i).lower())) {
			i++;
		}
		// "Asked whether he could cope, McAllister smiled": a participle's clause opens the sentence too
		boolean participial = i < to && tokens.get(i).isVerb()
				&& (tokens.get(i).lower().endsWith("ed") || tokens.get(i).lower().endsWith("ing"));
		if (i >= to || !(Clauses.isSubordinator(tokens.get(i)) || participial)) {
			return from;
		}
		for (int k = i + 1; k < to; k++) {
			if (tokens.get(k).text().equals(",")) {
				// ("When X, R-Henderson, moved the bills, he said": past the aside after a name)
				int close = Clauses.nextComma(tokens, k + 1);
				String aside = (close < to) ? passageText(tokens, k + 1, close) : "";
				if (close < to && tokens.get(close).text().equals(",")
						&& Clauses.PARTY_AND_STATE.matcher(aside).matches()) {
					k = close;
					continue;
				}
				return k + 1;
			}
		}
		return from;
	}

	/** The words of tokens {@code [from, to)} as they stand, one space between them. */
	private static String passageText(List<Token> tokens, int from, int to) {
		StringBuilder text = new StringBuilder();
		for (int i = from; i < to; i++) {
			boolean joined = i > from && tokens.get(i - 1).end() == tokens.get(i).start();
			text.append((i > from && !joined) ? " " : "").append(tokens.get(i).text());
		}
		return text.toString();
	}

}
