package com.quotegraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds quotes in quotation marks and the cue beside them: {@code "Q," X said}, {@code "Q," said X},
 * {@code X said: "Q"}, the split {@code "A," he said, "B."} as one quote, and quotations that follow with no cue of
 * their own, which continue the same quote. A quotation that opens a sentence with no cue at all is kept as a
 * floating quote of the previous speaker; short fragments that nobody says (scare quotes, titles) are left alone.
 */
final class DirectQuotes {

	private static final int FLOATING_MIN_WORDS = 5;

	/** A possessive's words introducing a quotation: "In his words,", "In her own words:". */
	private static final Pattern IN_WORDS = Pattern.compile("(?i)in (his|her|their) (?:own )?words[,:]");

	/** Conjunctions that open a second clause after a quotation: "“Q,” while X said ...". */
	private static final Set<String> CONNECTORS = Set.of("while", "whereas", "and", "but");

	/** Tokens a speaker may take before a trailing cue: "IDF Chief of Staff Lt. Gen. X said". */
	private static final int TAIL_SUBJECT_MAX_TOKENS = 12;

	/**
	 * The furthest a cue stands after its quotation when a comma closes the speaker's apposition before it (an office,
	 * a second title and ranks whose stops are tokens: "the spokesperson for the armed forces, Commander-in-Chief, Maj.
	 * Gen. X, was quoted as saying").
	 */
	private static final int TAIL_APPOSITION_MAX_TOKENS = 24;

	/** How long the sentence of a cue may be after a quotation that a stop ends: "“Q.” Haftar added in a statement." */
	private static final int STOPPED_TAIL_MAX_TOKENS = 12;

	/**
	 * A cue after a quotation, where its clause ends, and what a participle in it goes on to report ({@code "Q," the
	 * ministry said, calling on the world to act}).
	 */
	private record Tail(Clauses.Subject subject, String cue, int end, @Nullable String more, @Nullable Span also,
			String alsoCue) {

		Tail(Clauses.Subject subject, String cue, int end) {
			this(subject, cue, end, null);
		}

		Tail(Clauses.Subject subject, String cue, int end, @Nullable String more) {
			this(subject, cue, end, more, null, "");
		}

	}

	/** A participle that opens a sentence with what its subject responds to: "Responding to X's statement that". */
	private static final java.util.regex.Pattern RESPONSES = java.util.regex.Pattern
		.compile("(?:Responding|Reacting|Replying|Referring)\\s+to\\b");

	private final Clauses clauses;

	DirectQuotes(Clauses clauses) {
		this.clauses = clauses;
	}

	List<Candidate> find(Passage passage) {
		return find(passage, null);
	}

	/** An opening participle's clause that tells when or where words were said: "Speaking after the match". */
	private static final java.util.regex.Pattern OCCASION = java.util.regex.Pattern
		.compile("(?:Speaking|Talking|Writing|Commenting|Addressing|Asked|Interviewed)\\b[^“”\",]{0,120}");

	/** The quotes of a passage; a quotation opening it may be introduced by the end of the previous one. */
	List<Candidate> find(Passage passage, @Nullable Passage previous) {
		List<List<Quotation>> groups = groups(passage);
		List<Candidate> found = new ArrayList<>();
		for (int g = 0; g < groups.size(); g++) {
			List<Quotation> group = groups.get(g);
			Quotation first = group.get(0);
			Quotation last = group.get(group.size() - 1);
			if (namesSource(passage, group)) {
				// "According to “Sudan Tribune,” X stated, “Q”": an outlet's name in quotation marks is no quote
				continue;
			}
			int sentence = passage.sentenceAt(first.open());
			int sentenceStart = passage.sentenceStart(sentence);
			// (a link to the sentence before is no narration: "However, “Q.”" goes on with the last speaker)
			String lead = passage.text.substring(sentenceStart, first.open()).strip().replaceFirst(",$", "");
			// (and nor is the occasion a participle opens: "Speaking after the match, “Q,” X told the BBC")
			String before = passage.text.substring(sentenceStart, first.open()).strip();
			boolean occasion = before.endsWith(",") && OCCASION.matcher(lead).matches();
			boolean narrativeBefore = passage.hasWords(sentenceStart, first.open())
					&& !Clauses.isDiscourseAside(lead.toLowerCase(Locale.ROOT)) && !occasion;
			// narration that a colon closes only introduces the quotation: "X confirmed the toll: "Q," he said."
			boolean introduced = passage.text.substring(sentenceStart, first.open()).strip().endsWith(":");
			Optional<Tail> tail = tail(passage, last).map((named) -> cited(passage, last, named));
			if (tail.isPresent() && narrativeBefore && !introduced && this.clauses.passesOn(tail.get().subject().phrase())
					&& narrationReports(passage, sentence, first.open())) {
				// "X expressed his “support for ...” at the talks, the agency reported": X's report, which the agency
				// only passes on (read as reported speech)
				continue;
			}
			if (tail.isPresent() && narrativeBefore && !introduced && RESPONSES.matcher(lead).lookingAt()) {
				// "Responding to X's statement that Y “Q,” the party accuses X of ...": the words responded to, which
				// are not the responder's
				continue;
			}
			Clauses.Subject subject;
			String cue;
			int end;
			double confidence;
			// (where the head's own clause starts, when a report of another's comes first: "X claimed A, while Y
			// said: “Q”")
			int headStart = -1;
			QuoteType type = (narrativeBefore && !introduced) ? QuoteType.MIXED : QuoteType.DIRECT;
			if (tail.isPresent() && IN_WORDS.matcher(before).matches()) {
				// "In his words, “Q,” X told reporters": no narration before the quotation, only who says it
				type = QuoteType.DIRECT;
			}
			boolean relayed = tail.isPresent() && tail.get().subject().phrase().form() != SpeakerPhrase.Form.PRONOUN
					&& (this.clauses.passesOn(tail.get().subject().phrase()) || RELAYING_CUES.contains(tail.get().cue()));
			Optional<Tail> passedOn = (relayed && introduced) ? head(passage, sentence, first, last, true)
					: Optional.empty();
			if (passedOn.isPresent()) {
				// "Minister X said in an interview with the newspaper: “Q”, Al-Rai reported": X's words, which the
				// outlet only passes on
				tail = passedOn;
				type = QuoteType.DIRECT;
			}
			if (tail.isPresent()) {
				subject = tail.get().subject();
				cue = tail.get().cue();
				end = tail.get().end();
				confidence = narrativeBefore ? 0.85 : 0.95;
			}
			else {
				// ("X appealed to Y to stabilise the situation in the north, “without delay.”": a fragment that ends a
				// report after a comma is part of it, a mixed quote, no words of their own)
				boolean fragment = !introduced && before.endsWith(",") && group.size() == 1
						&& words(passage.text, first.open(), last.close()) <= FRAGMENT_MAX_WORDS
						&& words(passage.text, sentenceStart, first.open()) >= 8
						&& passage.tokens(sentence).stream()
							.filter((token) -> token.start() > first.open() && token.end() <= last.close())
							.noneMatch((token) -> token.isVerb() || token.tag().startsWith("AUX")
									|| token.tag().startsWith("PRON") || SUBJECT_PRONOUN.matcher(token.lower()).matches());
				Optional<Tail> head = narrativeBefore && !fragment ? head(passage, sentence, first, last)
						: Optional.empty();
				if (fragment) {
					continue;
				}
				if (head.isPresent()) {
					subject = head.get().subject();
					cue = head.get().cue();
					end = head.get().end();
					type = QuoteType.DIRECT;
					confidence = 0.9;
					headStart = secondClauseStart(passage.tokens(sentence), subject.from(), sentenceStart);
				}
				else if (!narrativeBefore && words(passage.text, first.open(), last.close()) >= FLOATING_MIN_WORDS
						&& !subjectOfNarration(passage.text, last)) {
					Optional<Tail> introducer = (first.open() <= passage.bodyStart + 1 && previous != null)
							? introducer(previous) : Optional.empty();
					subject = introducer.map(Tail::subject).orElse(null);
					cue = introducer.map(Tail::cue).orElse("");
					end = sentenceEndAfter(passage, last);
					confidence = introducer.isPresent() ? 0.85 : 0.6;
				}
				else {
					continue;
				}
			}
			StringBuilder text = new StringBuilder();
			// ("She said the clash was “Q,” she said": the content after the cue the narration opens with)
			int mixedStart = (type == QuoteType.MIXED && tail.isPresent())
					? headContent(passage, sentence, first.open()) : sentenceStart;
			int contentStart = (type == QuoteType.MIXED) ? mixedStart : first.open() + 1;
			if (type == QuoteType.MIXED) {
				// (its closing mark kept, as a mixed quote's text keeps it: "X “have failed”")
				text.append(passage.text, mixedStart, last.closed() ? last.close() + 1 : last.close());
			}
			else {
				appendContent(text, passage.text, group);
			}
			int contentEnd = last.close();
			boolean openEnded = !last.closed();
			if (tail.isPresent() && tail.get().more() != null) {
				text.append(" ... ").append(tail.get().more());
			}
			while (g + 1 < groups.size() && groups.get(g + 1).get(0).open() < end && tail.isPresent()) {
				// a name quoted inside the tail's apposition is the narrator's
				g++;
			}
			Span also = tail.map(Tail::also).orElse(null);
			while (also != null && g + 1 < groups.size() && groups.get(g + 1).get(0).open() < also.end()) {
				// (a quotation in the second report is part of it: "“Q1,” X said and added that they were “Q2”")
				g++;
			}
			// (but not whom a report cites: "“Q,” X reported, citing an anonymous “senior official.”")
			while (also == null && g + 1 < groups.size() && continues(passage, end, groups.get(g + 1))
					&& !namesSource(passage, groups.get(g + 1))) {
				List<Quotation> next = groups.get(++g);
				appendContent(text, passage.text, next);
				Quotation nextLast = next.get(next.size() - 1);
				contentEnd = nextLast.close();
				openEnded = !nextLast.closed();
				end = Math.max(end, sentenceEndAfter(passage, nextLast));
			}
			// (the narration a colon closes before a quotation its own tail attributes is a report of its own: "X
			// demanded that Y: “Q,” the families said")
			boolean ownReport = introduced && tail.isPresent() && passedOn.isEmpty() && passage.hasWords(sentenceStart,
					first.open());
			passage.claim(new Span(ownReport ? first.open() : (headStart > 0) ? headStart
					: Math.min(sentenceStart, first.open()), Math.max(end, contentEnd)));
			Span span = new Span(contentStart, Math.max(contentStart, contentEnd));
			Span sentenceSpan = passage.sentences.get(sentence);
			found.add(new Candidate(passage.index, span, text.toString().strip(), type, cue,
					(subject != null) ? subject.phrase() : null, sentenceSpan, confidence, openEnded,
					first.open() <= passage.bodyStart + 1, (subject != null) ? "direct" : "floating"));
			if (also != null && subject != null) {
				String content = also.of(passage.text).strip();
				QuoteType alsoType = Candidate.holdsQuotation(content) ? QuoteType.MIXED : QuoteType.INDIRECT;
				passage.claim(also);
				found.add(new Candidate(passage.index, also, content, alsoType, tail.get().alsoCue(), subject.phrase(),
						sentenceSpan, 0.8, false, false, "direct-and"));
			}
		}
		return found;
	}

	/**
	 * Whether a quotation with no stop of its own is the subject of the narrator's sentence, whose verb follows it in
	 * lower case: "“The interception of these threats” were carried out ..., the military said" (reported speech).
	 */
	private static boolean subjectOfNarration(String text, Quotation quotation) {
		if (!quotation.closed() || quotation.close() + 2 >= text.length()
				|| ".,!?;:…".indexOf(text.charAt(quotation.close() - 1)) >= 0) {
			return false;
		}
		String after = text.substring(quotation.close() + 1).stripLeading();
		return !after.isEmpty() && Character.isLowerCase(after.charAt(0));
	}

	/** {@code “Q,” X reported, citing an anonymous “senior official.”}: who is cited said it; else the tail as found. */
	private Tail cited(Passage passage, Quotation last, Tail tail) {
		if (last.close() >= passage.text.length()) {
			return tail;
		}
		int sentence = passage.sentenceAt(last.close());
		List<Token> tokens = passage.tokens(sentence);
		int from = 0;
		while (from < tokens.size() && tokens.get(from).start() <= last.close()) {
			from++;
		}
		// (past the tail's cue: "X reported")
		while (from < tokens.size() && !tokens.get(from).isVerb()) {
			from++;
		}
		return this.clauses.citedAfter(tokens, from + 1, passage.text)
			.map((source) -> new Tail(source, tail.cue(), tail.end(), tail.more(), tail.also(), tail.alsoCue()))
			.orElse(tail);
	}

	private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\baccording to\\s*$");

	/** Whether a group is one short quotation that names a source after "according to". */
	private static boolean namesSource(Passage passage, List<Quotation> group) {
		Quotation quotation = group.get(0);
		if (group.size() != 1 || !quotation.closed()
				|| words(passage.text, quotation.open(), quotation.close()) > NAME_MAX_WORDS) {
			return false;
		}
		String before = passage.text.substring(Math.max(0, quotation.open() - 30), quotation.open());
		boolean capital = quotation.open() + 1 < passage.text.length()
				&& Character.isUpperCase(passage.text.charAt(quotation.open() + 1));
		return capital && (ACCORDING_TO.matcher(before).find() || ADDRESSED_NAME.matcher(before).find())
				|| CITED_NAME.matcher(before).find();
	}

	/** Words before an outlet's name in quotation marks that a speaker addresses: "an exclusive statement to “X”". */
	private static final java.util.regex.Pattern ADDRESSED_NAME = java.util.regex.Pattern
		.compile("(?i)\\b(?:statement|statements|remarks|interview|comments?|speaking|talking|told) (?:to|with)?\\s*$"
				+ "|\\btold\\s*$");

	/** Words before a source's description in quotation marks that a report cites: "citing an anonymous “official”". */
	private static final java.util.regex.Pattern CITED_NAME = java.util.regex.Pattern
		.compile("(?i)\\b(?:citing|quoting)(?: an?| the)?(?: anonymous| unnamed)?\\s*$");

	/** Quotations with only white space between them read as one. */
	private static List<List<Quotation>> groups(Passage passage) {
		List<List<Quotation>> groups = new ArrayList<>();
		for (Quotation quotation : passage.quotations) {
			if (!groups.isEmpty()) {
				List<Quotation> current = groups.get(groups.size() - 1);
				Quotation previous = current.get(current.size() - 1);
				int gap = Math.min(previous.close() + 1, quotation.open());
				// "X said the protest was “peaceful.” “They came to hurt us,” said Y": a quotation that ends a
				// sentence of narration is no part of the next sentence's
				int sentence = passage.sentenceAt(previous.open());
				boolean narrated = sentence != passage.sentenceAt(quotation.open())
						&& passage.hasWords(passage.sentenceStart(sentence), previous.open());
				if (previous.closed() && passage.text.substring(gap, quotation.open()).isBlank() && !narrated) {
					current.add(quotation);
					continue;
				}
			}
			groups.add(new ArrayList<>(List.of(quotation)));
		}
		return groups;
	}

	/**
	 * Where the content starts when the narration before a quotation opens with a speaker's name or pronoun and a
	 * cue ({@code She said the clash was “Q,” she said}); the sentence's start otherwise.
	 */
	private int headContent(Passage passage, int sentence, int open) {
		int sentenceStart = passage.sentenceStart(sentence);
		List<Token> tokens = passage.tokens(sentence);
		int from = 0;
		while (from < tokens.size() && tokens.get(from).start() < sentenceStart) {
			from++;
		}
		for (Clauses.CueMatch cue : this.clauses.cues(tokens, passage.quotations)) {
			if (tokens.get(cue.from()).start() >= open || cue.cue().isParticiple() || cue.isAccordingTo()) {
				continue;
			}
			int first = from;
			Optional<Clauses.Subject> subject = this.clauses.subjectBefore(tokens, from, cue.from(), passage.text)
				.filter((found) -> found.from() == this.clauses.skipConnectors(tokens, first, cue.from())
						&& (found.phrase().isName() || found.phrase().isPersonalPronoun()));
			int content = subject.isPresent() ? this.clauses.contentStart(tokens, cue) : -1;
			return (content > cue.from() && content < tokens.size() && tokens.get(content).start() < open)
					? tokens.get(content).start() : sentenceStart;
		}
		return sentenceStart;
	}

	/** A following quotation continues the quote when nothing but the cue's clause lies between and it has no cue. */
	private boolean continues(Passage passage, int end, List<Quotation> next) {
		String between = passage.text.substring(Math.min(end, next.get(0).open()), next.get(0).open());
		return between.replaceAll("[\\s,.;:—–-]", "").isEmpty() && tail(passage, next.get(next.size() - 1)).isEmpty();
	}

	/** The cue after a quotation: {@code , he said.}, {@code , said Shepherd.}, {@code the group said in a statement}. */
	private Optional<Tail> tail(Passage passage, Quotation quotation) {
		if (!quotation.closed()) {
			return Optional.empty();
		}
		int sentence = passage.sentenceAt(quotation.close());
		List<Token> tokens = passage.tokens(sentence);
		List<Token> after = new ArrayList<>();
		int nameClose = -1;
		boolean nextQuotation = false;
		for (Token token : tokens) {
			if (token.start() <= quotation.close() || token.start() <= nameClose) {
				if (token.start() < nameClose && token.start() > quotation.close()) {
					after.add(token);
				}
				continue;
			}
			if (Clauses.isQuoteMark(token)) {
				// "“Q,” X, the head of the party’s “Loyalty” bloc, wrote": a short name in quotation marks inside
				// the speaker's apposition
				Quotation named = named(passage, token.start(), tokens.get(tokens.size() - 1).start());
				if (named == null) {
					nextQuotation = true;
					break;
				}
				// (its marks left out, so that the speaker stands as near the cue as without them)
				nameClose = named.close();
				continue;
			}
			after.add(token);
		}
		String inside = passage.text.substring(quotation.open() + 1, quotation.close()).strip();
		boolean question = inside.endsWith("?") || inside.endsWith("!");
		// (and "“... in vain.” Haftar added.": a stop inside the marks, then the cue in a sentence of its own)
		// (the paragraph's last sentence)
		// (but not a fragment that ends a narrated sentence: "He added that ..., describing them as “Q.” He
		// emphasized that B")
		boolean stopped = inside.endsWith(".") && sentence + 2 == passage.sentences.size()
				&& opensSentence(passage, quotation);
		if (after.isEmpty() && (question || stopped) && sentence + 1 < passage.sentences.size()) {
			// "“What would stop them?” Gorsuch asked.": the splitter ends the sentence at the question mark
			List<Token> next = passage.tokens(sentence + 1);
			// (a cue's clause may run on: "“...?” Chief Deputy State’s Attorney X wrote in a motion filed in Y.")
			// (after a stop, only a short clause that the cue ends: "“Q.” Haftar added.", not "He accused X of Y,
			// stating that B")
			int most = question ? TAIL_APPOSITION_MAX_TOKENS : STOPPED_TAIL_MAX_TOKENS;
			if (next.size() <= most && next.stream().noneMatch(Clauses::isQuoteMark)) {
				after.addAll(next);
			}
		}
		int start = 0;
		while (start < after.size() && after.get(start).text().equals(",")) {
			start++;
		}
		if (start >= after.size()) {
			return Optional.empty();
		}
		List<Token> clause = after.subList(start, after.size());
		int end = clause.get(clause.size() - 1).end();
		Optional<Tail> quotedAs = quotedAs(clause, end, passage.text);
		if (quotedAs.isPresent()) {
			return quotedAs;
		}
		for (Clauses.CueMatch cue : this.clauses.cues(clause, passage.quotations)) {
			if (inRelativeAside(clause, cue.from())) {
				// "“Q,” an official, who asked not to be named, told AFP": the aside's verb is not the cue
				continue;
			}
			// (a speaker and a long apposition closed by a comma may stand further: "X, the head of the party’s
			// “Loyalty to Resistance” parliamentary bloc, wrote")
			boolean apposition = cue.from() > 0 && cue.from() <= TAIL_APPOSITION_MAX_TOKENS
					&& clause.get(cue.from() - 1).text().equals(",");
			boolean far = cue.from() > TAIL_SUBJECT_MAX_TOKENS && !apposition;
			if (cue.isAccordingTo() && cue.from() == 0 && opensSentence(passage, quotation)) {
				// "“Q,” according to X.": X speaks (but "X stressed “Q,” according to Y" passes X's words on)
				int sourceEnd = cue.to();
				while (sourceEnd < clause.size() && !clause.get(sourceEnd).isPunct()) {
					sourceEnd++;
				}
				Optional<Clauses.Subject> source = this.clauses.phrase(clause, cue.to(), sourceEnd, passage.text)
					.filter((found) -> this.clauses.isSource(found.phrase()));
				if (source.isPresent()) {
					return Optional.of(new Tail(source.get(), Clauses.span(clause, cue.from(), cue.to(), passage.text),
							end));
				}
			}
			if (cue.cue().isParticiple() || cue.isAccordingTo() || far) {
				continue;
			}
			// "“... a sonic boom” of jets breaking the sound barrier, said one resident": the words that complete the
			// quotation, then an inverted cue
			boolean inverted = cue.from() == 0 || completesBeforeInverted(clause, cue.from());
			// (nor "the topic “Maximizing X” Al-Jadaan emphasized that Y": a report of its own after a quoted title)
			if (cue.to() < clause.size() && clause.get(cue.to()).is("that")
					&& (inverted || !clause.get(0).isPunct())) {
				// "sources close to “Hezbollah” admitted that X was killed": a cue with content of its own, no speaker
				// after it
				return Optional.empty();
			}
			boolean qualifier = !inside.isEmpty() && Character.isLowerCase(inside.charAt(0))
					&& Character.isLetter(inside.charAt(inside.length() - 1))
					&& words(passage.text, quotation.open(), quotation.close()) <= 3;
			if (!inverted && cue.from() > 0 && !clause.get(0).isPunct() && qualifier
					&& quotation.close() + 1 < passage.text.length()
					&& Character.isWhitespace(passage.text.charAt(quotation.close() + 1))) {
				// "“terrorist” sources warned": a word in quotation marks that qualifies the subject after it
				return Optional.empty();
			}
			Optional<Clauses.Subject> subject = inverted
					? this.clauses.subjectAfter(clause, cue.to(), passage.text)
						.filter((found) -> cue.from() == 0 || this.clauses.isSource(found.phrase()))
					: this.clauses.subjectBefore(clause, 0, cue.from(), passage.text)
						.map((found) -> unclosedApposition(clause, found, passage.text))
						// ("“Q”, which Israeli media said targeted X": a relative clause about the quotation's words)
						// (in lower case: "WHO chief X" is no relative pronoun)
						.filter((found) -> !Clauses.RELATIVES.contains(clause.get(found.from()).text()))
						.filter((found) -> found.from() == this.clauses.skipConnectors(clause, 0, cue.from())
								|| completesQuotation(clause, found.from()));
			// "was “confident” the full Senate would confirm Halvorsen": a cue that takes no object has one there
			// (and "“beneficial,” X also said they had discussed ...": a cue with content of its own is no tail)
			// (but "he said while addressing a session": a subordinator and its participle, when he said it)
			boolean occasion = cue.to() + 1 < clause.size() && Clauses.isSubordinator(clause.get(cue.to()))
					&& clause.get(cue.to() + 1).lower().endsWith("ing");
			boolean content = cue.to() < clause.size() && !clause.get(cue.to()).isPunct() && !occasion
					&& !clause.get(cue.to()).tag().equals("ADP") && !clause.get(cue.to()).tag().equals("ADV")
					&& Clauses.firstVerb(clause, cue.to(), clause.size()) >= 0
					&& Clauses.opensClause(clause, cue.to(), clause.size());
			boolean object = cue.from() > 0 && !cue.cue().takesNounPhrase()
					&& (Clauses.objectFollows(clause, cue.to()) || content);
			// "called him “Q,” while X said she expected ...": a second report with content of its own, no tail
			// (and "“Q1”, while Y said: “Q2”": a second report that introduces a quotation of its own)
			String close = clause.get(clause.size() - 1).text();
			boolean report = cue.from() > 0 && CONNECTORS.contains(clause.get(0).lower())
					&& (Clauses.opensClause(clause, cue.to(), clause.size())
							|| nextQuotation && (close.equals(":") || close.equals(",")));
			if (subject.isPresent() && !object && !report) {
				String cueText = Clauses.span(clause, cue.from(), cue.to(), passage.text);
				int from = Math.max(cue.to(), subject.get().to());
				int quoted = nextQuotation ? quotedParticipleContent(clause, from) : -1;
				if (quoted >= 0) {
					// "“Q1,” he said, adding that they were “Q2.”": the participle's content runs on into the next
					// quotation, which is part of it
					int stop = endPastQuotations(passage, sentence, clause);
					return Optional.of(new Tail(subject.get(), cueText, stop,
							passage.text.substring(clause.get(quoted).start(), stop).strip()));
				}
				// "“Q,” said X and added that B": a second report, of B
				int and = from;
				Optional<Clauses.CueMatch> second = (and + 1 < clause.size()
						&& (clause.get(and).is("and") || clause.get(and).is("but")))
						? this.clauses.cues(clause, passage.quotations)
							.stream()
							.filter((found) -> found.from() == and + 1 && !found.cue().isParticiple())
							.findFirst()
						: Optional.empty();
				int secondStart = second.map((found) -> this.clauses.contentStart(clause, found)).orElse(-1);
				int last = clause.size();
				while (last > 0 && clause.get(last - 1).isPunct() && !Clauses.isQuoteMark(clause.get(last - 1))) {
					last--;
				}
				if (secondStart > and + 1 && secondStart < last && Clauses.firstVerb(clause, secondStart, last) >= 0) {
					// (on into the quotations it holds)
					int alsoEnd = nextQuotation ? endPastQuotations(passage, sentence, clause) : end;
					return Optional.of(new Tail(subject.get(), cueText, clause.get(and).start(), null,
							new Span(clause.get(secondStart).start(), alsoEnd),
							Clauses.span(clause, second.get().from(), second.get().to(), passage.text)));
				}
				return Optional.of(new Tail(subject.get(), cueText, end,
						participleContent(clause, from, passage.text)));
			}
			return Optional.empty();
		}
		return Optional.empty();
	}

	/**
	 * The end of a tail's sentence, or of the sentence where a quotation that opens in it after the clause closes: a
	 * report that runs on into the next quotation ends with it.
	 */
	private static int endPastQuotations(Passage passage, int sentence, List<Token> clause) {
		int clauseEnd = clause.get(clause.size() - 1).end();
		int stop = passage.sentences.get(sentence).end();
		for (Quotation next : passage.quotations) {
			if (next.open() > clauseEnd && next.open() < stop) {
				stop = Math.max(stop, passage.sentences.get(passage.sentenceAt(next.close())).end());
			}
		}
		return stop;
	}

	/** Whether the narration of a sentence before a quotation holds a report of its own: a source, then a cue. */
	private boolean narrationReports(Passage passage, int sentence, int open) {
		List<Token> tokens = passage.tokens(sentence);
		int from = 0;
		while (from < tokens.size() && tokens.get(from).start() < passage.sentenceStart(sentence)) {
			from++;
		}
		int end = from;
		while (end < tokens.size() && tokens.get(end).start() < open) {
			end++;
		}
		// (a cue whose noun the quotation opens reads on into it: "expressed his “support for ...”")
		List<Token> narration = tokens.subList(0, Math.min(tokens.size(), end + 2));
		for (Clauses.CueMatch cue : this.clauses.cues(narration, passage.quotations)) {
			if (cue.from() >= end) {
				continue;
			}
			boolean source = !cue.cue().isParticiple() && !cue.isAccordingTo() && this.clauses
				.subjectBefore(narration, from, cue.from(), passage.text)
				.filter((found) -> this.clauses.isSource(found.phrase()))
				.isPresent();
			if (source) {
				return true;
			}
		}
		return false;
	}

	/** Whether the token at {@code at} stands in a relative aside that a comma opens: {@code X, who asked ...}. */
	private static boolean inRelativeAside(List<Token> clause, int at) {
		for (int k = at - 1; k > 0; k--) {
			Token token = clause.get(k);
			if (token.text().equals(",")) {
				return false;
			}
			if ((token.is("who") || token.is("which")) && clause.get(k - 1).text().equals(",")) {
				return true;
			}
		}
		return false;
	}

	/** Whether the group of quotations that ends with {@code quotation} opens its sentence. */
	private static boolean opensSentence(Passage passage, Quotation quotation) {
		for (List<Quotation> group : groups(passage)) {
			if (group.contains(quotation)) {
				int open = group.get(0).open();
				return !passage.hasWords(passage.sentenceStart(passage.sentenceAt(open)), open);
			}
		}
		return false;
	}

	/**
	 * {@code "Q," X, a Khartoum resident told AFP}: the apposition's second comma left out, the name before it is the
	 * speaker, so described; else the subject as found.
	 */
	private Clauses.Subject unclosedApposition(List<Token> clause, Clauses.Subject found, String text) {
		int comma = found.from() - 1;
		if (comma < 1 || !clause.get(comma).text().equals(",") || found.phrase().isName()
				|| !found.phrase().text().matches("(?i)an?\\s.*") || Clauses.firstVerb(clause, 0, comma) >= 0) {
			return found;
		}
		return this.clauses.phrase(clause, 0, comma, text)
			.filter((name) -> name.phrase().isName() && !name.phrase().organization() && name.phrase().role() == null)
			.map((name) -> new Clauses.Subject(name.phrase().withRole(found.phrase().text()), 0, found.to()))
			.orElse(found);
	}

	/**
	 * {@code "Q," the statement quoted X as saying}: X speaks, whoever passed the words on; empty when the clause
	 * after the quotation is no such one.
	 */
	private Optional<Tail> quotedAs(List<Token> clause, int end, String text) {
		for (int q = 0; q < Math.min(clause.size(), TAIL_SUBJECT_MAX_TOKENS); q++) {
			boolean passive = q > 0 && Clauses.isBe(clause.get(q - 1));
			int as = passive ? -1 : Clauses.asSaying(clause, q, 13);
			if (as > q + 1) {
				Optional<Clauses.Subject> subject = clause.get(as - 1).text().equals(",")
						? this.clauses.subjectBefore(clause, q + 1, as, text)
						: this.clauses.phrase(clause, q + 1, as, text);
				String cue = "quoted as " + clause.get(as + 1).lower();
				return subject.filter((found) -> found.phrase().form() != SpeakerPhrase.Form.PRONOUN
						|| found.phrase().isPersonalPronoun())
					.map((found) -> new Tail(found, cue, end));
			}
			// "“Q,” the AFP news agency is quoting army spokesman X.": who is quoted, named to the clause's end
			// (not "“Q,” X said, quoting a verse": a participle after a comma passes on someone else's words)
			boolean quoting = clause.get(q).is("quoting") || clause.get(q).is("quoted") || clause.get(q).is("quotes");
			// (but "he added as quoted by Sky News": the agent only passes the words on)
			boolean agent = q + 1 < clause.size() && clause.get(q + 1).is("by");
			if (quoting && q > 0 && !(passive && clause.get(q).is("quoted")) && !clause.get(q - 1).isPunct() && !agent) {
				int last = clause.size();
				while (last > q + 1 && (clause.get(last - 1).isPunct()
						|| Clauses.isTemporal(clause.get(last - 1).lower()) || clause.get(last - 1).is("on"))) {
					last--;
				}
				Optional<Clauses.Subject> quoted = this.clauses.phrase(clause, q + 1, last, text)
					.filter((found) -> this.clauses.isSource(found.phrase()) || found.phrase().isPersonalPronoun());
				if (quoted.isPresent() && Clauses.firstVerb(clause, q + 1, last) < 0) {
					return Optional.of(new Tail(quoted.get(), clause.get(q).lower(), end));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The quotation opening at {@code open} when it only names something, within the sentence's narration: closed,
	 * of a few words, with words after it (ending at {@code last}, the sentence's last token); else null.
	 */
	private static @Nullable Quotation named(Passage passage, int open, int last) {
		for (Quotation quotation : passage.quotations) {
			if (quotation.open() == open) {
				boolean inside = quotation.closed() && quotation.close() <= last;
				// (or where a preposition names it, last: "“Q,” he wrote on “X”.")
				java.util.regex.Matcher before = LAST_WORD.matcher(passage.text.substring(0, open));
				boolean object = before.find() && NAMING_PREPOSITIONS.contains(before.group(1).toLowerCase(Locale.ROOT));
				return (inside && words(passage.text, open, quotation.close()) <= NAME_MAX_WORDS
						&& (object || quotation.close() < last && passage.hasWords(quotation.close() + 1, last + 1)))
						? quotation : null;
			}
		}
		return null;
	}

	private static final java.util.regex.Pattern LAST_WORD = java.util.regex.Pattern.compile("(\\p{L}+)\\s*$");

	/** Prepositions before a medium's or an outlet's name: "wrote on “X”", "told “Sudan Tribune”". */
	private static final Set<String> NAMING_PREPOSITIONS = Set.of("on", "to", "via", "in", "by");

	/** The most words a quoted name in a speaker's apposition holds: "Loyalty to Resistance". */
	private static final int NAME_MAX_WORDS = 4;

	/**
	 * Whether the words between a quotation and the comma before its speaker only complete it: {@code "Q" in Beit
	 * Hanoun, it said} (a phrase that opens with a preposition and holds no verb).
	 */
	private static boolean completesQuotation(List<Token> clause, int subject) {
		if (subject < 3 || !clause.get(subject - 1).text().equals(",") || !clause.get(0).tag().equals("ADP")) {
			return false;
		}
		return Clauses.firstVerb(clause, 0, subject - 1) < 0 && subject - 1 <= 6;
	}

	/**
	 * Whether the words between a quotation and the comma before an inverted cue at {@code cue} only complete it:
	 * {@code “... a sonic boom” of jets breaking the sound barrier, said one resident} (a phrase that opens with a
	 * preposition and holds no verb but a participle).
	 */
	private static boolean completesBeforeInverted(List<Token> clause, int cue) {
		if (cue < 3 || cue > 12 || !clause.get(cue - 1).text().equals(",") || !clause.get(0).tag().equals("ADP")) {
			return false;
		}
		for (int i = 0; i < cue - 1; i++) {
			if (Clauses.isFiniteVerb(clause, i) && !clause.get(i).lower().endsWith("ing")) {
				return false;
			}
		}
		return true;
	}

	/** Whether a comma stands right before {@code at}, or before "while" and "also": ", while also accusing Y of". */
	private static boolean afterComma(List<Token> clause, int from, int at) {
		int k = at - 1;
		while (k > from && (clause.get(k).is("also") || clause.get(k).is("while") || clause.get(k).is("whilst"))) {
			k--;
		}
		return k >= from && clause.get(k).text().equals(",");
	}

	/** The content of a participle cue after a comma ({@code , calling on Y to act}), when it holds no quotation. */
	private @Nullable String participleContent(List<Token> clause, int from, String text) {
		for (Clauses.CueMatch cue : this.clauses.cues(clause, List.of())) {
			if (cue.from() <= from || !cue.cue().isParticiple() || !afterComma(clause, from, cue.from())) {
				continue;
			}
			if (cue.cue().quotationOnly() || clause.get(cue.from()).is("citing") || clause.get(cue.from()).is("quoting")) {
				// "“Q,” X said, answering a question about Y": what was asked, not more of what was said
				// (nor whom a report cites: "“Q,” X reported, citing an anonymous “senior official.”")
				return null;
			}
			int start = this.clauses.contentStart(clause, cue);
			boolean quoted = clause.subList(start, clause.size()).stream().anyMatch(Clauses::isQuoteMark);
			if (!quoted && this.clauses.isValidContent(clause, start, clause.size(), cue)) {
				return Clauses.span(clause, start, clause.size(), text);
			}
			return null;
		}
		return null;
	}

	/**
	 * Where the content of a participle cue after a comma opens, when words of it stand before the next quotation
	 * ({@code , adding that they were “Q2”}); -1 when none does.
	 */
	private int quotedParticipleContent(List<Token> clause, int from) {
		for (Clauses.CueMatch cue : this.clauses.cues(clause, List.of())) {
			if (cue.from() <= from || !cue.cue().isParticiple() || !afterComma(clause, from, cue.from())) {
				continue;
			}
			// (not whom a report cites: "citing an anonymous “senior official.”")
			boolean cites = clause.get(cue.from()).is("citing") || clause.get(cue.from()).is("quoting");
			int start = this.clauses.contentStart(clause, cue);
			return (!cue.cue().quotationOnly() && !cites && start < clause.size() && start > cue.from()) ? start : -1;
		}
		return -1;
	}

	/** The cue before a quotation that ends its sentence: {@code X said: "Q"}, {@code X told Y, "Q"}. */
	private Optional<Tail> head(Passage passage, int sentence, Quotation first, Quotation last) {
		return head(passage, sentence, first, last, false);
	}

	/** The cue before a quotation; {@code relayed}: the words after the quotation only pass it on ("Y reported"). */
	private Optional<Tail> head(Passage passage, int sentence, Quotation first, Quotation last, boolean relayed) {
		String before = passage.text.substring(passage.sentenceStart(sentence), first.open()).strip();
		if (!(before.endsWith(":") || before.endsWith(","))) {
			return Optional.empty();
		}
		int endSentence = passage.sentenceAt(Math.max(first.open(), last.close() - 1));
		int wholeSentenceEnd = passage.sentences.get(endSentence).end();
		List<Token> tokens = passage.tokens(sentence);
		// "X tweeted: “Q1”, while Y said: “Q2”": a second report, with its own cue and quotation, may follow
		int secondReport = secondReport(passage, tokens, last, wholeSentenceEnd);
		// (but a participle a dash sets off after it is the narrator's: "X joked: “Q” – referring to Y")
		Matcher aside = DASHED_PARTICIPLE.matcher(passage.text)
			.region(Math.min(last.close() + 1, passage.text.length()), passage.text.length());
		boolean narrated = aside.lookingAt() && !this.clauses.opensClauseCue(aside.group(1).toLowerCase(Locale.ROOT));
		if (last.closed() && passage.hasWords(last.close() + 1, secondReport) && !relayed && !narrated) {
			return Optional.empty();
		}
		int limit = 0;
		while (limit < tokens.size() && tokens.get(limit).start() < first.open()) {
			limit++;
		}
		// (after an earlier quotation of the sentence, which its own report had: "X tweeted: “Q1”, while Y said:")
		int opening = Math.max(passage.sentenceStart(sentence),
				earlierQuotationEnd(passage, passage.sentenceStart(sentence), first.open()));
		int from = 0;
		while (from < tokens.size() && tokens.get(from).start() < opening) {
			from++;
		}
		int sentenceEnd = Math.min(wholeSentenceEnd, secondReport);
		List<Token> clause = tokens.subList(0, limit);
		// "Said Dr Tesk: “Q”", "Added the minister: “Q”": the cue first, then who speaks and a colon
		Token opener = (from < limit) ? clause.get(from) : null;
		if (before.endsWith(":") && limit - 1 > from + 1 && clause.get(limit - 1).text().equals(":")
				&& opener.isCapitalized() && INVERTED_CUE.matcher(opener.lower()).matches()
				&& this.clauses.isCueWord(opener.lower()) && Clauses.firstVerb(clause, from + 1, limit - 1) < 0) {
			Optional<Clauses.Subject> speaker = this.clauses.phrase(clause, from + 1, limit - 1, passage.text)
				.filter((found) -> this.clauses.isSource(found.phrase()));
			if (speaker.isPresent()) {
				return Optional.of(new Tail(speaker.get(), opener.lower(), sentenceEnd));
			}
		}
		// "Roberto Okafor: “Q”": a name and a colon, as in a round-up of what each one said
		if (before.endsWith(":") && limit - 1 > from && clause.get(limit - 1).text().equals(":")
				&& Clauses.firstVerb(clause, from, limit - 1) < 0) {
			// (a person's name of two words or more: "Update:" or "Breaking News:" labels what follows)
			// (and a side in brackets after it, the person's: "Roy X (Liverpool): “Q”")
			int nameEnd = limit - 1;
			int bracket = -1;
			if (clause.get(nameEnd - 1).text().endsWith(")")) {
				for (int k = nameEnd - 2; k > from && bracket < 0; k--) {
					bracket = clause.get(k).text().equals("(") ? k : -1;
				}
			}
			// (the closing bracket a token of its own, or glued to the side's last word: "(Man Utd)")
			String side = (bracket > from)
					? Clauses.span(clause, bracket + 1, nameEnd, passage.text).replaceFirst("\\)$", "").strip() : null;
			Optional<Clauses.Subject> named = this.clauses.phrase(clause, from, (bracket > from) ? bracket : nameEnd,
					passage.text)
				.filter((subject) -> subject.phrase().isName() && !subject.phrase().organization()
						&& NameKey.words(subject.phrase().name()).size() >= 2)
				.map((subject) -> (side == null || side.isBlank()) ? subject
						: new Clauses.Subject(subject.phrase().withRole(side), subject.from(), subject.to()));
			// ("Former striker X on BBC's Match of the Day: “Q”", "X to BBC Sport: “Q”": where the words were said)
			for (int k = from + 1; named.isEmpty() && k < limit - 2; k++) {
				if (clause.get(k).is("on") || clause.get(k).is("to")) {
					named = this.clauses.phrase(clause, from, k, passage.text)
						.filter((subject) -> subject.phrase().isName() && !subject.phrase().organization()
								&& NameKey.words(subject.phrase().name()).size() >= 2);
				}
			}
			if (named.isPresent()) {
				return Optional.of(new Tail(named.get(), "", sentenceEnd));
			}
		}
		// "According to X, “Q”": the source the narrator names before the quotation
		// (the source alone between them: a name, an apposition, no clause)
		// (or a colon after it: "According to X: “Q”")
		boolean sourceAlone = limit - 1 - from <= 14 && Clauses.firstVerb(clause, from + 2, limit - 1) < 0;
		boolean closed = before.endsWith(",") && clause.get(limit - 1).text().equals(",")
				|| before.endsWith(":") && clause.get(limit - 1).text().equals(":");
		if (closed && limit - 1 > from + 2 && clause.get(from).is("according")
				&& clause.get(from + 1).is("to") && sourceAlone) {
			Optional<Clauses.Subject> source = this.clauses.phrase(clause, from + 2, limit - 1, passage.text)
				.filter((found) -> this.clauses.isSource(found.phrase()));
			if (source.isPresent()) {
				return Optional.of(new Tail(source.get(), Clauses.span(clause, from, from + 2, passage.text),
						sentenceEnd));
			}
		}
		// "In his words, “Q”": the possessive names the speaker
		Matcher words = IN_WORDS.matcher(before);
		if (words.matches()) {
			String pronoun = switch (words.group(1).toLowerCase(Locale.ROOT)) {
				case "his" -> "he";
				case "her" -> "she";
				default -> "they";
			};
			return this.clauses.speaker(pronoun, from, limit)
				.map((subject) -> new Tail(subject, before.substring(0, before.length() - 1), sentenceEnd));
		}
		int colon = limit - 1;
		// "The Daily Times quoted him: “Q”": whom the clause quotes speaks, not who passes the words on
		for (int k = from + 1; before.endsWith(":") && k < colon - 1 && clause.get(colon).text().equals(":"); k++) {
			Token verb = clause.get(k);
			if ((verb.is("quoted") || verb.is("quotes")) && !Clauses.isBe(clause.get(k - 1))
					&& Clauses.firstVerb(clause, k + 1, colon) < 0) {
				// (a name and its apposition: "quoted Anna X, the head of the council: “Q”")
				int comma = k + 1;
				while (comma < colon && !clause.get(comma).text().equals(",")) {
					comma++;
				}
				String role = (comma + 1 < colon) ? Clauses.span(clause, comma + 1, colon, passage.text) : null;
				Optional<Clauses.Subject> quoted = this.clauses.phrase(clause, k + 1, comma, passage.text)
					.filter((found) -> this.clauses.isSource(found.phrase()) || found.phrase().isPersonalPronoun())
					.filter((found) -> role == null || found.phrase().isName())
					.map((found) -> (role == null) ? found
							: new Clauses.Subject(found.phrase().withRole(role), found.from(), colon));
				if (quoted.isPresent()) {
					return Optional.of(new Tail(quoted.get(), verb.lower(), sentenceEnd));
				}
			}
		}
		// "X held up his hands after the defeat to admit: “Q”": the clause's subject, who goes on to speak
		boolean infinitive = before.endsWith(":") && colon - 2 > from && clause.get(colon).text().equals(":")
				&& clause.get(colon - 2).is("to") && this.clauses.isCueWord(clause.get(colon - 1).lower());
		int mainVerb = infinitive ? Clauses.firstVerb(clause, from, colon - 2) : -1;
		if (mainVerb > from) {
			Optional<Clauses.Subject> subject = this.clauses.subjectBefore(clause, from, mainVerb, passage.text)
				.filter((found) -> this.clauses.isSource(found.phrase()));
			if (subject.isPresent()) {
				return Optional.of(new Tail(subject.get(), Clauses.span(clause, colon - 1, colon, passage.text),
						sentenceEnd));
			}
		}
		// "X sounded optimistic: “Q”", "X was defiant: “Q”": how the subject spoke, then the words
		int attitude = (before.endsWith(":") && clause.get(colon).text().equals(":"))
				? Clauses.firstVerb(clause, from, colon) : -1;
		if (attitude > from && ATTITUDE_VERBS.contains(clause.get(attitude).lower()) && colon - attitude >= 2
				&& colon - attitude <= 3 && clause.get(colon - 1).tag().equals("ADJ")
				&& clause.subList(attitude + 1, colon - 1).stream()
					.allMatch((token) -> token.tag().equals("ADV") || token.is("more") || token.is("less"))) {
			Optional<Clauses.Subject> subject = this.clauses.subjectBefore(clause, from, attitude, passage.text)
				.filter((found) -> this.clauses.isSource(found.phrase()) || found.phrase().isPersonalPronoun());
			if (subject.isPresent()) {
				return Optional.of(new Tail(subject.get(), Clauses.span(clause, attitude, colon, passage.text),
						sentenceEnd));
			}
		}
		List<Clauses.CueMatch> cues = this.clauses.cues(clause, passage.quotations);
		// "X urged Y to apologise for his statement in which he said: “Q”": the relative clause the colon closes has
		// its own subject, who says the words
		Clauses.CueMatch lastCue = cues.isEmpty() ? null : cues.get(cues.size() - 1);
		if (lastCue != null && before.endsWith(":") && lastCue.to() == colon && lastCue.from() - 2 > from
				&& RELATIVE_OPENERS.contains(clause.get(lastCue.from() - 2).lower())) {
			Optional<Clauses.Subject> own = this.clauses.phrase(clause, lastCue.from() - 1, lastCue.from(), passage.text)
				.filter((found) -> found.phrase().isName() || found.phrase().isPersonalPronoun());
			if (own.isPresent()) {
				return Optional.of(new Tail(own.get(), Clauses.span(clause, lastCue.from(), lastCue.to(), passage.text),
						sentenceEnd));
			}
		}
		if (lastCue != null && before.endsWith(":") && lastCue.to() == colon && cues.size() > 1
				&& !lastCue.isAccordingTo() && !lastCue.cue().isParticiple() && lastCue.from() > from) {
			// "X claimed A – although Y replied: “Q”": the cue the colon closes, with a subject of its own, before an
			// earlier report of the sentence
			Optional<Clauses.Subject> own = this.clauses.subjectBefore(clause, from, lastCue.from(), passage.text)
				.filter((found) -> found.from() > cues.get(cues.size() - 2).to());
			if (own.isPresent()) {
				return Optional.of(new Tail(own.get(), Clauses.span(clause, lastCue.from(), lastCue.to(), passage.text),
						sentenceEnd));
			}
		}
		for (Clauses.CueMatch cue : cues) {
			if (cue.isAccordingTo() || cue.from() < from) {
				continue;
			}
			// "X addressed reporters, stating, "Q"": the participle's subject is the clause's before it
			boolean participle = cue.cue().isParticiple();
			// ("X released a statement [following the incident] saying, “Q”": a text, then the participle)
			int text = participle ? Clauses.textBefore(clause, from, cue.from()) : -1;
			if (participle && text < 0 && !(cue.from() > from && clause.get(cue.from() - 1).text().equals(","))) {
				continue;
			}
			if (participle && text < 0 && cues.stream().anyMatch((later) -> later.from() > cue.to()
					&& !later.cue().isParticiple() && !later.isAccordingTo())) {
				// "Appearing on X, responding to Y, Z shrugged and said: “Q”": an opening participle's clause, before
				// the cue of the sentence's own subject
				continue;
			}
			int segment = participle ? this.clauses.segmentStart(clause, from, cue.from() - 1) : -1;
			if (participle && segment > from && this.clauses.isCueWord(clause.get(segment).lower())) {
				// "A, said X, adding: “B”": one report, read with its content before the inverted cue
				return Optional.empty();
			}
			Optional<Clauses.Subject> subject = participle
					? this.clauses.participleSubject(clause, from, (text >= 0) ? text : cue.from() - 1, passage.text)
					: this.clauses.subjectBefore(clause, from, cue.from(), passage.text);
			if (subject.isEmpty() && !participle) {
				// "X referred to A as B, and said: “Q”": the subject of the clause the cue is coordinated with
				subject = this.clauses.sharedSubject(clause, from, cue.from(), passage.text);
			}
			// "X said neither side could win, “but ...”": a reported clause before the quotation makes it a mixed
			// quote, read with the clause
			// (and "X said A, adding: “B”": one report, the participle going on with it)
			boolean goesOn = !participle && cues.stream()
				.anyMatch((later) -> later.from() > cue.to() && later.cue().isParticiple()
						&& clause.get(later.from() - 1).text().equals(","));
			boolean reported = (before.endsWith(",") || goesOn)
					&& Clauses.firstVerb(clause, cue.to(), clause.size()) >= 0;
			if (subject.isPresent() && reported && goesOn) {
				return Optional.empty();
			}
			if (subject.isPresent() && !reported) {
				String cueText = Clauses.span(clause, cue.from(), cue.to(), passage.text);
				return Optional.of(new Tail(subject.get(), cueText, sentenceEnd));
			}
		}
		return Optional.empty();
	}

	/**
	 * Where the clause of a head's subject starts when a clause of the sentence's own comes before it, after a comma
	 * or a dash and a contrasting conjunction ({@code X claimed A, while Y said: “Q”}); -1 when none does.
	 */
	private static int secondClauseStart(List<Token> tokens, int subject, int sentenceStart) {
		if (subject < 2 || !Clauses.CONTRASTS.contains(tokens.get(subject - 1).lower())) {
			return -1;
		}
		Token mark = tokens.get(subject - 2);
		boolean before = mark.text().equals(",") || Clauses.DASHES.contains(mark.text());
		return (before && mark.start() > sentenceStart) ? tokens.get(subject - 1).start() : -1;
	}

	/**
	 * Where a second report starts after a quotation in its sentence, {@code , while Y said: “Q2”} (a connector, then
	 * a clause that a colon or a comma closes before another quotation); {@code sentenceEnd} when none does.
	 */
	private static int secondReport(Passage passage, List<Token> tokens, Quotation last, int sentenceEnd) {
		if (!last.closed()) {
			return sentenceEnd;
		}
		for (int i = 0; i + 1 < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (token.start() <= last.close()) {
				continue;
			}
			boolean connector = token.text().equals(",") && CONNECTORS.contains(tokens.get(i + 1).lower());
			if (!connector && !(token.text().equals(",") || Clauses.isQuoteMark(token))) {
				return sentenceEnd;
			}
			if (connector) {
				boolean quoted = passage.quotations.stream()
					.anyMatch((q) -> q.open() > token.start() && q.open() < sentenceEnd
							&& passage.text.substring(token.start(), q.open()).strip().matches("(?s).*[:,]$"));
				return quoted ? token.start() : sentenceEnd;
			}
		}
		return sentenceEnd;
	}

	/** Just past the last quotation that closes between {@code start} and {@code open}; -1 when none does. */
	private static int earlierQuotationEnd(Passage passage, int start, int open) {
		return passage.quotations.stream()
			.filter((q) -> q.open() >= start && q.closed() && q.close() < open)
			.mapToInt((q) -> q.close() + 1)
			.max()
			.orElse(-1);
	}

	/** Cues by which an outlet relays what another said: "“Q”, Al-Rai reported". */
	private static final Set<String> RELAYING_CUES = Set.of("reported", "reports", "quoted", "quotes", "cited");

	/** A heading of a person's name, their side in brackets after it: "Arsene Wenger (Arsenal)". */
	private static final Pattern HEADING = Pattern
		.compile("(\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){1,3})(?: \\(([^()]{2,40})\\))?:?");

	/**
	 * A paragraph that ends by announcing the next one's quotation: {@code X told reporters:}, {@code X released the
	 * following statement.}
	 */
	private Optional<Tail> introducer(Passage previous) {
		if (previous.sentences.isEmpty()) {
			return Optional.empty();
		}
		Matcher heading = HEADING.matcher(previous.text.strip());
		if (heading.matches()) {
			// "Arsene Wenger (Arsenal)" above "“Q”": a round-up's heading that names who speaks next
			String team = heading.group(2);
			return this.clauses.speaker(heading.group(1), 0, 0)
				.filter((found) -> found.phrase().isName() && !found.phrase().organization()
						&& NameKey.words(found.phrase().name()).size() >= 2)
				.map((found) -> (team == null) ? found
						: new Clauses.Subject(found.phrase().withRole(team), found.from(), found.to()))
				.map((found) -> new Tail(found, "", previous.text.length()));
		}
		int sentence = previous.sentences.size() - 1;
		List<Token> tokens = previous.tokens(sentence);
		int from = 0;
		while (from < tokens.size() && tokens.get(from).start() < previous.sentenceStart(sentence)) {
			from++;
		}
		for (int i = from + 1; i + 1 < tokens.size(); i++) {
			if (tokens.get(i).is("following") && Clauses.isText(tokens.get(i + 1))) {
				// (the verb nearest the text: "Indicating that X accused Y, the agency made the following statement")
				int verb = -1;
				for (int k = i - 1; k > from && verb < 0; k--) {
					verb = Clauses.isFiniteVerb(tokens, k) ? k : -1;
				}
				Optional<Clauses.Subject> subject = (verb > from)
						? this.clauses.subjectBefore(tokens, from, verb, previous.text) : Optional.empty();
				if (subject.isPresent()) {
					return Optional.of(new Tail(subject.get(), tokens.get(i + 1).text(), previous.text.length()));
				}
			}
		}
		// ("Talking about his opponents, he said," too: a cue that a comma ends the paragraph with)
		boolean comma = previous.text.strip().endsWith(",");
		if (!previous.text.strip().endsWith(":") && !comma) {
			return Optional.empty();
		}
		for (Clauses.CueMatch cue : this.clauses.cues(tokens, previous.quotations)) {
			if (cue.cue().isParticiple() || cue.isAccordingTo() || comma && cue.to() != tokens.size() - 1) {
				continue;
			}
			Optional<Clauses.Subject> subject = this.clauses.subjectBefore(tokens, from, cue.from(), previous.text);
			if (subject.isPresent()) {
				return Optional.of(new Tail(subject.get(), Clauses.span(tokens, cue.from(), cue.to(), previous.text),
						previous.text.length()));
			}
		}
		if (comma) {
			return Optional.empty();
		}
		// "The manager spoke to the press on Thursday and began with an update on injuries:": the one who spoke
		int verb = Clauses.firstVerb(tokens, from, tokens.size());
		if (verb > from && SPEECH_EVENTS.contains(tokens.get(verb).lower())) {
			return this.clauses.subjectBefore(tokens, from, verb, previous.text)
				.filter((subject) -> this.clauses.isSource(subject.phrase()))
				.map((subject) -> new Tail(subject, tokens.get(verb).text(), previous.text.length()));
		}
		// "Responding to X's criticism, the party issued a statement in defense of Y:": who issued the text
		for (int k = from + 1; k < tokens.size(); k++) {
			if (tokens.get(k).isVerb() && issuesText(tokens, k)) {
				int issued = k;
				return this.clauses.subjectBefore(tokens, from, k, previous.text)
					.filter((subject) -> this.clauses.isSource(subject.phrase()) || subject.phrase().organization())
					.map((subject) -> new Tail(subject, tokens.get(issued).text(), previous.text.length()));
			}
		}
		return Optional.empty();
	}

	/** A cue's past or present, in lower case, that may open a sentence before who speaks: "Said X:", "Adds Y:". */
	static final Pattern INVERTED_CUE = Pattern.compile("said|wrote|\\p{Ll}+(?:ed|s)");

	/** What a source gives that a colon opens: "provided updates on X:", "gave details:". */
	private static final Set<String> TOLD_NOUNS = Set.of("update", "updates", "details", "information", "explanation",
			"clarification", "clarifications", "assessment", "account");

	/** {@code X issued a statement [in defense of Y]:}: the verb's object is a text, whose words follow. */
	private static boolean issuesText(List<Token> tokens, int verb) {
		for (int k = verb + 1; k < tokens.size() && k <= verb + 3; k++) {
			// (or what it told: "Ministry sources provided updates on the situation in Syria:")
			if (Clauses.isText(tokens.get(k)) || TOLD_NOUNS.contains(tokens.get(k).lower())) {
				return true;
			}
			String tag = tokens.get(k).tag();
			if (!tag.equals("DET") && !tag.equals("ADJ")) {
				return false;
			}
		}
		return false;
	}

	/** Verbs of how someone spoke, before an adjective and a colon: "X sounded optimistic:", "X was defiant:". */
	private static final Set<String> ATTITUDE_VERBS = Set.of("was", "is", "were", "are", "sounded", "sounds", "seemed",
			"seems", "appeared", "appears", "remained", "remains");

	/** Verbs of an occasion of speech, which a colon can end by giving its words: "X spoke to reporters:". */
	private static final Set<String> SPEECH_EVENTS = Set.of("spoke", "speaks", "addressed", "addresses", "began",
			"begins", "started", "starts", "opened", "opens", "responded", "responds", "reacted", "reacts",
			"commented", "comments");

	private static int sentenceEndAfter(Passage passage, Quotation quotation) {
		int end = quotation.closed() ? quotation.close() + 1 : quotation.close();
		int sentenceEnd = passage.sentences.get(passage.sentenceAt(Math.max(0, end - 1))).end();
		return passage.hasWords(end, sentenceEnd) ? end : Math.max(end, sentenceEnd);
	}

	private static void appendContent(StringBuilder text, String paragraph, List<Quotation> group) {
		for (Quotation quotation : group) {
			if (text.length() > 0) {
				text.append(' ');
			}
			text.append(quotation.content().of(paragraph).strip());
		}
	}

	/** A participle that a dash sets off after a quotation: " – referring to the late comedian". */
	private static final Pattern DASHED_PARTICIPLE = Pattern.compile("\\s*[–—]\\s*(?:apparently\\s+)?(\\p{Ll}+ing)\\b");

	/** Words that open a relative clause: "in which he said:". */
	private static final Set<String> RELATIVE_OPENERS = Set.of("which", "where", "when", "whom");

	/** A personal pronoun, alone or with its verb in one word: "we", "we’re". */
	private static final Pattern SUBJECT_PRONOUN = Pattern.compile("(?:i|we|you|he|she|it|they)(?:['’]\\p{L}+)?");

	/** The most words a quoted fragment that closes a reported clause holds: "“without delay.”". */
	private static final int FRAGMENT_MAX_WORDS = 4;

	private static int words(String text, int from, int to) {
		int words = 0;
		boolean inWord = false;
		for (int i = from; i < to; i++) {
			boolean letter = Character.isLetterOrDigit(text.charAt(i));
			if (letter && !inWord) {
				words++;
			}
			inWord = letter;
		}
		return words;
	}

}
