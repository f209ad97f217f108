package com.quotegraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/**
 * Finds reported speech in the sentences that no quotation has claimed, in this order: a reporting clause at the end
 * ({@code Q, said X} / {@code Q, X said}), reporting clauses with their subject before the cue ({@code X stressed
 * that Q}, {@code X told Y that Q}, {@code X urged Y to Q}), {@code according to X}, and a participle after an action
 * ({@code X slammed Y, saying Q}). Content holding quotation marks is a mixed quote.
 */
final class ReportedSpeech {

	private final Clauses clauses;

	ReportedSpeech(Clauses clauses) {
		this.clauses = clauses;
	}

	List<Candidate> find(Passage passage) {
		List<Candidate> found = new ArrayList<>();
		for (int s = 0; s < passage.sentences.size(); s++) {
			Span sentence = passage.sentences.get(s);
			boolean claimed = passage.isClaimed(sentence);
			int quoted = passage.quotations.stream()
				.filter((quotation) -> sentence.contains(quotation.open()))
				.mapToInt(Quotation::open)
				.min()
				.orElse(sentence.end());
			// ("X demanded that Y return to the table: “Q,” the families said": the report the colon closes, before a
			// quotation its own tail attributes to another)
			boolean introduces = claimed && quoted > sentence.start()
					&& passage.text.substring(sentence.start(), quoted).strip().endsWith(":")
					&& !passage.isClaimed(new Span(sentence.start(), quoted - 1));
			// (or a report of its own before the clause a quotation's head opens: "X claimed A, while Y said: “Q”")
			int free = claimed ? passage.claimStart(sentence) : sentence.end();
			boolean leads = claimed && !introduces && free > passage.sentenceStart(s);
			List<Token> tokens = claimed && !passage.hasOpeningParticiple(s) && !introduces && !leads ? List.of()
					: passage.tokens(s);
			int from = 0;
			while (from < tokens.size() && tokens.get(from).start() < passage.sentenceStart(s)) {
				from++;
			}
			// ("Having said that[,] he underlined ...": the narrator's link, no report)
			if (from + 3 < tokens.size() && tokens.get(from).is("having") && tokens.get(from + 1).is("said")
					&& tokens.get(from + 2).is("that")) {
				from += tokens.get(from + 3).text().equals(",") ? 4 : 3;
			}
			// ("Why it matters: X said Q": a short label before a colon that opens the sentence, no part of its clause)
			from = labelEnd(tokens, from);
			if (from >= tokens.size()) {
				continue;
			}
			if (claimed) {
				// "Stating that A, X said, “Q”": what the participle reports before a quotation's cue
				Sentence context = new Sentence(passage, sentence, tokens, from, new IdentityHashMap<>());
				fronted(context).stream().filter((quote) -> quote.span().end() <= quoted).forEach(found::add);
				if (leads) {
					// "X claimed A, while Y said: “Q”": the report before the clause that the quotation's head opens
					int leadEnd = from;
					while (leadEnd < tokens.size() && tokens.get(leadEnd).end() <= free) {
						leadEnd++;
					}
					found.addAll(leadReports(passage, sentence, tokens.subList(0, leadEnd), from));
				}
				if (introduces) {
					int colon = tokens.size();
					while (colon > from && !(tokens.get(colon - 1).text().equals(":")
							&& tokens.get(colon - 1).start() < quoted)) {
						colon--;
					}
					found.addAll(leadReports(passage, sentence, tokens.subList(0, Math.max(from, colon - 1)), from));
				}
				continue;
			}
			List<Clauses.CueMatch> cues = this.clauses.cues(tokens, passage.quotations)
				.stream()
				.filter((cue) -> !cue.cue().quotationOnly() || textReads(tokens, cue))
				.toList();
			if (cues.isEmpty() && tokens.stream().noneMatch((token) -> token.is("quoted") || token.is("cited")
					|| token.is("reported")) && this.clauses.openingParticiple(tokens, from).isEmpty()) {
				continue;
			}
			Sentence context = new Sentence(passage, sentence, tokens, from, new IdentityHashMap<>());
			List<Candidate> quotes = new ArrayList<>();
			context.addDisjoint(quotes, quotedAs(context, cues));
			context.addDisjoint(quotes, accordingTo(context, cues));
			context.addDisjoint(quotes, fronted(context));
			context.addDisjoint(quotes, absolute(context));
			context.addDisjoint(quotes, parenthetical(context, cues));
			context.addDisjoint(quotes, trailing(context, cues));
			context.addDisjoint(quotes, preverbal(context, cues));
			context.addDisjoint(quotes, participle(context, cues));
			quotes.sort(Comparator.comparingInt((Candidate quote) -> quote.span().start()));
			found.addAll(quotes);
		}
		return found;
	}

	/**
	 * Where the sentence goes on after a label of up to five words and a colon that opens it ({@code Why it matters:}),
	 * when a capitalised word follows and the label holds no cue and no quotation mark; {@code from} when none does.
	 */
	private int labelEnd(List<Token> tokens, int from) {
		for (int k = from + 1; k < tokens.size() - 1 && k <= from + 5; k++) {
			Token token = tokens.get(k);
			if (token.text().equals(":")) {
				boolean plain = tokens.subList(from, k).stream()
					.noneMatch((word) -> Clauses.isQuoteMark(word) || this.clauses.isCueWord(word.lower()));
				return (plain && tokens.get(k + 1).isCapitalized()) ? k + 1 : from;
			}
			if (token.isPunct()) {
				return from;
			}
		}
		return from;
	}

	/** Participles that point back at what was said: "This was stated by X". */
	private static final Set<String> POINTING_CUES = Set.of("stated", "said", "announced", "noted", "emphasized",
			"emphasised", "stressed", "declared", "underlined", "affirmed", "mentioned", "voiced", "expressed", "told");

	/**
	 * "A. This was stated by X at a press conference": a sentence that points back at the one before, in its paragraph
	 * or at the end of the paragraph before, and names who said it in a passive's agent. The quotes found so, each in
	 * the paragraph of the sentence it points at; none where that sentence is claimed or holds a quote already.
	 */
	List<Candidate> pointedBack(Passage passage, @Nullable Passage previous,
			List<Candidate> known) {
		List<Candidate> found = new ArrayList<>();
		for (int s = 0; s < passage.sentences.size(); s++) {
			List<Token> tokens = passage.tokens(s);
			int from = 0;
			while (from < tokens.size() && tokens.get(from).start() < passage.sentenceStart(s)) {
				from++;
			}
			int by = pointingAgent(tokens, from);
			if (by < 0) {
				continue;
			}
			int end = by + 1;
			// (the agent runs to a comma or a preposition that is no office's: "by the Minister of Foreign Affairs of
			// Egypt X at a press conference")
			while (end < tokens.size() && !tokens.get(end).isPunct() && !tokens.get(end).isVerb()
					&& !(tokens.get(end).tag().equals("ADP") && !tokens.get(end).is("of"))) {
				end++;
			}
			Optional<Clauses.Subject> agent = this.clauses.phrase(tokens, by + 1, end, passage.text)
				.filter((subject) -> this.clauses.isSource(subject.phrase())
						|| Character.isUpperCase(subject.phrase().text().charAt(0)));
			Passage before = (s > 0) ? passage : previous;
			if (agent.isEmpty() || before == null || before.sentences.isEmpty()) {
				continue;
			}
			int at = (s > 0) ? s - 1 : before.sentences.size() - 1;
			Span sentence = before.sentences.get(at);
			Span content = new Span(Math.max(sentence.start(), before.sentenceStart(at)), sentence.end());
			String text = content.of(before.text).strip();
			boolean quoted = before.isClaimed(content) || known.stream()
				.anyMatch((quote) -> quote.paragraph() == before.index && quote.span().overlaps(content));
			if (quoted || text.isEmpty() || !Character.isUpperCase(text.charAt(0)) || text.endsWith("?")) {
				continue;
			}
			QuoteType type = Candidate.holdsQuotation(text) ? QuoteType.MIXED : QuoteType.INDIRECT;
			String cue = tokens.subList(from, by).stream().map(Token::lower).filter(POINTING_CUES::contains)
				.findFirst().orElse("said");
			found.add(new Candidate(before.index, content, text, type, cue,
					agent.get().phrase(), sentence, 0.7, false, false, "pointed back"));
		}
		return found;
	}

	/**
	 * The index of "by" in a sentence that opens "This was stated (on Sunday) by", "That has been announced by", else
	 * -1.
	 */
	private static int pointingAgent(List<Token> tokens, int from) {
		int i = from;
		if (i + 3 >= tokens.size() || !(tokens.get(i).is("this") || tokens.get(i).is("that"))) {
			return -1;
		}
		i++;
		if (tokens.get(i).is("has") || tokens.get(i).is("had")) {
			i++;
		}
		if (!(tokens.get(i).is("was") || tokens.get(i).is("been"))) {
			return -1;
		}
		i++;
		if (i < tokens.size() && tokens.get(i).is("also")) {
			i++;
		}
		if (i >= tokens.size() || !POINTING_CUES.contains(tokens.get(i).lower())) {
			return -1;
		}
		int cue = i;
		for (int k = cue + 1; k < tokens.size() && k <= cue + 8; k++) {
			Token token = tokens.get(k);
			if (token.is("by")) {
				return k;
			}
			if (token.isVerb() || token.text().equals(",") || token.text().equals(".")) {
				return -1;
			}
		}
		return -1;
	}

	/** A sentence under analysis, and the cue token each of its quotes was read from. */
	private record Sentence(Passage passage, Span span, List<Token> tokens, int from, Map<Candidate, Integer> cues) {

		/**
		 * One sentence may hold several reporting events ({@code Q1, according to X, who added that Q2}): each
		 * pattern adds the quotes whose content and cue no earlier pattern has taken.
		 */
		void addDisjoint(List<Candidate> quotes, List<Candidate> more) {
			for (Candidate candidate : more) {
				boolean taken = quotes.stream()
					.anyMatch((quote) -> quote.span().overlaps(candidate.span())
							|| Objects.equals(this.cues.get(quote), this.cues.get(candidate)));
				if (!taken) {
					quotes.add(candidate);
				}
			}
		}

		/** Whether straight single marks that the paragraph pairs quote inside the content: "confirmed that 'A. B.'". */
		private boolean holdsStraightSingleQuotation(Span content) {
			return this.passage.quotations.stream()
				.anyMatch((quotation) -> quotation.closed() && quotation.open() >= content.start()
						&& quotation.close() < content.end() && this.passage.text.charAt(quotation.open()) == '\'');
		}

		Candidate quote(int start, int end, Clauses.CueMatch cue, Clauses.Subject subject, double confidence,
				String rule) {
			// "Separately, X held talks ..., according to Y": the narrator's link is no part of the content
			if (start + 2 < end && this.tokens.get(start + 1).text().equals(",")
					&& Clauses.isDiscourseAside(this.tokens.get(start).lower())) {
				start += 2;
			}
			// ("said that, in his view, Q": the comma after "that" opens no content)
			while (start + 1 < end && this.tokens.get(start).text().equals(",")) {
				start++;
			}
			String text = Clauses.span(this.tokens, start, end, this.passage.text);
			Span content = new Span(this.tokens.get(start).start(), this.tokens.get(end - 1).end());
			if (end >= this.tokens.size() - 1) {
				// ("confirmed that “A. B.”": a quotation the content opens runs on to where it closes)
				for (Quotation quotation : this.passage.quotations) {
					if (quotation.closed() && quotation.open() >= content.start() && quotation.open() < content.end()
							&& quotation.close() >= content.end()) {
						content = new Span(content.start(), quotation.close() + 1);
						text = this.passage.text.substring(content.start(), content.end());
					}
				}
			}
			boolean quoted = Candidate.holdsQuotation(text) || holdsStraightSingleQuotation(content);
			String cueText = Clauses.span(this.tokens, cue.from(), cue.to(), this.passage.text);
			Candidate candidate = new Candidate(this.passage.index, content, text,
					quoted ? QuoteType.MIXED : QuoteType.INDIRECT, cueText, subject.phrase(), this.span, confidence,
					false, false, rule);
			this.cues.put(candidate, cue.from());
			return candidate;
		}

	}

	/** The relative pronouns that open a clause about a noun of the content: "the plan, which critics say ...". */
	private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whom", "whose", "where");

	/** Tags that open a cue's object: "urged the minister", "called on Lebanon's envoy". */
	private static final Set<String> OBJECT_OPENERS = Set.of("DET", "NOUN", "PROPN", "ADJ", "PRON", "NUM");

	/** Prepositions whose gerund reports nothing: "of calling for", "in writing", "without saying". */
	private static final Set<String> GERUND_PREPOSITIONS = Set.of("of", "about", "in", "on", "at", "without");

	/** Nouns of "in response to X": what the words that follow answer. */
	private static final Set<String> RESPONSE_NOUNS = Set.of("response", "reply", "answer", "reaction", "reference");

	/** Participles that open a sentence with the occasion of what is said: "Talking about X, he said". */
	private static final Set<String> SPEECH_OCCASIONS = Set.of("talking", "speaking", "commenting", "referring",
			"responding", "replying", "reacting", "answering", "addressing", "asked", "questioned", "writing",
			// (and how the reporter reached the speaker: "Contacted before the session began, X confirmed ...")
			"contacted", "reached", "interviewed", "approached", "quizzed");

	/** {@code Q, said X[, saying Q2].} and {@code Q, X said [to Y] [on Tuesday].} */
	private List<Candidate> trailing(Sentence sentence, List<Clauses.CueMatch> cues) {
		List<Token> tokens = sentence.tokens();
		for (Clauses.CueMatch cue : cues) {
			if (cue.cue().isParticiple() || cue.isAccordingTo()) {
				continue;
			}
			if (cue.to() < tokens.size() && tokens.get(cue.to()).is("that") || thatAfterAdverbial(tokens, cue.to())) {
				// "X, the minister, affirmed that Q": the content follows the cue
				// (and "After A, X said after the match that Q": past a short adverbial)
				continue;
			}
			int comma;
			Optional<Clauses.Subject> subject;
			if (cue.from() > sentence.from() && tokens.get(cue.from() - 1).text().equals(",")) {
				comma = cue.from() - 1;
				// "Q, said X" but not "Q, X, told the court": who is told is the listener
				// an inverted speaker is a source ("said the spokesman") or a phrase the clause ends with ("said the
				// woman, who ..."), not the subject of the content ("said the resumption of talks was overdue")
				subject = Clauses.takesObject(cue) ? Optional.empty()
						: this.clauses.subjectAfter(tokens, cue.to(), sentence.passage().text)
							.filter((found) -> found.to() >= tokens.size() || !tokens.get(found.to()).isVerb())
							// ("Q, said delegations from both sides were expected": the content's subject, whose
							// verb follows)
							// (and "..., said X and Y leaders ‘escalate the violence’": a verb past a quotation mark)
							// (but "..., said the official who declined to be named": a relative clause on the speaker)
							.filter((found) -> found.to() < tokens.size() && tokens.get(found.to()).is("who")
									|| Clauses.firstVerb(tokens, found.to(), Clauses.nextComma(tokens,
									(found.to() < tokens.size() && Clauses.isQuoteMark(tokens.get(found.to())))
											? found.to() + 1 : found.to())) < 0)
							.filter((found) -> this.clauses.isSource(found.phrase()) || found.to() >= tokens.size()
									|| tokens.get(found.to()).isPunct())
							// (and "Q, X, a newspaper, reported Tuesday, citing Y": when, no speaker)
							.filter((found) -> !tokens.subList(found.from(), found.to()).stream()
								.allMatch((token) -> Clauses.isTemporal(token.lower())));
				boolean clauseEnds = endsClause(tokens, cue.to())
						|| (Clauses.isTelling(cue) && Clauses.firstVerb(tokens, cue.to(), tokens.size()) < 0)
						|| endsCiting(tokens, cue.to()) || endsInMedium(tokens, cue.to());
				if (subject.isEmpty() && clauseEnds) {
					// "Q, the clinical director, Dr. X, said.": the speaker stands in apposition before the cue
					Optional<Clauses.Subject> appositive = this.clauses
						.subjectBefore(tokens, sentence.from(), cue.from(), sentence.passage().text)
						.filter((found) -> found.from() > sentence.from() + 1
								&& tokens.get(found.from() - 1).text().equals(","));
					if (appositive.isPresent()) {
						subject = appositive;
						comma = appositive.get().from() - 1;
					}
				}
			}
			else {
				int segment = this.clauses.segmentStart(tokens, sentence.from(), cue.from());
				comma = segment - 1;
				if (comma <= sentence.from()) {
					continue;
				}
				int opening = segment;
				while (opening > sentence.from() && !isDash(tokens.get(opening - 1))) {
					opening--;
				}
				if (isDash(tokens.get(cue.from() - 1)) && opening > sentence.from()) {
					// "A group of senators — led by X, D-Ariz., and Y, R-Ohio — said": the cue's subject stands before the
					// aside the dashes set off, whose commas part no content from it
					continue;
				}
				// "..., which China claims as its own": a relative clause, not a report
				boolean relative = Clauses.RELATIVES.contains(tokens.get(segment).lower());
				// (past adjectives before the speaker: "..., state-controlled Saudi Aramco's chief executive X said")
				subject = relative ? Optional.empty()
						: this.clauses.subjectBefore(tokens, segment, cue.from(), sentence.passage().text)
							.filter((found) -> found.from() == segment || found.from() > segment
									&& tokens.subList(segment, found.from()).stream()
										.allMatch((token) -> token.tag().equals("ADJ")));
				// (a quotation after the cue is its content too: "In remarks to X Radio, Y said his government “manages
				// ...”", whatever the tagger reads in it)
				boolean contentAfter = Clauses.firstVerb(tokens, cue.to(), tokens.size()) >= 0
						|| cue.to() + 1 < tokens.size() && !tokens.get(cue.to()).isPunct()
								&& tokens.subList(cue.to() + 1, tokens.size()).stream()
									.takeWhile((token) -> !token.text().equals("."))
									.anyMatch(Clauses::isQuoteMark);
				if (subject.isPresent() && contentAfter
						&& !endsWithParticiple(tokens, cue.to()) && !narratorClauseFollows(tokens, cue.to())
						&& !clauseEndsAfter(tokens, cue.to()) && !citesAfter(tokens, cue.to())
						&& !endsCiting(tokens, cue.to())) {
					continue;
				}
				// "Soon after the meeting ended, X urged the minister to resign": the cue's own object is its
				// content, and the clause before it the narrator's (so is what it urges for: "..., the negotiators
				// urged for another round")
				boolean object = cue.cue().takesNounPhrase() && !Clauses.isTelling(cue) && cue.to() < tokens.size()
						&& !endsClause(tokens, cue.to()) && (OBJECT_OPENERS.contains(tokens.get(cue.to()).tag())
								|| tokens.get(cue.to()).is("for"));
				if (subject.isPresent() && object) {
					continue;
				}
			}
			// ("Talking about the second half, he said, “Q”": the occasion, not the content; "Although he later
			// apologised, the FA charged him": a subordinate clause alone, the narrator's)
			// (an aside in it too: "While A depends on the elections, scheduled for June 10, X confirmed that B")
			// (and "In response to a question regarding X, the official said ...": what the words answer)
			boolean occasion = SPEECH_OCCASIONS.contains(tokens.get(sentence.from()).lower())
					|| sentence.from() + 2 < comma && tokens.get(sentence.from()).is("in")
							&& RESPONSE_NOUNS.contains(tokens.get(sentence.from() + 1).lower())
							&& tokens.get(sentence.from() + 2).is("to")
					|| Clauses.isSubordinator(tokens.get(sentence.from())) && subordinateAlone(tokens, sentence.from(), comma);
			// ("But the order was called off, X said": the connector that links the sentence to the one before)
			int opening = (tokens.get(sentence.from()).is("but") || tokens.get(sentence.from()).is("and"))
					&& sentence.from() + 1 < comma ? sentence.from() + 1 : sentence.from();
			if (subject.isEmpty() || occasion || !this.clauses.isValidContent(tokens, opening, comma, cue)
					|| Clauses.firstVerb(tokens, sentence.from(), comma) < 0
					|| comma != cue.from() - 1 && passesOnReport(sentence, cues, subject.get().phrase(), comma)) {
				continue;
			}
			if (Clauses.insideQuotation(tokens.get(sentence.from()).start(), sentence.passage().quotations)) {
				// "said that “A. B,” the official said": the cue of the quotation the sentence ends, no content of its own
				continue;
			}
			// "A, Bloomberg reported, citing Energy Minister X": who is cited said it
			Clauses.Subject speaker = this.clauses.citedAfter(tokens, cue.to(), sentence.passage().text)
				.orElse(subject.get());
			Candidate quote = sentence.quote(sentence.from(), comma, cue, speaker, 0.75, "trailing");
			int participle = participleAfter(tokens, cue.to());
			Clauses.CueMatch more = (participle > 0) ? new Clauses.CueMatch(cue.cue(), participle, participle + 1)
					: null;
			int start = (more != null) ? this.clauses.contentStart(tokens, more) : -1;
			// (a participle that ends the paragraph has nothing more: "..., a photographer said, adding that")
			if (more != null && start < sentenceEnd(tokens)) {
				// (up to the cue the writer repeats at its end: "A, he said, adding B, Geng said.")
				int restEnd = sentenceEnd(tokens);
				for (Clauses.CueMatch again : cues) {
					int repeated = (again.from() > start) ? this.clauses.segmentStart(tokens, start, again.from()) - 1 : -1;
					if (repeated > start && tokens.get(repeated).text().equals(",") && tokens.subList(again.to(), restEnd)
						.stream()
						.allMatch((token) -> token.isPunct() || isTimeWord(token)) && this.clauses
							.subjectBefore(tokens, repeated + 1, again.from(), sentence.passage().text)
							.isPresent()) {
						restEnd = repeated;
						break;
					}
				}
				Candidate rest = sentence.quote(start, restEnd, more, subject.get(), 0.75, "trailing");
				quote = quote.withText(quote.text() + " ... " + rest.text(), new Span(quote.span().start(),
						rest.span().end()));
				sentence.cues().put(quote, cue.from());
			}
			int goesOn = (more == null) ? continuationAfter(tokens, cue, cues) : -1;
			if (goesOn > 0) {
				// "A, he said, and is making progress on B": the content goes on past its cue
				Candidate rest = sentence.quote(goesOn, sentenceEnd(tokens), cue, subject.get(), 0.75, "trailing");
				quote = quote.withText(quote.text() + " ... " + rest.text(), new Span(quote.span().start(),
						rest.span().end()));
				sentence.cues().put(quote, cue.from());
			}
			return List.of(quote);
		}
		return List.of();
	}

	/**
	 * Where the content goes on after a cue and its subject, past ", and" or ", but": an auxiliary that shares the
	 * content's subject ({@code A, he said, and is making progress}) or a clause of a subject other than a person's
	 * pronoun ({@code A, he said, but prices will fall}); -1 when the sentence ends, another cue follows or a verb
	 * of the speaker's own does ({@code A, he said, and left the room}).
	 */
	private static int continuationAfter(List<Token> tokens, Clauses.CueMatch cue, List<Clauses.CueMatch> cues) {
		int comma = cue.to();
		int from = comma + 2;
		int end = sentenceEnd(tokens);
		if (from + 1 >= end || !tokens.get(comma).text().equals(",")
				|| !(tokens.get(comma + 1).is("and") || tokens.get(comma + 1).is("but"))
				|| cues.stream().anyMatch((other) -> other.from() > comma)) {
			return -1;
		}
		Token first = tokens.get(from);
		boolean auxiliary = first.tag().startsWith("AUX") && !first.tag().contains("+");
		boolean clause = !Clauses.SUBJECT_PRONOUNS.contains(first.lower()) && !first.isVerb()
				&& Clauses.opensClause(tokens, from, end);
		return (auxiliary || clause) ? from : -1;
	}

	/**
	 * Whether the trailing source only passes on a report that tokens before {@code comma} hold: a body or an outlet
	 * any source's ("X said A, the daily reported"), a person another person's ("Lt. X said the suspect walked in,
	 * Kennedy says"; but "The Cabinet reiterated A, Y said" is Y's).
	 */
	private boolean passesOnReport(Sentence sentence, List<Clauses.CueMatch> cues, SpeakerPhrase source, int comma) {
		// ("The SDC insists on A, he said": a person's pronoun is a person, who passes on no body's report)
		boolean person = source.isName() && !source.organization() || source.isPersonalPronoun();
		if (this.clauses.passesOn(source)) {
			return holdsReport(sentence, cues, sentence.from(), comma, true);
		}
		return person && holdsReport(sentence, cues, sentence.from(), comma, false);
	}

	/** Whether tokens {@code [from, comma)} are one subordinate clause, past asides that hold no finite verb. */
	private static boolean subordinateAlone(List<Token> tokens, int from, int comma) {
		for (int i = from + 1; i < comma; i++) {
			if (tokens.get(i).text().equals(",")) {
				// (a participle opens an aside: ", scheduled for June 10,"; anything else a clause of its own)
				String next = (i + 1 < comma) ? tokens.get(i + 1).lower() : "";
				boolean participle = next.endsWith("ed") || next.endsWith("ing");
				if (!participle && Clauses.firstVerb(tokens, i + 1, comma) >= 0) {
					return false;
				}
			}
		}
		return true;
	}

	/** The most tokens of a name after a cue inverted inside its content: "continues Dr. Anna Maria X,". */
	private static final int INVERTED_NAME_TOKENS = 6;

	/**
	 * {@code A, the minister said, B.}: a reporting clause set off by commas inside its content, after the content's
	 * subject ({@code The ceasefire, he said, was holding}) or within it ({@code The attack was, he said, a crime}).
	 */
	private List<Candidate> parenthetical(Sentence sentence, List<Clauses.CueMatch> cues) {
		List<Token> tokens = sentence.tokens();
		String text = sentence.passage().text;
		for (Clauses.CueMatch cue : cues) {
			if (cue.cue().isParticiple() || cue.isAccordingTo()) {
				continue;
			}
			int open = this.clauses.segmentStart(tokens, sentence.from(), cue.from()) - 1;
			int close = cue.to();
			while (close < tokens.size() && isTimeWord(tokens.get(close)) && !tokens.get(close).text().equals(",")) {
				close++;
			}
			// (inverted too: "In January, reminded Ms. X, the agency had assisted ...", "The issue, continues Mr. X,
			// is that ...": a name between the cue and the comma that closes the clause)
			Optional<Clauses.Subject> inverted = Optional.empty();
			int nameEnd = Clauses.nextComma(tokens, cue.to());
			// (but not after a speaker and an apposition: "X, minister of information, says Y, governor of Z, ...")
			if (open == cue.from() - 1 && close < tokens.size() && !tokens.get(close).text().equals(",")
					&& nameEnd < tokens.size() && nameEnd - cue.to() <= INVERTED_NAME_TOKENS
					&& this.clauses.subjectBefore(tokens, sentence.from(), cue.from(), text)
						.filter((found) -> this.clauses.isSource(found.phrase())).isEmpty()) {
				inverted = this.clauses.phrase(tokens, cue.to(), nameEnd, text)
					.filter((found) -> found.from() == cue.to() && found.phrase().isName()
							&& !found.phrase().organization());
				close = inverted.isPresent() ? nameEnd : close;
			}
			if (Clauses.takesObject(cue) && inverted.isEmpty()) {
				continue;
			}
			// (the content may open after a colon: "X offered an explanation: before birth, they say, mammals dream")
			int from = sentence.from();
			for (int k = from; k < open; k++) {
				from = tokens.get(k).text().equals(":") ? k + 1 : from;
			}
			if (open <= from || close >= tokens.size() - 1 || !tokens.get(close).text().equals(",")) {
				continue;
			}
			int pastTime = close + 1;
			while (pastTime < tokens.size() && (isTimeWord(tokens.get(pastTime))
					|| tokens.get(pastTime).tag().equals("NUM")) && !tokens.get(pastTime).text().equals(",")) {
				pastTime++;
			}
			boolean timeThenThat = pastTime > close + 1 && pastTime + 1 < tokens.size()
					&& tokens.get(pastTime).text().equals(",") && tokens.get(pastTime + 1).is("that");
			Token next = tokens.get(close + 1);
			// (and "the army said yesterday, Saturday evening, that Q": the day, then the content)
			// (and "In a statement to Y, X said, “Q”": the cue of the quotation after it)
			if (next.is("that") || next.isVerb() && next.lower().endsWith("ing") || timeThenThat
					|| Clauses.isQuoteMark(next)) {
				// "Earlier, the agency reported, citing sources, that Q": an aside, then the content the cue reports
				continue;
			}
			Optional<Clauses.Subject> subject = inverted
				.or(() -> this.clauses.subjectBefore(tokens, open + 1, cue.from(), text)
					.filter((found) -> found.from() == open + 1)
					.filter((found) -> found.phrase().form() == SpeakerPhrase.Form.PRONOUN
							|| this.clauses.isSource(found.phrase())));
			int end = sentenceEnd(tokens);
			// the content's subject before the clause and its verb after it, or a verb before it that wants what
			// follows ("was, he added, a crime"); not a whole clause before it and the narrator's words after it
			// ("X struck Y, the army said, in the first attack")
			// (an infinitive is no clause's verb: "The main conclusion to be drawn, he said, from X, is Y")
			boolean verbBefore = false;
			for (int i = from; i < open && !verbBefore; i++) {
				boolean infinitive = i >= 2 && tokens.get(i - 1).is("be") && tokens.get(i - 2).is("to")
						|| tokens.get(i).is("be") && i >= 1 && tokens.get(i - 1).is("to");
				verbBefore = tokens.get(i).isVerb() && !infinitive && Clauses.firstVerb(tokens, i, i + 1) == i;
			}
			boolean verbAfter = Clauses.firstVerb(tokens, close + 1, end) >= 0;
			Token last = tokens.get(open - 1);
			boolean wantsMore = last.isVerb() || last.tag().equals("AUX");
			// (or a subordinator left hanging before it, whose clause comes after: "Hollins was shot after, police say,
			// he robbed a store")
			boolean hanging = last.tag().equals("SCONJ") || last.is("after") || last.is("before") || last.is("because");
			boolean split = verbBefore ? (wantsMore && !verbAfter || hanging && verbAfter) : verbAfter;
			if (subject.isEmpty() || !split || last.isPunct()
					|| !this.clauses.isValidContent(tokens, sentence.from(), end, cue)) {
				continue;
			}
			Candidate after = sentence.quote(close + 1, end, cue, subject.get(), 0.75, "parenthetical");
			if (open - from == 1 && Clauses.isDiscourseAside(tokens.get(from).lower())
					|| Clauses.isMediumAdjunct(tokens, from, open)) {
				// "Nevertheless, X said, after reviewing ... she concluded Q": the narrator's link, then the content;
				// "In a statement, the group said, X agreed": the medium, then the content
				return List.of(after);
			}
			Candidate before = sentence.quote(from, open, cue, subject.get(), 0.75, "parenthetical");
			return List.of(split(sentence, before, after, cue));
		}
		return List.of();
	}

	/**
	 * "Noting that A, X highlighted B": a participle that opens the sentence reports A, which runs to the comma after
	 * which the main clause's subject, a source or a pronoun, and its verb follow; that subject says A.
	 */
	private List<Candidate> fronted(Sentence sentence) {
		List<Token> tokens = sentence.tokens();
		String text = sentence.passage().text;
		int start = this.clauses.skipConnectors(tokens, sentence.from(), tokens.size());
		int end = sentenceEnd(tokens);
		for (Clauses.CueMatch cue : this.clauses.openingParticiple(tokens, start).stream().toList()) {
			if (cue.to() >= end || !tokens.get(cue.to()).is("that")) {
				continue;
			}
			int contentStart = cue.to() + 1;
			for (int k = contentStart + 2; k < end - 1; k++) {
				if (!tokens.get(k).text().equals(",")) {
					continue;
				}
				// (a quotation the content ends with closes after the comma: "would cause “Q,” the spokesperson said")
				int main = k + 1;
				while (main < end && Clauses.isQuoteMark(tokens.get(main))) {
					main++;
				}
				int verb = Clauses.firstVerb(tokens, main, Math.min(end, main + 12));
				if (verb <= main) {
					continue;
				}
				int opens = main;
				Optional<Clauses.Subject> subject = this.clauses.subjectBefore(tokens, main, verb, text)
					.filter((found) -> found.from() == opens && (this.clauses.isSource(found.phrase())
							|| found.phrase().form() == SpeakerPhrase.Form.PRONOUN));
				if (subject.isEmpty()) {
					continue;
				}
				int contentEnd = (main > k + 1) ? main : k;
				if (!this.clauses.isValidContent(tokens, contentStart, k, cue)) {
					return List.of();
				}
				return List.of(sentence.quote(contentStart, contentEnd, cue, subject.get(), 0.75, "fronted"));
			}
		}
		return List.of();
	}

	/** One quote of a content that a parenthetical cue splits in two: "A ... B". */
	private static Candidate split(Sentence sentence, Candidate before, Candidate after, Clauses.CueMatch cue) {
		QuoteType type = (before.type() == QuoteType.MIXED || after.type() == QuoteType.MIXED) ? QuoteType.MIXED
				: QuoteType.INDIRECT;
		Candidate quote = new Candidate(before.paragraph(), new Span(before.span().start(), after.span().end()),
				before.text() + " ... " + after.text(), type, before.cue(), before.speaker(), before.sentence(),
				before.confidence(), false, false, before.rule());
		sentence.cues().put(quote, cue.from());
		return quote;
	}

	/**
	 * Whether tokens {@code [from, end)} hold a reporting clause whose subject is a source, a name, a speaker noun or a
	 * personal pronoun ({@code anyone}), or else a person's name:
	 * {@code X said Q, the daily Y said}; {@code In a new development, X called for Q, Asharq Al-Awsat said}.
	 */
	private boolean holdsReport(Sentence sentence, List<Clauses.CueMatch> cues, int from, int end, boolean anyone) {
		List<Token> tokens = sentence.tokens();
		for (Clauses.CueMatch cue : cues) {
			if (cue.from() < from || cue.from() >= end || cue.isAccordingTo() || cue.cue().isParticiple()
					|| (cue.to() < end && tokens.get(cue.to()).is("to")) || bids(cue) && directive(tokens, cue.to(), end)) {
				continue;
			}
			// (a personal pronoun too: "He said that A, the agency reported")
			Optional<Clauses.Subject> source = this.clauses.subjectBefore(tokens, from, cue.from(), sentence.passage().text)
				.filter((subject) -> anyone ? this.clauses.isSource(subject.phrase())
						|| subject.phrase().isPersonalPronoun()
						: subject.phrase().isName() && !subject.phrase().organization());
			if (source.isPresent() && source.get().from() > from
					&& SUBORDINATORS.contains(tokens.get(source.get().from() - 1).lower())
					&& Clauses.firstVerb(tokens, cue.to(), end) < 0
					&& tokens.subList(cue.to(), end).stream().noneMatch(Clauses::isQuoteMark)) {
				// "Q, days after the president announced his assumption of power, according to X": a cue in a clause
				// that only dates Q, whose object is a noun alone, reports no words that X passes on
				continue;
			}
			if (source.isPresent()) {
				return true;
			}
		}
		return false;
	}

	/** Verbs by which a subject rejects a text: "dismissed reports stating that". */
	private static final Set<String> DISPUTING = Set.of("dismissed", "dismisses", "denied", "denies", "rejected",
			"rejects", "refuted", "refutes", "debunked", "debunks");

	/** What others wrote or said that a subject may reject: "reports stating that". */
	private static final Set<String> CLAIMS = Set.of("reports", "claims", "rumours", "rumors", "allegations",
			"articles", "stories", "accounts", "report", "claim", "rumour", "rumor", "allegation", "article", "story");

	/** Participles that date when a source's text came out: "a poll published on Tuesday". */
	private static final Set<String> PUBLISHED = Set.of("published", "released", "issued", "posted", "aired",
			"conducted", "made");

	private static boolean isDash(Token token) {
		return token.text().equals("—") || token.text().equals("–");
	}

	/** Tags of the words of a noun phrase, and of two joined: "opposition figures and some press outlets". */
	private static final Set<String> NOUN_PHRASE_TAGS = Set.of("NOUN", "PROPN", "ADJ", "DET", "CCONJ", "NUM");

	/** Whether a finite verb stands between the tokens, past participles that follow their nouns: "a meeting held". */
	private static boolean clauseBetween(List<Token> tokens, int from, int to) {
		for (int k = from; k < to; k++) {
			boolean participle = k > from && (tokens.get(k - 1).tag().equals("NOUN") || tokens.get(k - 1).tag().equals("PROPN"))
					&& (tokens.get(k).lower().endsWith("ed") || PARTICIPLES.contains(tokens.get(k).lower()));
			if (Clauses.isFiniteVerb(tokens, k) && !participle) {
				return true;
			}
		}
		return false;
	}

	/** Past participles not in -ed that follow their nouns: "a meeting held in X". */
	private static final Set<String> PARTICIPLES = Set.of("held", "made", "given", "taken", "seen", "known", "written",
			"built", "brought", "sent", "led", "run", "won", "set");

	/**
	 * Subordinators a reporting participle may follow after a comma: ", while stressing that" (and what it leaves
	 * out of a refusal: "gave no details, except saying that", "besides noting that").
	 */
	private static final Set<String> WHILE = Set.of("while", "before", "after", "whilst", "except", "besides");

	private static final Set<String> SUBORDINATORS = Set.of("after", "before", "since", "until", "when", "while", "as");

	/** Whether a cue can bid someone do something: "told", "asked", "urged", "called on". */
	private static boolean bids(Clauses.CueMatch cue) {
		return BIDDING.contains(cue.cue().words().get(0));
	}

	private static final Set<String> BIDDING = Set.of("tell", "tells", "told", "ask", "asks", "asked", "urge", "urges",
			"urged", "call", "calls", "called", "order", "orders", "ordered", "instruct", "instructs", "instructed",
			"direct", "directs", "directed", "advise", "advises", "advised", "invite", "invites", "invited", "request",
			"requests", "requested", "press", "presses", "pressed", "warn", "warns", "warned");

	/**
	 * {@code told its military not to seek help}: a cue's object, then what it is bidden to do; a directive, which
	 * reports no words.
	 */
	private static boolean directive(List<Token> tokens, int from, int end) {
		int i = from;
		// (the object may be long: "called on the senior political and security members of his cabinet to keep")
		while (i < end && i < from + 12 && (OBJECT_OPENERS.contains(tokens.get(i).tag())
				|| i > from && (tokens.get(i).tag().equals("ADP") && !tokens.get(i).is("to") || tokens.get(i).is("and")))) {
			i++;
		}
		if (i > from && i < end && tokens.get(i).is("not")) {
			i++;
		}
		// (an infinitive the tagger reads as a noun too: "called on parties to exercise/NOUN restraint")
		return i > from && i + 1 < end && tokens.get(i).is("to") && (tokens.get(i + 1).isVerb()
				|| tokens.get(i + 1).tag().equals("NOUN") && i + 2 < end && !tokens.get(i + 1).lower().endsWith("s")
						&& (tokens.get(i + 2).tag().equals("NOUN") || tokens.get(i + 2).tag().equals("DET")));
	}

	/** The cue of the reporting clause that opens the sentence, when an organisation is its subject: "The army said". */
	private Optional<Clauses.CueMatch> organizationReport(Sentence sentence, List<Clauses.CueMatch> cues, int end) {
		List<Token> tokens = sentence.tokens();
		int start = this.clauses.skipConnectors(tokens, sentence.from(), end);
		return cues.stream()
			.filter((cue) -> cue.from() >= start && cue.from() < end && !cue.isAccordingTo() && !cue.cue().isParticiple())
			.findFirst()
			.filter((cue) -> this.clauses.subjectBefore(tokens, start, cue.from(), sentence.passage().text)
				.filter((subject) -> subject.from() == start && subject.phrase().organization())
				.isPresent());
	}

	/** Whether tokens {@code [from, end)} open with a reporting clause of their own: a subject, then a cue. */
	private boolean opensWithReport(Sentence sentence, List<Clauses.CueMatch> cues, int from, int end) {
		List<Token> tokens = sentence.tokens();
		int start = this.clauses.skipConnectors(tokens, from, end);
		for (Clauses.CueMatch cue : cues) {
			if (cue.from() < start) {
				continue;
			}
			if (cue.from() >= end) {
				break;
			}
			if (cue.isAccordingTo() || cue.cue().isParticiple()) {
				continue;
			}
			if (cue.to() < end && tokens.get(cue.to()).is("to")) {
				return false;
			}
			// ("According to the report, X echoed a statement by Y, who said that Q.": a relative clause that ends the
			// sentence holds Y's report)
			if (cue.from() - 1 > start && tokens.get(cue.from() - 1).is("who")
					&& Clauses.nextComma(tokens, cue.to()) >= Math.min(end, tokens.size()) - 1) {
				return true;
			}
			// (past an occasion a participle opens: "According to X, Speaking at a press conference, Y accused")
			// (or a preposition: "According to a statement, during a phone call with Z, Y emphasized that")
			boolean occasion = tokens.get(start).isVerb() && tokens.get(start).lower().endsWith("ing")
					|| tokens.get(start).tag().equals("ADP") && !tokens.get(start).is("that");
			return this.clauses.subjectBefore(tokens, start, cue.from(), sentence.passage().text)
				.filter((subject) -> subject.from() == start
						|| occasion && subject.from() > start + 1 && tokens.get(subject.from() - 1).text().equals(","))
				.isPresent();
		}
		return false;
	}

	/** {@code X said (that) Q}; a second cue with a subject of its own after a comma starts a second quote. */
	private List<Candidate> preverbal(Sentence sentence, List<Clauses.CueMatch> cues) {
		List<Token> tokens = sentence.tokens();
		String text = sentence.passage().text;
		List<Candidate> quotes = new ArrayList<>();
		int contentFrom = -1;
		Clauses.CueMatch open = null;
		Clauses.Subject openSubject = null;
		List<Clauses.CueMatch> asides = asides(sentence, cues);
		for (Clauses.CueMatch cue : cues) {
			if (cue.isAccordingTo() || cue.cue().isParticiple() || asides.contains(cue) || asksAnonymity(tokens, cue)) {
				continue;
			}
			// ("the daily reported, citing officials close to X, that Q": who is cited says Q)
			int citedThat = (open == null && cue.to() + 1 < tokens.size() && tokens.get(cue.to()).text().equals(","))
					? citedThat(tokens, cue.to() + 1) : -1;
			Optional<Clauses.Subject> citedSource = (citedThat > 0)
					? this.clauses.phrase(tokens, cue.to() + 2, citedThat - 1, text)
						.filter((found) -> this.clauses.isSource(found.phrase()))
					: Optional.empty();
			// (and "Sudan Tribune reported from a military source that Q": whom the report came from)
			int fromThat = (open == null && citedSource.isEmpty() && cue.cue().words().get(0).equals("reported")
					&& cue.to() + 2 < tokens.size() && tokens.get(cue.to()).is("from")) ? thatAfter(tokens, cue.to() + 1)
							: -1;
			if (fromThat > 0) {
				citedThat = fromThat;
				citedSource = this.clauses.phrase(tokens, cue.to() + 1, fromThat, text)
					.filter((found) -> this.clauses.isSource(found.phrase()) && !found.phrase().isName());
			}
			if (citedSource.isPresent()) {
				open = cue;
				openSubject = citedSource.get();
				contentFrom = citedThat + 1;
				continue;
			}
			int reporter = (open == null) ? citedReporter(tokens, cue) : -1;
			Optional<Clauses.Subject> cited = (reporter > 0) ? this.clauses.phrase(tokens, cue.to(), reporter, text)
				.filter((found) -> this.clauses.isSource(found.phrase())) : Optional.empty();
			if (cited.isPresent()) {
				// "The daily cited sources indicating that Q": the sources report Q, which the daily passes on
				open = new Clauses.CueMatch(new Lexicon.Cue(List.of(tokens.get(reporter).lower()), true), reporter,
						reporter + 1);
				openSubject = cited.get();
				contentFrom = this.clauses.contentStart(tokens, open);
				continue;
			}
			int from = (open == null) ? sentence.from() : contentFrom;
			Optional<Clauses.Subject> subject = this.clauses.subjectBefore(tokens, from, cue.from(), text);
			if (subject.isEmpty() && open == null) {
				subject = this.clauses.sharedSubject(tokens, sentence.from(), cue.from(), text);
			}
			// (past an aside after the conjunction: "X declared a state of emergency and, citing the floods, said Q")
			int aside = Clauses.conjunctionBeforeAside(tokens, contentFrom, cue.from());
			int conjunction = (aside > 0) ? aside : cue.from() - 1;
			boolean coordinated = open != null && conjunction > contentFrom
					&& (tokens.get(conjunction).is("and") || tokens.get(conjunction).is("but"));
			if (subject.isEmpty() && coordinated && !reports(sentence, contentFrom, conjunction, open)) {
				// "X declared a state of emergency and said Q": the first verb reports nothing; the second shares
				// its subject (and "X acknowledged the delay but clarified that Q")
				open = cue;
				contentFrom = this.clauses.contentStart(tokens, cue);
				continue;
			}
			// "slammed the language of X, who has said Q": a report whose subject is the relative pronoun of a
			// person named before starts a clause of its own
			boolean relativeSpeaker = open != null && subject.isPresent()
					&& relativeSubject(tokens, contentFrom, cue.from());
			if (open != null && subject.isPresent() && subject.get().from() == contentFrom
					&& (RELAYING.contains(open.cue().words().get(0)) || this.clauses.isOutlet(openSubject.phrase()))
					&& Clauses.PLAIN_CUES.contains(cue.cue().words().get(0))
					&& openSubject.phrase().form() != SpeakerPhrase.Form.PRONOUN
					&& (this.clauses.isSource(subject.get().phrase()) || subject.get().phrase().isPersonalPronoun())) {
				// "MEMRI reported that Safadi also said that Q": who reports passes on the report its content opens with
				// (and an outlet that says so: "Al-Akhbar newspaper said that Berri told his visitors that Q")
				open = cue;
				openSubject = subject.get();
				contentFrom = this.clauses.contentStart(tokens, cue);
				continue;
			}
			if (subject.isEmpty() || (open != null && !relativeSpeaker
					&& !startsClause(tokens, subject.get().from(), contentFrom))) {
				continue;
			}
			int first = subject.get().from();
			// ("that" is as often the conjunction that opens a second content: "said A and that critics said B")
			boolean relative = RELATIVE_PRONOUNS.contains(tokens.get(first).lower())
					|| first - 1 > contentFrom && RELATIVE_PRONOUNS.contains(tokens.get(first - 1).lower());
			// (but "..., to which the minister said": an answer, a report of its own)
			boolean answer = answers(tokens, first, contentFrom);
			if (open != null && first > contentFrom && relative && !relativeSpeaker && !answer) {
				// "X said the plan, which critics say is too costly, would go ahead": a report in a relative clause
				// of the content is part of it
				continue;
			}
			if (open != null) {
				// (the content before a relative speaker ends before its "who")
				int adverbial = adverbialOpening(tokens, first, contentFrom);
				int before = relativeSpeaker ? relativeAt(tokens, contentFrom, cue.from())
						: answer ? first - 3 : (adverbial > 0) ? adverbial : subject.get().from() - 1;
				addQuote(quotes, sentence, contentFrom, before, open, openSubject);
			}
			open = cue;
			openSubject = subject.get();
			contentFrom = this.clauses.contentStart(tokens, cue);
			// ("Citing a statement released by X's office, INA reported that Q": the cited source says Q, which the
			// outlet passes on)
			Optional<Clauses.Subject> citedFirst = citedOpening(sentence);
			if (citedFirst.isPresent() && citedFirst.get().to() < first && this.clauses.passesOn(openSubject.phrase())) {
				openSubject = citedFirst.get();
			}
		}
		if (open != null) {
			addQuote(quotes, sentence, contentFrom, sentenceEnd(tokens), open, openSubject);
		}
		return quotes;
	}

	/**
	 * {@code The daily cited sources indicating that Q}: where the participle stands by which who is cited reports;
	 * -1 when none does.
	 */
	private int citedReporter(List<Token> tokens, Clauses.CueMatch cue) {
		if (!tokens.get(cue.from()).is("cited") && !tokens.get(cue.from()).is("quoted")) {
			return -1;
		}
		int i = cue.to();
		while (i < tokens.size() && i < cue.to() + 6 && OBJECT_OPENERS.contains(tokens.get(i).tag())) {
			i++;
		}
		boolean reports = i > cue.to() && i < tokens.size() && tokens.get(i).lower().endsWith("ing")
				&& this.clauses.isReportWord(tokens.get(i).lower());
		return reports ? i : -1;
	}

	/**
	 * Cues inside the subject of a later cue, in a relative clause about its speaker: {@code The envoy, who asked not
	 * to be named, said ...}.
	 */
	private List<Clauses.CueMatch> asides(Sentence sentence, List<Clauses.CueMatch> cues) {
		List<Clauses.CueMatch> asides = new ArrayList<>();
		for (Clauses.CueMatch cue : cues) {
			if (cue.isAccordingTo() || cue.cue().isParticiple()) {
				continue;
			}
			Optional<Clauses.Subject> subject = this.clauses.subjectBefore(sentence.tokens(), sentence.from(),
					cue.from(), sentence.passage().text);
			if (subject.isPresent()) {
				int from = subject.get().from();
				int to = subject.get().to();
				// the subject itself, and an aside set off by commas between it and the cue
				boolean aside = to < cue.from() && sentence.tokens().get(to).text().equals(",");
				for (Clauses.CueMatch earlier : cues) {
					boolean inside = earlier.from() >= from && earlier.from() < to;
					boolean inAside = aside && earlier.from() > to && earlier.from() < cue.from();
					if (earlier != cue && (inside || inAside)) {
						asides.add(earlier);
					}
				}
			}
		}
		return asides;
	}

	private void addQuote(List<Candidate> quotes, Sentence sentence, int start, int end, Clauses.CueMatch cue,
			Clauses.Subject subject) {
		int contentEnd = contentEnd(sentence, start, end, cue);
		if (contentEnd > 0) {
			double confidence = subject.phrase().isName() ? 0.8 : 0.7;
			quotes.add(sentence.quote(start, contentEnd, cue, subject, confidence, "preverbal"));
		}
	}

	/**
	 * Where a content ends before the medium its report came in, which closes the sentence: "said the road would
	 * reopen [in a statement].", "[in a televised speech on Monday]"; {@code end} when none does.
	 */
	private static int mediumEnd(List<Token> tokens, int start, int end) {
		int last = end;
		while (last > start && tokens.get(last - 1).isPunct() && !Clauses.isQuoteMark(tokens.get(last - 1))) {
			last--;
		}
		while (last > start && isTimeWord(tokens.get(last - 1))) {
			last--;
		}
		if (last - 1 > start && tokens.get(last - 1).is("on")
				|| last > start && Clauses.DAYS.contains(tokens.get(last - 1).lower())) {
			// ("... in a statement on Monday")
			int k = last - 1;
			while (k > start && !tokens.get(k).is("on")) {
				k--;
			}
			last = (k > start && last - k <= 2) ? k : last;
		}
		if (last - 2 <= start || !Clauses.MEDIA.contains(tokens.get(last - 1).lower())) {
			return end;
		}
		for (int k = last - 2; k > start && k >= last - 5; k--) {
			Token token = tokens.get(k);
			// (but not after a passive's participle, whose place it is: "the plan was outlined in a statement")
			Token before = tokens.get(k - 1);
			boolean passive = before.isVerb() && k - 2 >= start && Clauses.isBe(tokens.get(k - 2));
			if ((token.is("in") || token.is("during") || token.is("via")) && k - 1 > start && !before.isPunct()
					&& !passive && Clauses.firstVerb(tokens, start, k) >= 0) {
				return k;
			}
			if (!(token.tag().equals("DET") || token.tag().equals("ADJ") || token.tag().equals("NOUN")
					|| token.tag().equals("PROPN") || token.tag().equals("VERB") && token.lower().endsWith("ed"))) {
				return end;
			}
		}
		return end;
	}

	/** Whether tokens {@code [start, end)} after a cue are what it reports: a clause, or a noun phrase it takes. */
	private boolean reports(Sentence sentence, int start, int end, Clauses.CueMatch cue) {
		return contentEnd(sentence, start, end, cue) > 0;
	}

	/** Where the content a cue reports in tokens {@code [start, end)} ends; -1 when they report nothing. */
	private int contentEnd(Sentence sentence, int start, int end, Clauses.CueMatch cue) {
		List<Token> tokens = sentence.tokens();
		while (end > start && (tokens.get(end - 1).text().equals(",") || tokens.get(end - 1).is("and")
				|| tokens.get(end - 1).is("while") || tokens.get(end - 1).is("but")
				|| Clauses.DASHES.contains(tokens.get(end - 1).text()))) {
			end--;
		}
		end = this.clauses.contentEnd(tokens, start, end, sentence.passage().quotations);
		end = this.clauses.characterizationEnd(tokens, start, end, cue);
		end = mediumEnd(tokens, start, end);
		if (start < end && Clauses.isQuoteMark(tokens.get(start))) {
			// "X noted “they came through the airport” but he refused to give details": the quotation is the content;
			// a pronoun's clause after it is the narrator's
			for (int k = start + 1; k + 3 < end; k++) {
				if (Clauses.isQuoteMark(tokens.get(k))) {
					boolean narrated = (tokens.get(k + 1).is("but") || tokens.get(k + 1).is("and"))
							&& Clauses.SUBJECT_PRONOUNS.contains(tokens.get(k + 2).lower())
							&& Clauses.isFiniteVerb(tokens, k + 3) && tokens.get(k + 3).tag().equals("VERB");
					end = narrated ? k + 1 : end;
					break;
				}
			}
		}
		// (a measure of time may come first: "A day after X accused Y of Z, ...", "Hours before ...")
		int opener = sentence.from();
		while (opener < cue.from() && opener - sentence.from() < 3 && !OPENING_CLAUSES.contains(tokens.get(opener).lower())
				&& (TIME_MEASURES.contains(tokens.get(opener).lower()) || tokens.get(opener).tag().equals("NUM")
						|| tokens.get(opener).is("a") || tokens.get(opener).is("just") || tokens.get(opener).is("only"))) {
			opener++;
		}
		opener = OPENING_CLAUSES.contains(tokens.get(opener).lower()) ? opener : sentence.from();
		// (and "Much as X has claimed A, Y did B": a concession)
		boolean concession = Clauses.concessionAt(tokens, opener, cue.from());
		if ((OPENING_CLAUSES.contains(tokens.get(opener).lower()) || concession)
				&& !commaBetween(tokens, opener, cue.from())) {
			// "After X accused Y of Z, the agency released a statement": the report ends with the clause it opens
			int main = mainClauseAt(tokens, start, end);
			end = (main > 0) ? main : end;
		}
		int who = relativeAt(tokens, sentence.from(), cue.from());
		if (who > sentence.from() && tokens.get(who - 1).text().equals(",")) {
			// "The man, who said he acted alone, was arrested": the aside ends where the main clause's verb comes back
			for (int i = start + 1; i + 1 < end; i++) {
				if (tokens.get(i).text().equals(",") && Clauses.isFiniteVerb(tokens, i + 1)
						&& !Clauses.insideQuotation(tokens.get(i).start(), sentence.passage().quotations)) {
					end = i;
					break;
				}
			}
		}
		boolean clause = cue.cue().takesNounPhrase() || Clauses.opensClause(tokens, start, end);
		return (start < end && clause && this.clauses.isValidContent(tokens, start, end, cue)) ? end : -1;
	}

	/**
	 * Whether ", to which" stands before the subject at {@code subjectFrom}: "asked X if A, to which the minister said
	 * that B", an answer, a report of its own.
	 */
	private static boolean answers(List<Token> tokens, int subjectFrom, int contentFrom) {
		return subjectFrom - 3 > contentFrom && tokens.get(subjectFrom - 1).is("which")
				&& (tokens.get(subjectFrom - 2).tag().equals("ADP") || tokens.get(subjectFrom - 2).is("to"))
				&& tokens.get(subjectFrom - 3).text().equals(",");
	}

	/** Cues by which an outlet relays a report it opens its content with: "X reported that Y said". */
	private static final Set<String> RELAYING = Set.of("reported", "reports", "report", "wrote", "writes");

	/** Whether "who" stands right before the cue at {@code cue}, past its auxiliaries and adverbs: "who has said". */
	private static boolean relativeSubject(List<Token> tokens, int from, int cue) {
		int k = relativeAt(tokens, from, cue);
		return k > from && (tokens.get(k - 1).text().equals(",") || tokens.get(k - 1).tag().equals("PROPN"));
	}

	/** Where the "who" before the cue at {@code cue} stands, past auxiliaries and adverbs; -1 when none does. */
	private static int relativeAt(List<Token> tokens, int from, int cue) {
		int k = cue - 1;
		while (k > from && (tokens.get(k).tag().equals("ADV") || tokens.get(k).tag().startsWith("AUX"))) {
			k--;
		}
		return (k > from && tokens.get(k).is("who")) ? k : -1;
	}

	/** What measures the time before a subordinator: "A day after", "Hours before", "Two weeks after". */
	private static final Set<String> TIME_MEASURES = Set.of("day", "days", "hours", "hour", "minutes", "moments",
			"weeks", "week", "months", "month", "years", "year", "shortly", "soon", "long", "two", "three", "few");

	/** Subordinators that open a sentence with a clause of their own before the main one ("as" rather cites it). */
	private static final Set<String> OPENING_CLAUSES = Set.of("after", "before", "when", "while", "since", "although",
			"though", "once", "until", "because", "whereas");

	/** The comma in {@code [start, end)} after which the main clause starts, a subject and its verb; -1 when none. */
	private static int mainClauseAt(List<Token> tokens, int start, int end) {
		for (int i = start + 1; i + 2 < end; i++) {
			if (!tokens.get(i).text().equals(",") || !Clauses.NOMINAL_OPENERS.contains(tokens.get(i + 1).tag())) {
				continue;
			}
			for (int k = i + 2; k < end && k <= i + 9 && !tokens.get(k).isPunct(); k++) {
				if (Clauses.isFiniteVerb(tokens, k)) {
					return i;
				}
			}
		}
		return -1;
	}

	private static boolean commaBetween(List<Token> tokens, int from, int to) {
		for (int i = from; i < to; i++) {
			if (tokens.get(i).text().equals(",")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A cue whose subject stands after a comma or a conjunction starts a clause of its own, unless the comma only
	 * closes a subordinate clause that opens the content ({@code He added that although A, B insisted C}).
	 */
	private static boolean startsClause(List<Token> tokens, int subjectFrom, int contentFrom) {
		int i = subjectFrom - 1;
		boolean conjunction = false;
		if (answers(tokens, subjectFrom, contentFrom)) {
			return true;
		}
		if (adverbialOpening(tokens, subjectFrom, contentFrom) > 0) {
			return true;
		}
		if (endsNameList(tokens, subjectFrom, contentFrom)) {
			return false;
		}
		// ("X called on Y to stop A as Z accused him of B": a name's report that "as" opens)
		if (subjectFrom - 1 > contentFrom && Clauses.opensNamedClause(tokens, subjectFrom - 1)) {
			return true;
		}
		while (i > contentFrom && (tokens.get(i).is("while") || tokens.get(i).is("whereas")
				|| tokens.get(i).is("and") || tokens.get(i).is("but")
				|| (tokens.get(i).is("after") || tokens.get(i).is("before")) && tokens.get(i - 1).text().equals(",")
				|| Clauses.CONTRASTS.contains(tokens.get(i).lower())
						&& Clauses.DASHES.contains(tokens.get(i - 1).text()))) {
			conjunction = true;
			i--;
		}
		// ("X claimed A – although Y replied that B": a dash before the conjunction, as a comma)
		boolean comma = i > contentFrom && (tokens.get(i).text().equals(",") || tokens.get(i).text().equals(";")
				|| conjunction && Clauses.DASHES.contains(tokens.get(i).text()));
		if (!comma) {
			// "the FBI said A and prosecutors wrote B": a conjunction alone joins two reports too (but not the last
			// of a list of examples: "said the blocs, including X and the Y party have informed Z")
			return conjunction && i > contentFrom && !inExamples(tokens, contentFrom, i);
		}
		// (and a content that opens with a phrase before its subject: "explained that during the earlier rounds, the
		// negotiators urged for another round")
		// (a participle after a noun too: "that during a meeting held earlier this week in Baghdad, the delegation")
		boolean adverbial = !conjunction && tokens.get(contentFrom).tag().equals("ADP")
				&& !clauseBetween(tokens, contentFrom, i);
		if (opensSubordinate(tokens.get(contentFrom)) || adverbial) {
			for (int k = contentFrom + 1; k < i; k++) {
				if (tokens.get(k).text().equals(",") || tokens.get(k).text().equals(";")) {
					return true;
				}
			}
			return false;
		}
		return true;
	}

	/**
	 * Whether the subject at {@code subjectFrom} is the last of a list of names that opens the content, after its "and"
	 * or "or": "announced that Senators A, B, and C had declared ...", one subject of the content, no report of its
	 * own.
	 */
	private static boolean endsNameList(List<Token> tokens, int subjectFrom, int contentFrom) {
		int and = subjectFrom - 1;
		if (and <= contentFrom || !(tokens.get(and).is("and") || tokens.get(and).is("or"))
				|| !tokens.get(subjectFrom).isCapitalized()) {
			return false;
		}
		boolean list = false;
		for (int k = contentFrom; k < and; k++) {
			Token token = tokens.get(k);
			list |= token.text().equals(",");
			if (!token.text().equals(",") && !token.isCapitalized() && !Clauses.isQuoteMark(token)) {
				return false;
			}
		}
		return list;
	}

	/**
	 * {@code ..., but in the second he acknowledged B}: the comma before the conjunction that opens a second report with
	 * a short adverbial of its own before its subject at {@code subjectFrom}; -1 when none does.
	 */
	private static int adverbialOpening(List<Token> tokens, int subjectFrom, int contentFrom) {
		for (int k = subjectFrom - 1; k - 2 > contentFrom && k >= subjectFrom - 6 && !tokens.get(k).isVerb()
				&& !tokens.get(k).isPunct(); k--) {
			boolean after = tokens.get(k - 1).is("but") || tokens.get(k - 1).is("while") || tokens.get(k - 1).is("whereas");
			if (tokens.get(k).tag().equals("ADP") && after && tokens.get(k - 2).text().equals(",")) {
				return k - 2;
			}
		}
		return -1;
	}

	/** Whether token {@code at} stands in a list of examples that "including" opens after the last comma before it. */
	private static boolean inExamples(List<Token> tokens, int from, int at) {
		for (int k = at - 1; k > from; k--) {
			if (tokens.get(k).text().equals(",")) {
				return tokens.get(k + 1).is("including");
			}
		}
		return false;
	}

	/** {@code According to X, Q.} and {@code Q, according to X.} */
	private List<Candidate> accordingTo(Sentence sentence, List<Clauses.CueMatch> cues) {
		List<Token> tokens = sentence.tokens();
		String text = sentence.passage().text;
		for (Clauses.CueMatch cue : cues) {
			if (!cue.isAccordingTo()) {
				continue;
			}
			if (cues.stream().anyMatch((other) -> other.to() == cue.from() && !other.isAccordingTo()
					&& Clauses.isFiniteVerb(tokens, other.from()))) {
				// "Q, Kessa police said according to Kessa News": whom the report came through, not who speaks
				continue;
			}
			int subjectEnd = cue.to();
			// (past the commas of portfolios before a title: "according to Chief Political, Legal and Security
			// Minister X")
			while (subjectEnd < tokens.size() && (!tokens.get(subjectEnd).text().equals(",")
					|| this.clauses.portfoliosBeforeTitle(tokens, subjectEnd, tokens.size()))
					&& !(tokens.get(subjectEnd).isPunct() && subjectEnd == tokens.size() - 1)
					&& !tokens.get(subjectEnd).is("who") && !tokens.get(subjectEnd).is("which")) {
				subjectEnd++;
			}
			int phraseEnd = subjectEnd;
			if (phraseEnd - 2 > cue.to() && tokens.get(phraseEnd - 2).is("on")
					&& Clauses.DAYS.contains(tokens.get(phraseEnd - 1).lower())) {
				// "According to Turkey on Monday, Q": when the source said it is no part of it
				phraseEnd -= 2;
				if (phraseEnd - 1 > cue.to() && PUBLISHED.contains(tokens.get(phraseEnd - 1).lower())) {
					// ("According to a poll published on Tuesday, Q")
					phraseEnd--;
				}
			}
			Optional<Clauses.Subject> subject = this.clauses.phrase(tokens, cue.to(), phraseEnd, text);
			if (subject.isEmpty()) {
				continue;
			}
			boolean leading = this.clauses.skipConnectors(tokens, sentence.from(), cue.from()) == cue.from();
			int start = leading ? subjectEnd + 1 : sentence.from();
			if (!leading && start + 2 < cue.from() && (tokens.get(start).is("and") || tokens.get(start).is("but"))
					&& !tokens.get(start + 1).isVerb()) {
				// "And there are concerns that Q, according to analyst X": the link to the sentence before, no content
				start++;
			}
			if (leading && subjectEnd < tokens.size() && !tokens.get(subjectEnd).isPunct()) {
				// "According to military sources who spoke to X, Q": past the relative clause on the sources
				start = Clauses.nextComma(tokens, subjectEnd) + 1;
			}
			if (leading && start + 1 < tokens.size() && (tokens.get(start).is("who") || tokens.get(start).is("which"))
					&& tokens.get(subjectEnd).text().equals(",")) {
				// (and a relative clause set off by commas: "According to one official, who said he was part of the
				// delegation, Q")
				start = Clauses.nextComma(tokens, start) + 1;
			}
			while (leading && start < tokens.size() && Clauses.isQuoteMark(tokens.get(start))) {
				// ("According to “Sudan Tribune,” on Thursday, ...": past the mark that closes the source's name)
				start++;
			}
			int appositive = (leading && subject.get().phrase().isName() && !subject.get().phrase().organization())
					? appositiveEnd(tokens, start) : -1;
			if (appositive > 0) {
				// "According to X, global head of macro at ING, Q": the appositive is X's role
				subject = Optional.of(new Clauses.Subject(subject.get().phrase()
					.withRole(Clauses.span(tokens, start, appositive, text)), subject.get().from(), appositive));
				start = appositive + 1;
			}
			boolean described = leading && subject.get().phrase().form() == SpeakerPhrase.Form.DESCRIPTION
					&& this.clauses.isRoleWord(subject.get().phrase().head());
			int nameEnd = described ? Clauses.nextComma(tokens, start) : -1;
			if (described && nameEnd < tokens.size() && tokens.get(nameEnd).text().equals(",") && nameEnd - start >= 2
					&& nameEnd - start <= 4 && tokens.subList(start, nameEnd).stream()
						.allMatch((token) -> token.tag().equals("PROPN") || token.isCapitalized())) {
				// "According to a statement from the military spokesman, X, Q": the spokesman is named after
				int from = start;
				Optional<Clauses.Subject> named = this.clauses.phrase(tokens, start, nameEnd, text)
					.filter((found) -> found.phrase().isName() && !found.phrase().organization());
				if (named.isPresent()) {
					subject = Optional.of(new Clauses.Subject(named.get().phrase()
						.withRole(subject.get().phrase().text().replaceFirst("^(?i)the\\s+", "")), from, nameEnd));
					start = nameEnd + 1;
				}
			}
			if (leading && start + 2 < tokens.size() && (tokens.get(start).is("quoted") || tokens.get(start).is("cited"))
					&& tokens.get(start + 1).is("by")) {
				// ("According to X, quoted by Al Jazeera, Q": the outlet that carried the words, an aside)
				start = Clauses.nextComma(tokens, start) + 1;
			}
			int roleEnd = sentenceEnd(tokens);
			while (roleEnd > subjectEnd + 1 && tokens.get(roleEnd - 1).isPunct()) {
				roleEnd--;
			}
			boolean trailingRole = !leading && subjectEnd + 1 < roleEnd && tokens.get(subjectEnd).text().equals(",")
					&& subject.get().phrase().isName() && !subject.get().phrase().organization()
					&& subject.get().phrase().role() == null && Clauses.firstVerb(tokens, subjectEnd + 1, roleEnd) < 0
					&& this.clauses.isRoleWord(tokens.get(subjectEnd + 1).lower());
			if (trailingRole) {
				// "Q, according to X, head of the records department at the ministry.": X's role after X
				subject = Optional.of(new Clauses.Subject(subject.get().phrase()
					.withRole(Clauses.span(tokens, subjectEnd + 1, roleEnd, text)), subject.get().from(), roleEnd));
			}
			boolean roleFirst = !leading && subjectEnd + 1 < roleEnd && tokens.get(subjectEnd).text().equals(",")
					&& roleEnd - subjectEnd - 1 <= 4 && tokens.subList(subjectEnd + 1, roleEnd)
						.stream()
						.allMatch((token) -> token.tag().equals("PROPN"))
					&& tokens.subList(cue.to(), subjectEnd).stream().anyMatch((token) -> this.clauses.isRoleWord(token.lower()));
			Optional<Clauses.Subject> named = roleFirst ? this.clauses.phrase(tokens, subjectEnd + 1, roleEnd, text)
				.filter((found) -> found.phrase().isName() && !found.phrase().organization()) : Optional.empty();
			if (named.isPresent()) {
				// "Q, according to Iran's Permanent Representative to the United Nations, X.": the office, then who
				// holds it
				subject = Optional.of(new Clauses.Subject(named.get().phrase()
					.withRole(Clauses.span(tokens, cue.to(), subjectEnd, text).replaceFirst("^(?i)the\\s+", "")),
						cue.to(), roleEnd));
			}
			int end = leading ? sentenceEnd(tokens) : cue.from() - 1;
			if (leading && opensWithReport(sentence, cues, start, end)
					|| !leading && holdsReport(sentence, cues, start, end, true)) {
				// "According to media reports, Washington has warned that Q", "This comes after the army said Q,
				// according to Reuters": the inner report is the quote
				continue;
			}
			int sentenceEnd = sentenceEnd(tokens);
			int after = subjectEnd + 1;
			// (a paragraph may end with the source and no stop: "..., according to the military")
			boolean commaAfter = subjectEnd < tokens.size() && tokens.get(subjectEnd).text().equals(",");
			if (!leading && tokens.get(end).text().equals(",") && commaAfter
					&& cues.stream().anyMatch((other) -> !other.isAccordingTo() && other.from() == after)) {
				// "The prime minister, according to the readout, said that Q": the source only passes on the report
				// whose subject and cue stand round it
				continue;
			}
			boolean aside = !leading && end > sentence.from() && tokens.get(end).text().equals(",")
					&& subjectEnd + 1 < sentenceEnd && commaAfter
					&& Clauses.firstVerb(tokens, sentence.from(), end) < 0
					&& Clauses.firstVerb(tokens, subjectEnd + 1, sentenceEnd) >= 0
					&& this.clauses.isValidContent(tokens, sentence.from(), sentenceEnd, cue);
			if (aside) {
				// "The plan, according to officials, will cost $2 billion": the source set off inside the content
				return List.of(split(sentence, sentence.quote(start, end, cue, subject.get(), 0.7, "according-to"),
						sentence.quote(subjectEnd + 1, sentenceEnd, cue, subject.get(), 0.7, "according-to"), cue));
			}
			if (start < end && this.clauses.isValidContent(tokens, start, end, cue)) {
				return List.of(sentence.quote(start, end, cue, subject.get(), 0.7, "according-to"));
			}
		}
		return List.of();
	}

	private static final java.util.Set<String> APPOSITIVE_TAGS = java.util.Set.of("DET", "NOUN", "PROPN", "ADJ");

	/**
	 * The comma that closes an appositive opening at {@code start}: a noun phrase with no verb that holds a title or a
	 * speaker's noun, set off by commas, before a clause ({@code X, a senior analyst at Y, [Q]}); -1 when there is
	 * none ({@code According to X, the toll, which ..., rose}).
	 */
	private int appositiveEnd(List<Token> tokens, int start) {
		if (start >= tokens.size() || !APPOSITIVE_TAGS.contains(tokens.get(start).tag())) {
			return -1;
		}
		boolean role = false;
		for (int i = start + 1; i < tokens.size() && i < start + 16; i++) {
			Token token = tokens.get(i);
			role |= this.clauses.isRoleWord(tokens.get(i - 1).lower());
			if (token.text().equals(",")) {
				return (role && Clauses.firstVerb(tokens, i + 1, tokens.size()) > i) ? i : -1;
			}
			if (token.isPunct() && !token.text().equals("-") || Clauses.isFiniteVerb(tokens, i)) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * {@code X said A, with Y stressing that B}: an absolute clause after a comma that reports what its own subject
	 * said, when that subject is a source.
	 */
	private List<Candidate> absolute(Sentence sentence) {
		List<Token> tokens = sentence.tokens();
		String text = sentence.passage().text;
		List<Candidate> quotes = new ArrayList<>();
		for (int with = sentence.from() + 1; with < tokens.size(); with++) {
			if (!tokens.get(with - 1).text().equals(",")) {
				continue;
			}
			Optional<Clauses.CueMatch> cue = this.clauses.absoluteReport(tokens, with, tokens.size());
			if (cue.isEmpty()) {
				continue;
			}
			// ("with Malaysia once again saying": the adverbs before the cue are no part of its subject)
			int subjectEnd = cue.get().from();
			while (subjectEnd > with + 2 && tokens.get(subjectEnd - 1).tag().equals("ADV")) {
				subjectEnd--;
			}
			Optional<Clauses.Subject> subject = this.clauses.phrase(tokens, with + 1, subjectEnd, text)
				.filter((found) -> this.clauses.isSource(found.phrase())
						&& found.phrase().form() != SpeakerPhrase.Form.PRONOUN);
			int start = this.clauses.contentStart(tokens, cue.get());
			int end = this.clauses.contentEnd(tokens, start, sentenceEnd(tokens), sentence.passage().quotations);
			if (subject.isPresent() && this.clauses.isValidContent(tokens, start, end, cue.get())) {
				quotes.add(sentence.quote(start, end, cue.get(), subject.get(), 0.7, "absolute"));
			}
		}
		return quotes;
	}

	/**
	 * Whether the participle at {@code cue} is the cue of an absolute clause after a comma ("A took centre stage, with
	 * Malaysia once again reaffirming B"), which {@link #absolute} reads with its own subject.
	 */
	private boolean inAbsolute(List<Token> tokens, int from, int cue) {
		for (int with = from + 1; with < cue; with++) {
			if (tokens.get(with - 1).text().equals(",") && this.clauses.absoluteReport(tokens, with, tokens.size())
				.filter((found) -> found.from() == cue)
				.isPresent()) {
				return true;
			}
		}
		return false;
	}

	/** The reports of a sentence's lead, the tokens before a clause that a quotation claims. */
	private List<Candidate> leadReports(Passage passage, Span sentence, List<Token> lead, int from) {
		Sentence before = new Sentence(passage, sentence, lead, from, new IdentityHashMap<>());
		List<Clauses.CueMatch> cues = this.clauses.cues(lead, passage.quotations)
			.stream()
			.filter((cue) -> !cue.cue().quotationOnly())
			.toList();
		return preverbal(before, cues);
	}

	/**
	 * Whether a cue that reports only beside a quotation ends the sentence after a text named after a comma: "A, the
	 * statement read." reports A as "“A,” the statement read" does.
	 */
	private static boolean textReads(List<Token> tokens, Clauses.CueMatch cue) {
		boolean ends = cue.to() >= tokens.size() || tokens.get(cue.to()).text().equals(".");
		int text = cue.from() - 1;
		int comma = text - 1;
		while (comma > 0 && text - comma <= 3 && !tokens.get(comma).text().equals(",")) {
			comma--;
		}
		return tokens.get(cue.from()).lower().startsWith("read") && ends && text > 1
				&& Clauses.isText(tokens.get(text)) && comma > 0 && tokens.get(comma).text().equals(",");
	}

	/** Whether "that" follows the cue, or its listener's pronoun: "assuring that", "assuring them that". */
	private static boolean thatFollows(List<Token> tokens, Clauses.CueMatch cue) {
		int next = cue.to();
		if (next + 1 < tokens.size() && tokens.get(next).tag().equals("PRON") && !tokens.get(next).is("that")) {
			next++;
		}
		return next < tokens.size() && tokens.get(next).is("that");
	}

	/** {@code X congratulated Y, saying Q}: the subject of the clause before the comma says Q. */
	private List<Candidate> participle(Sentence sentence, List<Clauses.CueMatch> cues) {
		List<Token> tokens = sentence.tokens();
		String text = sentence.passage().text;
		for (Clauses.CueMatch cue : cues) {
			if (citesAfter(tokens, cue.from()) && Clauses.firstVerb(tokens, cue.to(), sentenceEnd(tokens)) < 0) {
				// "..., citing an anonymous “senior official.”": whom a report cites, no content
				continue;
			}
			int asideEnd = Clauses.nextComma(tokens, cue.to());
			if ((tokens.get(cue.from()).is("citing") || tokens.get(cue.from()).is("quoting"))
					&& asideEnd + 1 < tokens.size() && cues.stream().anyMatch((other) -> other.from() == asideEnd + 1)) {
				// "X, citing the embassy, said Q": an aside whom the report cites, before the report's own cue
				continue;
			}
			int end = cue.from() - 1;
			if (end > 0 && Clauses.isQuoteMark(tokens.get(end)) && tokens.get(end - 1).text().equals(",")) {
				end--;
			}
			if (end > 0 && WHILE.contains(tokens.get(end).lower()) && tokens.get(end - 1).text().equals(",")) {
				// "X confirmed that A, while stressing that B", "X failed to convince, however, after admitting that B"
				end--;
			}
			else if (end > 1 && WHILE.contains(tokens.get(end).lower()) && Clauses.isQuoteMark(tokens.get(end - 1))
					&& tokens.get(end - 2).text().equals(",")) {
				// (and after a quotation: "X said, “A,” while emphasizing that “B”")
				end -= 2;
			}
			// "released a statement saying Q", "responded by saying Q"
			// (and "released a statement following the incident saying Q": when it was released, between)
			int issued = Clauses.textBefore(tokens, sentence.from(), cue.from());
			boolean document = end > 0 && (Clauses.isText(tokens.get(end)) || issued >= 0);
			if (document && tokens.get(end).is("and")) {
				// ("issued a statement condemning X and saying Q": the subject before the text)
				end = issued;
			}
			// (and "backed up X's comments by adding that": past the verb's object)
			boolean means = end > 0 && tokens.get(end).is("by") && (tokens.get(end - 1).isVerb()
					|| Clauses.firstVerb(tokens, sentence.from(), end) >= 0);
			// "X has come forward claiming Q", "X kept saying Q"
			boolean afterVerb = end > 0 && (tokens.get(end).isVerb() || tokens.get(end).tag().equals("ADV")
					|| tokens.get(end).tag().equals("ADP")) && !tokens.get(end).is("by")
					&& !Clauses.isBe(tokens.get(end));
			// "X blasted the group stressing that Q": the comma left out before a participle that reports
			// (and "X reflected on the loss saying his side were ...": "saying" reports with or without "that")
			boolean clauseFollows = cue.to() < tokens.size() && (tokens.get(cue.to()).is("that")
					|| tokens.get(cue.from()).is("saying")
							&& Clauses.opensClause(tokens, cue.to(), sentenceEnd(tokens)));
			boolean noComma = end > 0 && (tokens.get(end).tag().equals("NOUN") || tokens.get(end).tag().equals("PROPN"))
					&& clauseFollows && Clauses.firstVerb(tokens, sentence.from(), end) >= 0;
			// (not a gerund a preposition governs: "its efforts of calling for a ceasefire", "expressed interest in
			// writing a piece", "left without saying a word")
			boolean gerund = end > 0 && GERUND_PREPOSITIONS.contains(tokens.get(end).lower());
			// ("X thanked them for their prayers while assuring them that Q": the comma left out before "while")
			boolean subordinate = end > 0 && WHILE.contains(tokens.get(end).lower()) && thatFollows(tokens, cue)
					&& Clauses.firstVerb(tokens, sentence.from(), end) >= 0;
			if (!cue.cue().isParticiple() || end <= 0 || gerund
					|| !(tokens.get(end).text().equals(",") || document || means || afterVerb || noComma || subordinate)
					|| inAbsolute(tokens, sentence.from(), cue.from())) {
				continue;
			}
			Optional<Clauses.Subject> subject = this.clauses.participleSubject(tokens, sentence.from(), end, text);
			int phrase = end;
			while (noComma && phrase > sentence.from() && NOUN_PHRASE_TAGS.contains(tokens.get(phrase - 1).tag())) {
				phrase--;
			}
			if (noComma && !document && !means && !afterVerb && phrase > sentence.from() && phrase < end
					&& tokens.get(phrase - 1).is("from")) {
				// "The dispute began after criticism from opposition figures and press outlets alleging that Q": who
				// the criticism came from, whom the participle right after them describes
				int from = phrase;
				Optional<Clauses.Subject> critics = this.clauses.phrase(tokens, from, end + 1, text)
					.filter((found) -> this.clauses.isSource(found.phrase()) && found.phrase().plural());
				subject = critics.isPresent() ? critics : subject;
			}
			if (subject.isPresent()
					&& Clauses.insideQuotation(tokens.get(subject.get().from()).start(), sentence.passage().quotations)) {
				// "He added that “A. They are costly,” noting that B": not a subject inside the quotation, but who
				// reports the quotation the participle follows
				subject = quotationReporter(sentence.passage(), tokens.get(subject.get().from()).start());
			}
			if (subject.isPresent() && document && !tokens.get(end).text().equals(",")
					&& Clauses.deniesIssuing(tokens, subject.get().to(), end)) {
				// "X has yet to issue a statement confirming Q": no statement, no report
				return List.of();
			}
			if (subject.isPresent() && CLAIMS.contains(tokens.get(end).lower()) && tokens
				.subList(subject.get().to(), end)
				.stream()
				.anyMatch((token) -> DISPUTING.contains(token.lower()))) {
				// "The ministry dismissed media reports stating that Q": the reports' claim, which the subject rejects
				continue;
			}
			int cited = citedThat(tokens, cue);
			if (subject.isPresent() && cited > 0) {
				// "the daily reported, citing officials close to X, that Q": who is cited says Q
				Optional<Clauses.Subject> source = this.clauses.phrase(tokens, cue.to(), cited - 1, text)
					.filter((found) -> this.clauses.isSource(found.phrase()));
				if (source.isPresent() && this.clauses.isValidContent(tokens, cited + 1, sentenceEnd(tokens), cue)) {
					return List.of(sentence.quote(cited + 1, sentenceEnd(tokens), cue, source.get(), 0.7, "participle"));
				}
			}
			if (subject.isPresent()) {
				int contentStart = this.clauses.contentStart(tokens, cue);
				// "saying it would let the RSF regroup, as fighting intensified": the narrator's clause again
				int contentEnd = this.clauses.contentEnd(tokens, contentStart, sentenceEnd(tokens),
						sentence.passage().quotations);
				// (and "X did A, noting B, and expressed confidence that C": the subject's next report ends it)
				for (Clauses.CueMatch later : cues) {
					if (later.from() - 2 > contentStart && later.from() - 2 < contentEnd && !later.cue().isParticiple()
							&& !later.isAccordingTo() && tokens.get(later.from() - 1).is("and")
							&& tokens.get(later.from() - 2).text().equals(",")) {
						contentEnd = later.from() - 2;
					}
				}
				if (this.clauses.isValidContent(tokens, contentStart, contentEnd, cue)) {
					Candidate quote = sentence.quote(contentStart, contentEnd, cue, subject.get(), 0.65, "participle");
					// ("X addressed them, stating, “A,” while emphasizing that “B”": a second report after "while")
					int after = contentEnd;
					List<Clauses.CueMatch> later = cues.stream()
						.filter((next) -> next.from() > after && next.cue().isParticiple()
								&& WHILE.contains(tokens.get(next.from() - 1).lower()))
						.toList();
					List<Candidate> more = later.isEmpty() ? List.of() : participle(sentence, later);
					return more.isEmpty() ? List.of(quote)
							: java.util.stream.Stream.concat(java.util.stream.Stream.of(quote), more.stream()).toList();
				}
				// ("a statement condemning the clashes and saying Q": the next participle may report)
				boolean coordinated = cues.stream().anyMatch((later) -> later.from() > cue.from()
						&& later.cue().isParticiple() && tokens.get(later.from() - 1).is("and"));
				if (!coordinated) {
					return List.of();
				}
			}
		}
		return List.of();
	}

	/** {@code The source who asked to remain anonymous [added that]}: why a source is unnamed, no report. */
	private static boolean asksAnonymity(List<Token> tokens, Clauses.CueMatch cue) {
		int i = cue.to();
		if (!tokens.get(cue.from()).is("asked") && !tokens.get(cue.from()).is("requested")) {
			return false;
		}
		if (i < tokens.size() && tokens.get(i).is("not")) {
			i++;
		}
		return i + 2 < tokens.size() && tokens.get(i).is("to")
				&& (tokens.get(i + 1).is("remain") || tokens.get(i + 1).is("be") || tokens.get(i + 1).is("stay"))
				&& Set.of("anonymous", "unnamed", "named", "identified").contains(tokens.get(i + 2).lower());
	}

	/** {@code citing X, that Q}: where the "that" stands after a citing participle and its comma; -1 when none does. */
	private static int citedThat(List<Token> tokens, Clauses.CueMatch cue) {
		return citedThat(tokens, cue.from());
	}

	/** The source a sentence opens by citing, "Citing a statement by X's office, ...", up to its comma; else empty. */
	private Optional<Clauses.Subject> citedOpening(Sentence sentence) {
		List<Token> tokens = sentence.tokens();
		int from = sentence.from();
		if (from + 2 >= tokens.size() || !tokens.get(from).is("citing") && !tokens.get(from).is("quoting")) {
			return Optional.empty();
		}
		int comma = Clauses.nextComma(tokens, from + 1);
		return (comma < tokens.size()) ? this.clauses.phrase(tokens, from + 1, comma, sentence.passage().text)
			.filter((found) -> this.clauses.isSource(found.phrase())) : Optional.empty();
	}

	/** The "that" a short phrase from {@code from} runs to, no verb or comma before it; -1 when none. */
	private static int thatAfter(List<Token> tokens, int from) {
		for (int i = from + 1; i < tokens.size() && i <= from + 8; i++) {
			if (tokens.get(i).is("that")) {
				return i;
			}
			if (tokens.get(i).isVerb() || tokens.get(i).isPunct()) {
				return -1;
			}
		}
		return -1;
	}

	private static int citedThat(List<Token> tokens, int citing) {
		if (citing >= tokens.size() || !tokens.get(citing).is("citing") && !tokens.get(citing).is("quoting")) {
			return -1;
		}
		for (int i = citing + 2; i + 1 < tokens.size() && i <= citing + 11; i++) {
			if (tokens.get(i).text().equals(",")) {
				return tokens.get(i + 1).is("that") ? i + 1 : -1;
			}
			if (tokens.get(i).isVerb()) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * {@code ... as telling Y that A while Z also stated that B}: where a second report of someone else's, which
	 * "while" or "whereas" opens, ends the content that starts at {@code from}; the sentence's end when none does.
	 */
	private int secondReportAt(Sentence sentence, List<Clauses.CueMatch> cues, int from) {
		List<Token> tokens = sentence.tokens();
		for (Clauses.CueMatch later : cues) {
			if (later.from() <= from || later.cue().isParticiple() || later.isAccordingTo()) {
				continue;
			}
			for (int k = later.from() - 1; k > from; k--) {
				if (tokens.get(k).is("while") || tokens.get(k).is("whereas")) {
					int opens = k;
					boolean speaker = this.clauses.subjectBefore(tokens, k + 1, later.from(), sentence.passage().text)
						.filter((found) -> found.from() == opens + 1 && this.clauses.isSource(found.phrase()))
						.isPresent();
					if (speaker) {
						return k;
					}
					break;
				}
			}
		}
		return sentenceEnd(tokens);
	}

	/** The subject of the cue that introduces the quotation around {@code offset}, in the sentence where it opens. */
	private Optional<Clauses.Subject> quotationReporter(Passage passage, int offset) {
		for (Quotation quotation : passage.quotations) {
			if (quotation.open() > offset || quotation.closed() && quotation.close() < offset) {
				continue;
			}
			int opening = passage.sentenceAt(quotation.open());
			List<Token> tokens = passage.tokens(opening);
			int from = 0;
			while (from < tokens.size() && tokens.get(from).start() < passage.sentenceStart(opening)) {
				from++;
			}
			Clauses.CueMatch introducer = null;
			for (Clauses.CueMatch cue : this.clauses.cues(tokens, passage.quotations)) {
				if (cue.from() >= from && tokens.get(cue.from()).start() < quotation.open() && !cue.cue().isParticiple()) {
					introducer = cue;
				}
			}
			return (introducer == null) ? Optional.empty()
					: this.clauses.subjectBefore(tokens, from, introducer.from(), passage.text);
		}
		return Optional.empty();
	}

	/**
	 * {@code The agency quoted X as saying Q}, {@code X was quoted as saying Q} and {@code Q, X was quoted as
	 * saying}: X speaks, whoever passed it on.
	 */
	private List<Candidate> quotedAs(Sentence sentence, List<Clauses.CueMatch> cues) {
		List<Token> tokens = sentence.tokens();
		String text = sentence.passage().text;
		for (int i = sentence.from(); i + 2 < tokens.size(); i++) {
			int as = Clauses.asSaying(tokens, i, 24);
			if (as < 0) {
				continue;
			}
			Clauses.CueMatch cue = new Clauses.CueMatch(new Lexicon.Cue(List.of(tokens.get(as + 1).lower()), true),
					as + 1, as + 2);
			// ("X was also quoted by Reuters as saying": an adverb may stand between)
			int be = i - 1;
			while (be > sentence.from() && tokens.get(be).tag().equals("ADV")) {
				be--;
			}
			boolean passive = be >= sentence.from() && i > sentence.from() && Clauses.isBe(tokens.get(be));
			Optional<Clauses.Subject> subject;
			if (passive && be > sentence.from() && tokens.get(be - 1).text().equals(",")) {
				// "X, Dortmund director, was quoted by the Sun as telling Y": the name before its apposition
				subject = this.clauses.subjectBefore(tokens, sentence.from(), be, text);
			}
			else if (passive) {
				int start = this.clauses.skipConnectors(tokens, this.clauses.segmentStart(tokens, sentence.from(),
						be), be);
				subject = this.clauses.phrase(tokens, start, be, text);
			}
			else if (tokens.get(as - 1).text().equals(",")) {
				// "quoted X, head of Y, as saying"
				subject = this.clauses.subjectBefore(tokens, i + 1, as, text);
			}
			else {
				int end = as;
				while (end > i + 1 && isTimeWord(tokens.get(end - 1))) {
					end--;
				}
				// ("quoted an unnamed official on Monday as saying": the day's preposition too)
				if (end < as && end > i + 2 && tokens.get(end - 1).tag().equals("ADP")) {
					end--;
				}
				subject = this.clauses.phrase(tokens, i + 1, end, text);
			}
			// "X's office quoted her as saying": him or her is the speaker the article named
			boolean pronoun = subject.isPresent() && subject.get().phrase().form() == SpeakerPhrase.Form.PRONOUN;
			if (subject.isEmpty() || pronoun && !passive && !subject.get().phrase().isPersonalPronoun()) {
				continue;
			}
			int contentStart = this.clauses.contentStart(tokens, cue);
			int contentEnd = secondReportAt(sentence, cues, contentStart);
			// (but an opening quotation mark is the content's own)
			while (contentStart < contentEnd && isTimeWord(tokens.get(contentStart))
					&& !Clauses.isQuoteMark(tokens.get(contentStart))) {
				contentStart++;
			}
			// ("Q, X was quoted as saying by the Y agency.": who passed it on is no content)
			boolean agentOnly = contentStart < contentEnd && tokens.get(contentStart).is("by")
					&& tokens.subList(contentStart, contentEnd).stream().noneMatch(Token::isVerb);
			if (contentEnd - contentStart > 2 && !agentOnly
					&& this.clauses.isValidContent(tokens, contentStart, contentEnd, cue)) {
				return List.of(sentence.quote(contentStart, contentEnd, cue, subject.get(), 0.7, "quoted-as"));
			}
			// "Q, X was quoted as saying"; "Q, the channel quoted X as saying on Saturday": the clause before the
			// comma that opens the passer-on's
			int comma = passive ? subject.get().from() - 1 : this.clauses.segmentStart(tokens, sentence.from(), i) - 1;
			if (comma > sentence.from() && tokens.get(comma).text().equals(",")
					&& this.clauses.isValidContent(tokens, sentence.from(), comma, cue)) {
				// ("The army said it repelled A, the daily quoted its spokesman X as saying": what the army said, which
				// its spokesman says for it; but "A senior official has told Y that A, ... quoted X as saying" is X's)
				int from = sentence.from();
				Optional<Clauses.CueMatch> body = opensWithReport(sentence, cues, from, comma)
						? organizationReport(sentence, cues, comma) : Optional.empty();
				if (body.isPresent()) {
					int innerStart = this.clauses.contentStart(tokens, body.get());
					from = (innerStart < comma) ? innerStart : from;
				}
				return List.of(sentence.quote(from, comma, cue, subject.get(), 0.7, "quoted-as"));
			}
		}
		return List.of();
	}

	private static boolean isTimeWord(Token token) {
		return token.isPunct() || Clauses.isTemporal(token.lower());
	}

	/**
	 * The reporting participle after a comma that goes on with the speaker's words ({@code ..., said X, adding Q});
	 * -1 when none does (not {@code ..., officials said, causing blackouts}).
	 */
	private int participleAfter(List<Token> tokens, int from) {
		for (int i = from; i + 1 < tokens.size(); i++) {
			if (tokens.get(i).text().equals(",") && tokens.get(i + 1).lower().endsWith("ing")
					&& tokens.get(i + 1).isVerb()) {
				// "..., Channel 12 reported, citing officials": who is cited is a source, not more of the content
				String word = tokens.get(i + 1).lower();
				// (and what was asked is no more of it: "..., X said, answering a question about Y")
				boolean goesOn = this.clauses.isReportWord(word) && !word.equals("citing") && !word.equals("quoting");
				return goesOn ? i + 1 : -1;
			}
		}
		return -1;
	}

	/** {@code said after the match that}: a short adverbial with no verb or comma, then "that". */
	private static boolean thatAfterAdverbial(List<Token> tokens, int from) {
		if (from >= tokens.size() || !tokens.get(from).tag().equals("ADP")) {
			return false;
		}
		for (int i = from + 1; i < tokens.size() && i <= from + 6; i++) {
			Token token = tokens.get(i);
			if (token.is("that")) {
				return true;
			}
			if (token.isPunct() || token.isVerb()) {
				return false;
			}
		}
		return false;
	}

	/** {@code ..., Xinhua reported citing the statement}: whom the cue cites, with no comma before. */
	private static boolean citesAfter(List<Token> tokens, int from) {
		return from < tokens.size() && (tokens.get(from).is("citing") || tokens.get(from).is("quoting"));
	}

	/** {@code ..., X reported Tuesday, citing Y.}: the reporting clause ends, when past, with whom it cites. */
	private static boolean endsCiting(List<Token> tokens, int from) {
		int i = from;
		while (i < tokens.size() && (isTimeWord(tokens.get(i)) || tokens.get(i).is("on")) && !tokens.get(i).text().equals(",")) {
			i++;
		}
		// (or whom the report came through: "Q, police said according to Kessa News")
		boolean through = i + 2 < tokens.size() && tokens.get(i).is("according") && tokens.get(i + 1).is("to");
		return through || i + 1 < tokens.size() && tokens.get(i).text().equals(",") && citesAfter(tokens, i + 1);
	}

	/** Whether only where the words came out follows, to the sentence's end: {@code said in a statement.} */
	private static boolean endsInMedium(List<Token> tokens, int from) {
		int end = sentenceEnd(tokens);
		return from + 2 < end && end - from <= 6 && (tokens.get(from).is("in") || tokens.get(from).is("on"))
				&& Clauses.firstVerb(tokens, from, end) < 0
				&& tokens.subList(from, end).stream().anyMatch((token) -> Clauses.MEDIA.contains(token.lower()));
	}

	/** What opens a narrator's clause or a subordinate one: a subordinator, "amid" or "despite". */
	private static boolean opensSubordinate(Token token) {
		return Clauses.isSubordinator(token) || token.is("amid") || token.is("despite");
	}

	/** {@code ..., officials said on Sunday, as crews worked ...}: the reporting clause ends at a narrator's clause. */
	private static boolean narratorClauseFollows(List<Token> tokens, int from) {
		for (int i = from; i + 1 < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (token.text().equals(",")) {
				return opensSubordinate(tokens.get(i + 1));
			}
			// "..., the carmaker said on Friday after reaching a deal": past the time words, a subordinator
			// (and "... X reiterated during his speech at the forum, which ...": when, the narrator's)
			boolean pastTime = i == from || isTimeWord(tokens.get(i - 1)) || tokens.get(i - 1).is("on")
					// (and past where: "X said on Thursday at the press conference after China lost")
					|| i - from <= 8 && tokens.get(i - 1).tag().equals("NOUN") && IntStream.range(from, i)
						.anyMatch((k) -> tokens.get(k).is("at") && (k == from || isTimeWord(tokens.get(k - 1))));
			// (and "..., he added without giving figures": what the speaker left out, the narrator's)
			if (pastTime && (token.is("after") || token.is("before") || token.is("following") || token.is("amid")
					|| token.is("as") || token.is("while") || token.is("during") || token.is("without"))) {
				return true;
			}
			if (token.isVerb()) {
				return false;
			}
		}
		return false;
	}

	/**
	 * {@code Q, an official said on Monday, a day after ...}: a comma within a few words of the cue, before any verb,
	 * ends the reporting clause; what follows is the narrator's.
	 */
	private static boolean clauseEndsAfter(List<Token> tokens, int from) {
		// (a few words: "said in a meeting with Japanese journalists, SIA informs"; or where, with whom and when:
		// "said at a joint news conference with his counterpart X in Y on Tuesday, Z reports")
		for (int i = from; i < tokens.size() && i < from + CLAUSE_END_WORDS; i++) {
			Token token = tokens.get(i);
			if (token.text().equals(",") && !Clauses.inList(tokens, i, tokens.size())) {
				return i > from || i + 1 < tokens.size();
			}
			if (token.isVerb() || Clauses.isQuoteMark(token) || token.is("that")) {
				return false;
			}
		}
		return false;
	}

	/** How far after a cue a comma may end its clause, when no verb stands between. */
	private static final int CLAUSE_END_WORDS = 16;

	/** Whether only time words and punctuation follow: {@code said on Monday.} */
	private static boolean endsClause(List<Token> tokens, int from) {
		for (int i = from; i < tokens.size(); i++) {
			if (!isTimeWord(tokens.get(i)) && !tokens.get(i).is("on")) {
				return false;
			}
		}
		return true;
	}

	/**
	 * {@code Q, X said on Monday, adding Q2}: the reporting clause ends with a participle that goes on; not when the
	 * cue has content of its own before it ({@code X said more than 50 towns were hit, including Y}).
	 */
	private boolean endsWithParticiple(List<Token> tokens, int from) {
		int participle = participleAfter(tokens, from);
		if (participle < 0) {
			return false;
		}
		for (int i = from; i < participle - 1; i++) {
			if (tokens.get(i).isVerb() || tokens.get(i).tag().equals("NOUN") && !Clauses.isTemporal(tokens.get(i).lower())) {
				return false;
			}
		}
		return true;
	}

	private static int sentenceEnd(List<Token> tokens) {
		return tokens.size();
	}

}
