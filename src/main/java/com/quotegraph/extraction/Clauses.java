package com.quotegraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/** Reads reporting clauses off the tokens of a sentence: cues, the subject before a cue and the phrase after one. */
final class Clauses {

	/** A reporting cue found at tokens {@code [from, to)}. */
	record CueMatch(Lexicon.Cue cue, int from, int to) {

		boolean isAccordingTo() {
			return this.cue.words().get(0).equals("according");
		}

	}

	/** The phrase that names a speaker, at tokens {@code [from, to)}. */
	record Subject(SpeakerPhrase phrase, int from, int to) {
	}

	private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "will", "would", "did", "does", "do",
			"could", "can", "may", "might", "should", "must", "not", "also", "'s", "’s");

	/** Words that open an adverbial clause: "after Netanyahu spoke ...", "although he had pledged ...". */
	private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "while", "as", "since",
			"because", "although", "though", "if", "unless", "once", "until", "whereas");

	/** Texts that carry a report: "released a statement saying", "released the following statement". */
	private static final Set<String> TEXTS = Set.of("statement", "statements", "communique", "report", "letter",
			"message", "post", "tweet", "video", "recording", "announcement", "release", "remarks", "comments",
			"comment", "words", "tribute", "apology", "update");

	/** Words that open when a text was issued, between it and the participle that reports it. */
	private static final Set<String> AFTER_TEXT = Set.of("following", "after", "on", "late", "at");

	/**
	 * The text a participle right after it reports, {@code released a statement saying}, {@code a statement following
	 * the incident saying}, {@code a statement condemning X and saying}; -1 when none stands there.
	 */
	static int textBefore(List<Token> tokens, int from, int participle) {
		for (int k = participle - 1; k > from && k >= participle - 5; k--) {
			boolean adjacent = k == participle - 1;
			if (isText(tokens.get(k)) && (adjacent || AFTER_TEXT.contains(tokens.get(k + 1).lower())
					&& firstVerb(tokens, k + 2, participle) < 0)) {
				return k;
			}
		}
		if (participle - 1 > from && tokens.get(participle - 1).is("and")) {
			// "issued a statement condemning the clashes and saying Q": the text the first participle follows
			for (int k = participle - 2; k > from + 1 && k >= participle - 12; k--) {
				Token token = tokens.get(k);
				if (token.isVerb() && token.lower().endsWith("ing") && isText(tokens.get(k - 1))) {
					return (firstVerb(tokens, k + 1, participle - 1) < 0) ? k - 1 : -1;
				}
			}
		}
		return -1;
	}

	static boolean isSubordinator(Token token) {
		return SUBORDINATORS.contains(token.lower());
	}

	static boolean isText(Token token) {
		return TEXTS.contains(token.lower());
	}

	/** Conjunctions that open a clause of contrast with a subject of its own: "X claimed A, while Y said". */
	static final Set<String> CONTRASTS = Set.of("while", "whereas", "but", "although", "though");

	private static final Set<String> CONJUNCTIONS = Set.of("but", "and", "while", "whereas", "after", "before",
			"when", "since", "because", "although", "though", "as", "once", "until");

	private static final Set<String> ADVERBIAL_PREPOSITIONS = Set.of("in", "during", "at", "on", "via", "through",
			"after", "before");

	private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "been", "being", "be", "am");

	/** A form of "be": a participle after it is passive ("was sent") or progressive ("is threatening"). */
	static boolean isBe(Token token) {
		return PASSIVE.contains(token.lower());
	}

	private static final Set<String> TEMPORAL = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday", "today", "yesterday", "tonight", "earlier", "later", "week", "month", "year",
			"weekend", "morning", "evening", "night", "afternoon", "january", "february", "march", "april", "may",
			"june", "july", "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.",
			"oct.", "nov.", "dec.", "last", "this", "next", "previously", "recently", "again", "late", "early",
			"afterwards", "afterward", "subsequently");

	private static final Set<String> DETERMINERS_OF_TIME = Set.of("this", "last", "next");

	static boolean isTemporal(String word) {
		return TEMPORAL.contains(word);
	}

	private static final Set<String> CONTENT_BREAKS = Set.of("as", "while", "when", "amid", "whereas");

	/** Words that open the narrator's "when" after a quoted fragment: "“still shaking” after beating X". */
	private static final Set<String> NARRATED_TIMES = Set.of("after", "before", "while", "when", "upon");

	private final Lexicon lexicon;

	Clauses(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	/** Reporting cues in the tokens, outside quotation marks; a one-word cue must be tagged as a verb. */
	List<CueMatch> cues(List<Token> tokens, List<Quotation> quotations) {
		List<CueMatch> found = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			if (insideQuotation(tokens.get(i).start(), quotations)) {
				continue;
			}
			for (Lexicon.Cue cue : this.lexicon.cuesStartingWith(tokens.get(i).lower())) {
				int n = cue.words().size();
				// ("He went on to note that": the verb after "went on to" reports as a finite one would)
				// (nor after "having": "Having said that he underlined ...", a perfect participle's, no finite verb)
				if (i + n > tokens.size()
						|| (n == 1 && !isFiniteVerb(tokens, i) && !isMistaggedCue(tokens, i) && !wentOnTo(tokens, i))
						|| afterOwner(tokens, i) || i > 0 && tokens.get(i - 1).is("having")) {
					continue;
				}
				// "expressed his hope", "expressed deep concern": a determiner and an adjective may stand in a phrase
				int skip = 0;
				// (and a day: "called on Tuesday for calm")
				if (n > 1 && i + n + 2 <= tokens.size() && tokens.get(i + 1).is("on")
						&& DAYS.contains(tokens.get(i + 2).lower())) {
					skip += 2;
				}
				// (and a quotation mark: "expressed “deep concern” over ...")
				if (n > 1 && i + n + 1 <= tokens.size() && isQuoteMark(tokens.get(i + 1))) {
					skip++;
				}
				boolean determiner = i + n + skip + 1 <= tokens.size()
						&& DETERMINERS.contains(tokens.get(i + 1 + skip).lower());
				if (n > 1 && determiner) {
					skip++;
				}
				// (or after the determiner: "expressed his “support for ...”")
				boolean quotedAfterDeterminer = n > 1 && determiner && i + n + skip + 1 <= tokens.size()
						&& isQuoteMark(tokens.get(i + 1 + skip));
				if (quotedAfterDeterminer) {
					skip++;
				}
				if (n > 1 && i + n + skip + 1 <= tokens.size() && tokens.get(i + 1 + skip).tag().equals("ADJ")
						&& !tokens.get(i + 1 + skip).lower().equals(cue.words().get(1))) {
					skip++;
				}
				boolean match = true;
				for (int k = 0; k < n && match; k++) {
					match = tokens.get(i + k + ((k > 0) ? skip : 0)).lower().equals(cue.words().get(k));
				}
				if (match) {
					if (!isNegated(tokens, i) && !isPenalty(tokens, i + n + skip) && !isAddingTo(tokens, i, n + skip)) {
						// (a cue whose noun is quoted ends before the quotation, which is the content's)
						boolean quotedNoun = n > 1 && (isQuoteMark(tokens.get(i + 1)) || quotedAfterDeterminer);
						found.add(new CueMatch(cue, i, quotedNoun ? i + 1 : i + n + skip));
					}
					i += n + skip - 1;
					break;
				}
			}
		}
		return found;
	}

	/**
	 * The reporting participle at token {@code i} that opens a sentence, "Noting" of "Noting that A, X said B", which
	 * {@link #cues} leaves out (no finite verb opens a sentence so); empty when none stands there.
	 */
	Optional<CueMatch> openingParticiple(List<Token> tokens, int i) {
		if (i >= tokens.size()) {
			return Optional.empty();
		}
		for (Lexicon.Cue cue : this.lexicon.cuesStartingWith(tokens.get(i).lower())) {
			int n = cue.words().size();
			boolean match = cue.isParticiple() && i + n < tokens.size();
			for (int k = 0; k < n && match; k++) {
				match = tokens.get(i + k).lower().equals(cue.words().get(k));
			}
			if (match) {
				return Optional.of(new CueMatch(cue, i, i + n));
			}
		}
		return Optional.empty();
	}

	/**
	 * The person or the sources a reporting clause ends by citing, {@code ..., Bloomberg reported on Sunday, citing
	 * Energy Minister X.}, even in quotation marks ({@code citing an anonymous “senior official.”}); empty when it
	 * cites none (a reason: {@code citing weak demand}).
	 */
	Optional<Subject> citedAfter(List<Token> tokens, int from, String text) {
		for (int i = from; i + 2 < tokens.size(); i++) {
			if (tokens.get(i).text().equals(",") && tokens.get(i + 1).is("citing")) {
				int start = i + 2;
				int last = tokens.size();
				while (last > start && tokens.get(last - 1).isPunct()) {
					last--;
				}
				int end = last;
				String words = span(tokens, start, end, text).replaceAll("[“”\"]", "");
				return SpeakerPhrase.parse(words, this.lexicon)
					.map((phrase) -> new Subject(phrase, start, end))
					.filter((found) -> firstVerb(tokens, start, end) < 0)
					.filter((found) -> found.phrase().isName() && !found.phrase().organization()
							|| found.phrase().form() == SpeakerPhrase.Form.DESCRIPTION
									&& CITED_SOURCES.contains(found.phrase().head()));
			}
			if (tokens.get(i).isVerb() && i > from) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	/** The nouns of unnamed sources an outlet cites: "citing sources", "citing a senior official". */
	private static final Set<String> CITED_SOURCES = Set.of("source", "official", "diplomat", "insider", "officer");

	/** Whether the noun phrase at {@code start} is a penalty or a charge: "a Football Association charge of ...". */
	private static boolean penaltyHead(List<Token> tokens, int start, int end) {
		int i = start + 1;
		while (i < end && !tokens.get(i).tag().equals("ADP") && !tokens.get(i).isPunct() && !tokens.get(i).isVerb()) {
			i++;
		}
		return i > start + 1 && SANCTIONS.contains(tokens.get(i - 1).lower());
	}

	private static final Set<String> SANCTIONS = Set.of("charge", "charges", "fine", "fines", "ban", "bans", "penalty",
			"suspension", "sanction", "sanctions");

	private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "nor");

	/** Words in -'s that are a pronoun and "is" or "has", no owner: "He's said", "It's". */
	private static final Set<String> CONTRACTED = Set.of("he", "she", "it", "that", "there", "who", "what", "here");

	/** {@code Al-Mustafa’s remarks underscore}: a cue's word right after a name's possessive is a noun it owns. */
	private static boolean afterOwner(List<Token> tokens, int i) {
		if (i == 0) {
			return false;
		}
		String before = tokens.get(i - 1).text();
		// ("the United Nations' call for": a plural owner's mark, a token of its own)
		if ((before.equals("'") || before.equals("’")) && i >= 2 && tokens.get(i - 2).isCapitalized()
				&& tokens.get(i - 2).text().endsWith("s")) {
			return true;
		}
		String owner = before.replaceFirst("['’]s$", "").toLowerCase(Locale.ROOT);
		return SpeakerPhrase.isPossessive(before) && tokens.get(i - 1).isCapitalized() && !CONTRACTED.contains(owner);
	}

	/** Cues that, with "with" after them, tell what befell someone: "was threatened with a ban", "charged with". */
	private static final Set<String> PENALTIES = Set.of("threatened", "charged");

	/**
	 * {@code was fined and threatened with a ban}: a penalty, no report; nor is {@code activists, accused of
	 * collaborating}, whom others accuse with no object between.
	 */
	private static boolean isPenalty(List<Token> tokens, int after) {
		return after < tokens.size() && (tokens.get(after).is("with") && PENALTIES.contains(tokens.get(after - 1).lower())
				|| tokens.get(after).is("of") && tokens.get(after - 1).is("accused")
				// ("160 Gazans reported dead", "three were reported missing": what befell them, no report of theirs)
				|| tokens.get(after - 1).is("reported") && FATES.contains(tokens.get(after).lower()));
	}

	/** What is reported of people who say nothing: "reported dead", "reported missing". */
	private static final Set<String> FATES = Set.of("dead", "killed", "missing", "injured", "wounded", "hurt",
			"arrested", "detained", "kidnapped", "abducted", "displaced");

	/**
	 * {@code ..., adding to the confusion}: the participle "adding" and "to" with no clause reported after them within
	 * a few words (but "“Q,” he added to the crowd" reports).
	 */
	private static boolean isAddingTo(List<Token> tokens, int cue, int length) {
		int after = cue + length;
		if (length != 1 || !tokens.get(cue).is("adding") || after >= tokens.size() || !tokens.get(after).is("to")) {
			return false;
		}
		for (int i = after + 1; i < tokens.size() && i <= after + 4; i++) {
			if (tokens.get(i).is("that") || tokens.get(i).text().equals(":") || isQuoteMark(tokens.get(i))) {
				return false;
			}
		}
		return true;
	}

	/** The determiners that may stand inside a reporting phrase: "expressed his hope". */
	private static final Set<String> DETERMINERS = Set.of("his", "her", "their", "its", "our", "my", "the");

	/** Verbs that say what a speaker did not tell, beside the reporting cues: "did not elaborate". */
	private static final Set<String> SPEECH_VERBS = Set.of("elaborate", "elaborated", "specify", "specified", "give",
			"gave", "given", "provide", "provided", "identify", "identified", "name", "named", "detail", "detailed",
			"discuss", "discussed", "offer", "offered", "address", "addressed");

	private static final Set<String> REFUSALS = Set.of("declined", "refused", "failed", "declines", "refuses", "fails",
			"decline", "refuse", "fail", "declining", "refusing", "failing");

	/** Words before a gerund cue that say it was not said: "while avoiding saying who", "without saying". */
	private static final Set<String> AVOIDANCES = Set.of("avoiding", "avoided", "avoids", "avoid", "without");

	/** {@code did not say}, {@code never said}, {@code declined to say}: nothing was reported. */
	private static boolean isNegated(List<Token> tokens, int cue) {
		int i = cue - 1;
		while (i >= 0 && tokens.get(i).tag().equals("ADV") && !NEGATIONS.contains(tokens.get(i).lower())) {
			i--;
		}
		if (i < 0) {
			return false;
		}
		String before = tokens.get(i).lower();
		// ("X would only say he was confident", "would say only that": what was said, and no more)
		boolean only = tokens.subList(i + 1, cue).stream().anyMatch((token) -> token.is("only"))
				|| cue + 1 < tokens.size() && tokens.get(cue + 1).is("only");
		if (before.equals("would") && only) {
			return false;
		}
		// (and "the producers will announce a cut": what is yet to be said is no report)
		// (but "Ramli Mohd Nor said": a name's capitalised word inside the sentence negates nothing)
		boolean named = i > 0 && tokens.get(i).isCapitalized();
		return NEGATIONS.contains(before) && !named || FUTURE.contains(before)
				|| (AVOIDANCES.contains(before) && tokens.get(cue).lower().endsWith("ing"))
				|| (before.equals("to") && i > 0 && REFUSALS.contains(tokens.get(i - 1).lower()));
	}

	/**
	 * Whether the clause in tokens {@code [from, to)} says a document was not issued: "did not issue a statement",
	 * "has yet to release a statement", "declined to issue a statement".
	 */
	static boolean deniesIssuing(List<Token> tokens, int from, int to) {
		for (int i = from; i < to; i++) {
			String word = tokens.get(i).lower();
			boolean beforeTo = i + 1 < to && tokens.get(i + 1).is("to");
			if (NEGATIONS.contains(word) || beforeTo && (word.equals("yet") || REFUSALS.contains(word))) {
				return true;
			}
		}
		return false;
	}

	/** Modal verbs before a cue that make it no report of what was said: "will announce", "would demand". */
	private static final Set<String> FUTURE = Set.of("will", "would", "shall", "may", "might", "could", "should", "can",
			"must", "'ll", "’ll");

	/** How long, in tokens, an aside set off by commas after "and" before a cue may be: "and, citing X, said". */
	private static final int MAX_CONJOINED_ASIDE = 12;

	/**
	 * The "and" or "but" before an aside that commas set off right before {@code cue}: "X praised the plan and, citing
	 * the floods, said"; -1 when there is none.
	 */
	static int conjunctionBeforeAside(List<Token> tokens, int from, int cue) {
		if (cue - 1 <= from || !tokens.get(cue - 1).text().equals(",")) {
			return -1;
		}
		for (int k = cue - 2; k > from + 1 && k >= cue - 1 - MAX_CONJOINED_ASIDE; k--) {
			if (tokens.get(k).text().equals(",") && (tokens.get(k - 1).is("and") || tokens.get(k - 1).is("but"))) {
				return k - 1;
			}
			if (tokens.get(k).isPunct() || isQuoteMark(tokens.get(k))) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * The subject a cue shares with the clause it is coordinated to: {@code X did not say A but insisted B},
	 * {@code X confirmed the attack and added that B}.
	 */
	Optional<Subject> sharedSubject(List<Token> tokens, int from, int cue, String text) {
		int i = cue - 1;
		while (i > from && (tokens.get(i).tag().equals("ADV") || AUXILIARIES.contains(tokens.get(i).lower()))) {
			i--;
		}
		// ("X praised the plan and, citing the floods, said": an aside set off after the conjunction)
		int conjunction = conjunctionBeforeAside(tokens, from, i + 1);
		i = (conjunction > 0) ? conjunction : i;
		if (i <= from || !(tokens.get(i).is("and") || tokens.get(i).is("but"))) {
			return Optional.empty();
		}
		int start = skipConnectors(tokens, from, i);
		int verb = firstVerb(tokens, start, i);
		if (verb <= start) {
			return Optional.empty();
		}
		Optional<Optional<Subject>> relative = relativeSubject(tokens, verb, i, text);
		if (relative.isPresent()) {
			return relative.get();
		}
		int end = stripBack(tokens, start, verb);
		if (end - 1 > start && tokens.get(end - 1).text().equals(",")) {
			// "X, a leading proponent of Y, gave the accord grudging acceptance but said ...": the name before its
			// apposition
			Optional<Subject> named = apposition(tokens, start, end - 1, text);
			if (named.isPresent()) {
				return named;
			}
		}
		for (int k = end - 1; k >= start; k--) {
			if (tokens.get(k).text().equals(",")) {
				// "Despite that, X did not want A, and instead said B": past an opening adverbial (but "X, a
				// lawyer, did not say A but insisted B" leaves the subject to the appositive's reading)
				String opener = tokens.get(start).tag();
				boolean adverbial = opener.equals("ADP") || opener.equals("ADV") || opener.equals("SCONJ")
						|| TEMPORAL.contains(tokens.get(start).lower());
				boolean one = true;
				for (int c = start; c < k; c++) {
					one &= !tokens.get(c).text().equals(",");
				}
				return (adverbial && one) ? phrase(tokens, k + 1, end, text) : Optional.empty();
			}
		}
		Optional<Subject> subject = phrase(tokens, start, end, text);
		// ("Coach X at the post-match press conference was a happy man and said": the name before the adverbial)
		return subject.isPresent() ? subject : nameBeforeAdverbial(tokens, start, verb, text);
	}

	/**
	 * The subject of a relative clause after a preposition that a conjunction at {@code conjunction} goes on, when one
	 * stands between {@code verb} and it: "X was asked about a report, according to which the government is studying
	 * A and considers B", "X attended a meeting at which the minister presented a plan and said B". Empty when none
	 * does; an empty subject when the clause has none.
	 */
	private Optional<Optional<Subject>> relativeSubject(List<Token> tokens, int verb, int conjunction, String text) {
		for (int k = conjunction - 2; k > verb; k--) {
			if (tokens.get(k).text().equals(",")) {
				break;
			}
			if (tokens.get(k).is("which") && tokens.get(k - 1).tag().equals("ADP")) {
				int relativeVerb = firstVerb(tokens, k + 1, conjunction);
				return Optional.of((relativeVerb > k + 1)
						? phrase(tokens, k + 1, stripBack(tokens, k + 1, relativeVerb), text) : Optional.empty());
			}
		}
		return Optional.empty();
	}

	/**
	 * {@code Torbey reveals that}, {@code Hughes concedes Birmingham deserved}: a cue tagged as a noun after a name or
	 * pronoun is a verb when {@code that} or a present-tense ending says so.
	 */
	private static boolean isMistaggedCue(List<Token> tokens, int i) {
		// (not after a possessive: "Turkey’s claims of ...")
		String before = (i > 0) ? tokens.get(i - 1).text() : "";
		boolean possessive = before.endsWith("’s") || before.endsWith("'s") || before.endsWith("s’")
				|| before.endsWith("s'");
		// (nor after a possessive pronoun: "In his remarks/NOUN on the topic")
		boolean afterName = i > 0 && !possessive && !POSSESSIVE_PRONOUNS.contains(tokens.get(i - 1).lower())
				&& (tokens.get(i - 1).tag().equals("PROPN") || tokens.get(i - 1).tag().equals("PRON"));
		boolean present = tokens.get(i).lower().endsWith("s") && i + 1 < tokens.size() && !tokens.get(i + 1).isPunct();
		boolean thatFollows = i + 1 < tokens.size() && tokens.get(i + 1).is("that");
		// "praised the officers, writing/NOUN on X that": a participle after a comma
		boolean participle = i > 0 && tokens.get(i - 1).text().equals(",") && tokens.get(i).lower().endsWith("ing");
		// "The Joint Force claims/NOUN that": a singular noun phrase opening the sentence, then the cue and "that"
		// (not "rejected the government claims that": a noun with its clause)
		boolean afterSubject = thatFollows && i > 1 && tokens.get(i - 1).tag().equals("NOUN")
				&& !tokens.get(i - 1).lower().endsWith("s")
				&& tokens.subList(0, i - 1).stream().allMatch((token) -> SUBJECT_NOUN_TAGS.contains(token.tag()));
		return (afterName && (thatFollows || present) || participle || afterSubject) && tokens.get(i).tag().equals("NOUN");
	}

	/**
	 * "Norway, Poland, Denmark and Germany announced": where a list of names that the subject "Denmark and Germany"
	 * ends starts, its names in commas before it; {@code start} when no such list stands there.
	 */
	private static int listStart(List<Token> tokens, int from, int start, int end) {
		boolean joined = false;
		for (int k = start; k < end; k++) {
			boolean name = tokens.get(k).tag().equals("PROPN");
			if (!name && !(tokens.get(k).is("and") && k > start && k + 1 < end)) {
				return start;
			}
			joined |= tokens.get(k).is("and");
		}
		int listed = start;
		while (joined && listed - 2 >= from && tokens.get(listed - 1).text().equals(",")
				&& tokens.get(listed - 2).tag().equals("PROPN")) {
			int k = listed - 2;
			while (k - 1 >= from && tokens.get(k - 1).tag().equals("PROPN")) {
				k--;
			}
			listed = k;
		}
		return (listed < start && (listed == from || tokens.get(listed - 1).isPunct())) ? listed : start;
	}

	/** The tags of a plain noun phrase: "The/DET Joint/ADJ Force/NOUN". */
	private static final Set<String> SUBJECT_NOUN_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN");

	static boolean insideQuotation(int offset, List<Quotation> quotations) {
		for (Quotation quotation : quotations) {
			if (offset > quotation.open() && offset < quotation.close()) {
				return true;
			}
		}
		return false;
	}

	/** The speaker named right before a cue: {@code X said}, {@code X, a spokesman for Y, said}, {@code who said}. */
	Optional<Subject> subjectBefore(List<Token> tokens, int from, int cue, String text) {
		int end = stripBack(tokens, from, cue);
		if (end <= from || PASSIVE.contains(tokens.get(end - 1).lower())) {
			return Optional.empty();
		}
		Token closing = tokens.get(end - 1);
		if (end - 2 > from && SUBJECT_PRONOUNS.contains(closing.lower())
				&& (tokens.get(end - 2).is("but") || tokens.get(end - 2).is("and"))) {
			// "X acknowledged the delay but he added that Q": the pronoun a conjunction opens a clause with
			return phrase(tokens, end - 1, end, text);
		}
		if (DASHES.contains(closing.text())) {
			// "the group, which – as well as other sources – suggests": the subject before the aside the dashes set off
			for (int k = end - 2; k > from; k--) {
				if (DASHES.contains(tokens.get(k).text())) {
					// (but "The commander-in-chief of one of the groups—General X of the Y Forces—has confirmed": the
					// person the aside names, so described)
					int open = k;
					Optional<Subject> before = subjectBefore(tokens, from, k, text);
					Optional<Subject> named = phrase(tokens, k + 1, end - 1, text)
						.filter((found) -> found.phrase().isName() && !found.phrase().organization()
								&& NameKey.words(found.phrase().name()).size() >= 2 && firstVerb(tokens, open + 1, end - 1) < 0);
					if (named.isPresent() && before.filter((found) -> !found.phrase().isName()).isPresent()) {
						String role = span(tokens, before.get().from(), open, text);
						return Optional.of(new Subject(named.get().phrase().withRole(role), before.get().from(), end));
					}
					return before;
				}
			}
		}
		if ((closing.is("and") || closing.is("but") || closing.is("or")) && firstVerb(tokens, from, end) < 0) {
			// "X confirmed [the toll and] said ...": what ends with a conjunction and holds no verb names nobody
			return Optional.empty();
		}
		if (closing.text().equals(",")) {
			return apposition(tokens, from, end - 1, text);
		}
		Optional<Subject> unclosed = unclosedAside(tokens, from, end, text);
		if (unclosed.isPresent()) {
			return unclosed;
		}
		int start = skipTimePhrase(tokens, skipConnectors(tokens, segmentStart(tokens, from, end), end), end);
		int segment = segmentStart(tokens, from, end);
		if (segment > from + 1 && segment < end && tokens.get(segment - 1).text().equals(",")
				&& tokens.get(segment).tag().equals("ADP") && !tokens.get(segment).is("according")
				&& firstVerb(tokens, segment, end) < 0 && tokens.subList(segment, end).stream().noneMatch(Token::isPunct)) {
			// "X, the Prime Minister of Iraq, on Saturday in a televised interview with Y announced": when and where
			// after the apposition, then the cue
			Optional<Subject> named = apposition(tokens, from, segment - 1, text);
			if (named.isPresent()) {
				return named;
			}
		}
		// ("... for the failure as X accused": the subject of the clause a subordinator opens before the cue)
		for (int k = end - 2; k > start; k--) {
			boolean subordinator = opensNamedClause(tokens, k) || (tokens.get(k).is("while")
					|| tokens.get(k).is("because") || tokens.get(k).is("although") || tokens.get(k).is("whereas"))
							&& tokens.get(k + 1).tag().equals("PROPN");
			if (subordinator && tokens.subList(k + 1, end).stream().allMatch(Token::isCapitalized)) {
				start = k + 1;
				break;
			}
		}
		// ("In his remarks on the topic “Maximizing X” Al-Jadaan emphasized": the name after a quoted title)
		for (int k = end - 2; k > start; k--) {
			if (isQuoteMark(tokens.get(k))) {
				// (a closing mark, with the name after it: not "sources close to “Kolo” admitted")
				long marks = tokens.subList(start, k + 1).stream().filter(Clauses::isQuoteMark).count();
				if (marks % 2 != 0) {
					break;
				}
				int after = k + 1;
				Optional<Subject> named = (firstVerb(tokens, after, end) < 0) ? phrase(tokens, after, end, text)
					.filter((found) -> found.from() == after && found.phrase().isName()) : Optional.empty();
				if (named.isPresent()) {
					return named;
				}
				break;
			}
		}
		// (or past a connector skipped already: "after" of "after the game he")
		boolean preposition = start < end && (tokens.get(start).tag().equals("ADP") || tokens.get(start).tag().equals("SCONJ")
				|| tokens.get(start).is("according"))
				|| start > from && start < end && (tokens.get(start - 1).is("after") || tokens.get(start - 1).is("before"));
		// (and "According to NRT he also said": the source the pronoun's words came through)
		if (preposition && (!tokens.get(start).is("according") || SUBJECT_PRONOUNS.contains(tokens.get(end - 1).lower()))) {
			// "after the game he conceded": a prepositional phrase with no comma before the pronoun that speaks
			for (int k = start + 1; k < end; k++) {
				if (tokens.get(k).isVerb() || tokens.get(k).isPunct()) {
					break;
				}
				if (SUBJECT_PRONOUNS.contains(tokens.get(k).lower()) && k + 1 == end) {
					start = k;
					break;
				}
				// (and before a name: "In sharp exchanges Mr X claimed", "In a speech X said")
				// (a preposition's noun first, not a name's title: "Ashdown boss X", "Inspector General of Police X")
				if (Nlp.ADPOSITIONS.contains(tokens.get(start).lower()) && !tokens.get(start).is("of")
						&& tokens.get(k - 1).tag().equals("NOUN") && !tokens.get(k - 1).isCapitalized() && k - 1 > start
						&& tokens.subList(k, end).stream().allMatch(Token::isCapitalized)) {
					start = k;
					break;
				}
			}
		}
		if (start + 2 < end && (tokens.get(start).tag().equals("ADP") || tokens.get(start).is("to"))
				&& tokens.get(start + 1).is("which")) {
			// "..., to which the minister said": the relative's preposition, then the subject
			start += 2;
		}
		if (start + 3 < end && tokens.get(start).is("according") && tokens.get(start + 1).is("to")
				&& isQuoteMark(tokens.get(start + 2))) {
			// "According to “Reuters” two US officials said": the source in quotation marks, then who speaks
			for (int k = start + 3; k + 1 < end; k++) {
				if (isQuoteMark(tokens.get(k))) {
					start = k + 1;
					break;
				}
			}
		}
		else if (start + 3 < end && tokens.get(start).is("according") && tokens.get(start + 1).is("to")) {
			// ("According to North Press Agency Erdogan said": no comma after the outlet, whose name ends in its
			// body's word, then who speaks)
			for (int k = start + 3; k < end; k++) {
				if (OUTLET_ENDINGS.contains(tokens.get(k - 1).lower()) && tokens.get(k).isCapitalized()) {
					start = k;
					break;
				}
				if (!tokens.get(k).isCapitalized()) {
					break;
				}
			}
		}
		start = listStart(tokens, from, start, end);
		if (start >= end) {
			return Optional.empty();
		}
		if (end - start == 1 && tokens.get(start).tag().startsWith("PRON+")) {
			// "He's said that": a pronoun and its auxiliary in one word
			return phrase(tokens, start, end, text);
		}
		if (end - start == 1 && (tokens.get(start).is("who") || tokens.get(start).is("which"))) {
			return antecedent(tokens, from, start, text);
		}
		if (end - start > 2 && tokens.get(end - 1).is("who") && tokens.get(end - 2).tag().equals("PROPN")) {
			return antecedent(tokens, from, end - 1, text);
		}
		// "The source who asked to remain anonymous due to X added that": a relative clause that no commas set off
		for (int k = start + 1; k + 2 < end; k++) {
			if (tokens.get(k).is("who") && (tokens.get(k - 1).tag().equals("NOUN") || tokens.get(k - 1).tag().equals("PROPN"))
					&& tokens.get(k + 1).isVerb() && firstVerb(tokens, start, k) < 0) {
				int first = start;
				int relative = k;
				Optional<Subject> source = phrase(tokens, first, relative, text)
					.filter((found) -> found.from() == first && found.to() == relative && isSource(found.phrase()));
				if (source.isPresent()) {
					return source;
				}
				break;
			}
		}
		if (end - start > 2 && (tokens.get(end - 1).is("which") || tokens.get(end - 1).is("that"))
				&& tokens.get(end - 2).tag().equals("NOUN")) {
			// "On reports by certain foreign media which claim that ...": the noun phrase the relative follows
			int k = end - 1;
			// (not past a number, which the name of a phrase does not hold well: "Kan 11 News")
			while (k > start && !tokens.get(k - 1).isPunct() && !tokens.get(k - 1).isVerb()
					&& !tokens.get(k - 1).tag().equals("ADP") && !tokens.get(k - 1).tag().equals("NUM")) {
				k--;
			}
			int npStart = k;
			if (k > start && tokens.get(k - 1).tag().equals("NUM")) {
				return Optional.empty();
			}
			return phrase(tokens, k, end - 1, text)
				.filter((subject) -> subject.from() == npStart && isSource(subject.phrase()));
		}
		int verb = firstVerb(tokens, start, end);
		if (verb >= 0) {
			Token last = tokens.get(end - 1);
			boolean coordinated = last.is("but") || last.is("and");
			Optional<Optional<Subject>> relativeClause = coordinated ? relativeSubject(tokens, verb, end - 1, text)
					: Optional.empty();
			if (relativeClause.isPresent()) {
				return relativeClause.get();
			}
			if (coordinated) {
				// (who goes on to report is someone or some body: not "the government's first goal is to end the coup
				// and pointed out")
				return (verb > start) ? phrase(tokens, start, verb, text).filter((found) -> isSource(found.phrase())
						|| found.phrase().organization() || found.phrase().form() == SpeakerPhrase.Form.PRONOUN)
						: beforeRelativeAside(tokens, from, start, text);
			}
			// "gave a briefing on Monday in which they urged ...", "a speech during which she said ...": the subject
			// of a relative clause about an occasion of speech
			for (int k = end - 2; k > verb + 1; k--) {
				if (tokens.get(k).is("which") && OCCASION_PREPOSITIONS.contains(tokens.get(k - 1).lower())
						&& firstVerb(tokens, k + 1, end) < 0) {
					// (a pronoun there is the main clause's subject: "The mayors gave a briefing in which they urged")
					Optional<Subject> relative = phrase(tokens, k + 1, end, text);
					boolean pronoun = relative.filter((found) -> found.phrase().form() == SpeakerPhrase.Form.PRONOUN)
						.isPresent();
					Optional<Subject> main = pronoun ? phrase(tokens, start, stripBack(tokens, start, verb), text)
						.filter((found) -> isSource(found.phrase())) : Optional.empty();
					return main.isPresent() ? main : relative;
				}
			}
			// "appreciated the condemnation of the attacks, which he described as ...": a cue in a relative clause
			// about the object reports within the content, no new report
			for (int k = end - 1; k > verb; k--) {
				boolean asideOpens = RELATIVE_ASIDE.contains(tokens.get(k + 1).lower());
				if (tokens.get(k).text().equals(",") && !asideOpens) {
					break;
				}
				if (RELATIVE_ASIDE.contains(tokens.get(k).lower()) && end - k <= 3
						&& tokens.subList(k + 1, end).stream().allMatch((token) -> token.tag().equals("PRON"))) {
					return Optional.empty();
				}
			}
			int framed = impersonalFrameEnd(tokens, start, end);
			if (framed > 0) {
				// "It will be recalled that X in a statement denied", "It is worth noting that X said": a frame
				// that reports nothing; who speaks stands after its "that"
				return subjectBefore(tokens, framed, cue, text);
			}
			// "He gave no reason but the state news agency had earlier said ...", "The attack comes after the
			// army said ...": the subject after the conjunction
			for (int k = end - 2; k > verb; k--) {
				if (CONJUNCTIONS.contains(tokens.get(k).lower())) {
					return (firstVerb(tokens, k + 1, end) < 0) ? phrase(tokens, k + 1, end, text) : Optional.empty();
				}
			}
			return nameBeforeAdverbial(tokens, start, verb, text);
		}
		for (int k = end - 2; k > start; k--) {
			Optional<Subject> relative = (tokens.get(k).is("that") || tokens.get(k).is("which"))
					? phrase(tokens, k + 1, end, text) : Optional.empty();
			if (relative.isPresent()) {
				// "in a strike that economists warned could snarl supply chains": the relative clause's subject
				return relative;
			}
		}
		for (int k = end - 2; k > start; k--) {
			if (TEMPORAL_SUBORDINATORS.contains(tokens.get(k).lower())) {
				// "... on Thursday night, just hours after Aoun called for": the subordinate clause's subject
				Optional<Subject> after = phrase(tokens, k + 1, end, text);
				if (after.isPresent()) {
					return after;
				}
			}
		}
		Optional<Subject> whole = phrase(tokens, start, end, text);
		for (int k = end - 2; whole.isEmpty() && k > start; k--) {
			if (isSubordinator(tokens.get(k))) {
				// "Oil prices rose/NOUN on Wednesday after sources said": the verb the tagger missed is the
				// narrator's; the subject follows the subordinator
				return phrase(tokens, k + 1, end, text);
			}
		}
		return whole;
	}

	/**
	 * A person's name opening the clause, then an aside whose closing comma was left out: {@code X Y, who runs a shop in
	 * Z said}, {@code X Y, the head of the civil defense in Z confirmed}; the name, with the description as its role.
	 */
	private Optional<Subject> unclosedAside(List<Token> tokens, int from, int end, String text) {
		int asideStart = segmentStart(tokens, from, end);
		int comma = asideStart - 1;
		if (comma <= from || !tokens.get(comma).text().equals(",") || end - asideStart < 3) {
			return Optional.empty();
		}
		int nameStart = skipConnectors(tokens, segmentStart(tokens, from, comma), comma);
		// (an adverbial is no name: "Regarding Syria, the official said")
		if (nameStart != skipConnectors(tokens, from, comma) || firstVerb(tokens, nameStart, comma) >= 0
				|| tokens.get(nameStart).tag().equals("ADP")) {
			return Optional.empty();
		}
		// (a title before the name too: "Major X Y, the division spokesperson tells")
		Optional<Subject> name = phrase(tokens, nameStart, comma, text)
			.filter((found) -> found.from() == nameStart && found.phrase().isName() && !found.phrase().organization()
					&& (found.phrase().role() == null || this.lexicon.isTitleWord(tokens.get(nameStart).lower()))
					&& NameKey.words(found.phrase().name()).size() >= 2);
		if (name.isEmpty()) {
			return Optional.empty();
		}
		// (and "X, whose father is held hostage told": a relative aside about the person, left unclosed too)
		if (tokens.get(asideStart).is("who") || tokens.get(asideStart).is("whose")) {
			return Optional.of(new Subject(name.get().phrase(), nameStart, end));
		}
		Token first = tokens.get(asideStart);
		// (or a role with no article: "X, spokesman for the ruling party says")
		// (or an owner's possessive: "X, UPDF's 1st Division spokesperson tells")
		boolean determined = first.is("the") || first.is("a") || first.is("an")
				|| first.tag().equals("NOUN") && isRoleWord(first.lower()) && end - asideStart >= 4
				|| first.isCapitalized() && first.text().matches(".+['’]s");
		Optional<Subject> description = determined && firstVerb(tokens, asideStart, end) < 0
				? phrase(tokens, asideStart, end, text).filter((found) -> found.from() == asideStart
						&& found.phrase().form() == SpeakerPhrase.Form.DESCRIPTION && !found.phrase().organization()
						&& isRoleWord(found.phrase().head()))
				: Optional.empty();
		return description.map((found) -> new Subject(name.get().phrase().withRole(span(tokens, asideStart, end, text)),
				nameStart, end));
	}

	/**
	 * The subject before a relative aside that ends just before {@code verb}: {@code Peace Now, which monitors
	 * settlements, welcomed A but said B}; empty when no such aside stands there, or the verb reports.
	 */
	private Optional<Subject> beforeRelativeAside(List<Token> tokens, int from, int verb, String text) {
		int close = verb - 1;
		// (when that verb reports, "X, who ..., said A and accused B", its subject is the later cue's too)
		if (close <= from || !tokens.get(close).text().equals(",") || this.lexicon.opensCue(tokens.get(verb).lower())) {
			return Optional.empty();
		}
		for (int k = close - 1; k > from; k--) {
			if (tokens.get(k).text().equals(",")) {
				boolean which = tokens.get(k + 1).is("which");
				int start = segmentStart(tokens, from, k);
				if (!(which || tokens.get(k + 1).is("who")) || firstVerb(tokens, start, k) >= 0) {
					return Optional.empty();
				}
				// "which" speaks of no person
				return phrase(tokens, start, k, text).map((subject) -> which && subject.phrase().isName()
						? new Subject(subject.phrase().asOrganization(), subject.from(), subject.to()) : subject);
			}
		}
		return Optional.empty();
	}

	/**
	 * Where the clause after an impersonal frame starts: "It will be recalled that", "It should be noted that", "It
	 * is worth noting that" (a passive or "worth" after "It", then "that"); -1 when the clause opens with none.
	 */
	private static int impersonalFrameEnd(List<Token> tokens, int start, int end) {
		if (start + 3 >= end || !tokens.get(start).lower().equals("it") || !tokens.get(start + 1).tag().equals("AUX")) {
			return -1;
		}
		for (int k = start + 2; k < end; k++) {
			Token token = tokens.get(k);
			if (token.is("that")) {
				boolean passive = tokens.get(k - 1).tag().equals("VERB") && tokens.get(k - 1).lower().endsWith("ed")
						&& (tokens.get(k - 2).is("be") || tokens.get(k - 2).is("is") || tokens.get(k - 2).is("was"));
				boolean worth = k - 2 > start && tokens.get(k - 2).is("worth");
				return (passive || worth) && k + 1 < end ? k + 1 : -1;
			}
			if (!token.tag().equals("AUX") && !token.tag().equals("VERB") && !token.tag().equals("ADV")
					&& !token.is("worth") && !(tokens.get(k - 1).is("worth") && token.lower().endsWith("ing"))) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * "Spokesman X in a live broadcast aired by Y on Wednesday said": the name that opens the clause before an
	 * adverbial that comes between it and its verb; empty when none does.
	 */
	private Optional<Subject> nameBeforeAdverbial(List<Token> tokens, int start, int verb, String text) {
		for (int k = start + 1; k < verb; k++) {
			// (or "X while refuting Y’s claim that A said": a subordinator and its participle)
			boolean participle = PARTICIPLE_SUBORDINATORS.contains(tokens.get(k).lower()) && k + 1 <= verb
					&& tokens.get(k + 1).lower().endsWith("ing");
			if ((ADVERBIAL_PREPOSITIONS.contains(tokens.get(k).lower()) || participle)
					&& tokens.get(k - 1).tag().equals("PROPN")) {
				return phrase(tokens, start, k, text).filter((subject) -> subject.phrase().isName());
			}
		}
		return Optional.empty();
	}

	/**
	 * The subject of the clause a participle follows, the participle standing at token {@code end} or after it:
	 * {@code X congratulated Y, saying}, {@code Asked about it, X also criticized Y, stating}.
	 */
	Optional<Subject> participleSubject(List<Token> tokens, int from, int end, String text) {
		// the comma that closes an apposition passed over on the way back ("X, a spokesman with Y, issued ...")
		int appositionEnd = -1;
		while (end > from) {
			int segment = segmentStart(tokens, from, end);
			int start = skipConnectors(tokens, segment, end);
			// "He talked about Sudan, after Netanyahu spoke to X, saying": not the adverbial clause's subject
			boolean adverbial = segment > from && isSubordinator(tokens.get(segment));
			int verb = adverbial ? -1 : firstVerb(tokens, start, end);
			// (and "X in a speech Sunday in the French capital Paris denied A, saying": X, before the adverbial)
			Optional<Subject> beforeAdverbial = (verb > start) ? nameBeforeAdverbial(tokens, start, verb, text)
					: Optional.empty();
			Optional<Subject> subject = beforeAdverbial.isPresent() ? beforeAdverbial
					: (verb > start) ? phrase(tokens, start, stripBack(tokens, start, verb), text) : Optional.empty();
			if (subject.isEmpty() && verb == start && isCueWord(tokens.get(start).lower())) {
				// "A, said X, adding: “Q”": the inverted speaker goes on
				int segmentEnd = end;
				subject = subjectAfter(tokens, start + 1, text)
					.filter((found) -> found.to() >= segmentEnd && isSource(found.phrase()));
			}
			// ("X downplayed the visit of the secretary, Y, to the capital, saying": a name set off after a clause's
			// object is that object's apposition, no subject)
			boolean objectsApposition = segment > from + 1 && tokens.get(segment - 1).text().equals(",")
					&& NOMINAL_TAGS.contains(tokens.get(segment - 2).tag())
					&& firstVerb(tokens, segmentStart(tokens, from, segment - 1), segment - 1) >= 0;
			if (subject.isEmpty() && verb < 0 && !adverbial && end - start <= 16 && !objectsApposition) {
				subject = phrase(tokens, start, end, text).filter((s) -> s.phrase().isName());
				// "X, the cousin of President Y, launched ..., stressing": the appositive describes the name before it
				if (subject.isPresent() && tokens.get(start).tag().equals("DET") && segment > from) {
					int before = segmentStart(tokens, from, segment - 1);
					Optional<Subject> name = (firstVerb(tokens, before, segment - 1) < 0)
							? phrase(tokens, before, segment - 1, text).filter((s) -> s.phrase().isName())
							: Optional.empty();
					subject = name.isPresent() ? name : subject;
				}
			}
			if (subject.isPresent() && appositionEnd > 0 && subject.get().phrase().isName()) {
				// ("Sgt. X, a spokesman with the police, issued a statement saying": the apposition is the role)
				String name = subject.get().phrase().name();
				Optional<Subject> appositive = apposition(tokens, from, appositionEnd, text)
					.filter((found) -> name.equals(found.phrase().name()));
				subject = appositive.isPresent() ? appositive : subject;
			}
			if (subject.isPresent()) {
				return subject;
			}
			boolean described = verb < 0 && !adverbial && tokens.get(start).tag().equals("DET") && segment > from;
			appositionEnd = described && tokens.get(end).text().equals(",") ? end : -1;
			end = start - 1;
			while (end > from && !tokens.get(end).text().equals(",")) {
				end--;
			}
		}
		return Optional.empty();
	}

	/**
	 * Where "as" and a participle follow "quoted" or "cited" at {@code quoted}, within {@code reach} tokens: the "as"
	 * of {@code quoted X as saying}; -1 when they do not.
	 */
	static int asSaying(List<Token> tokens, int quoted, int reach) {
		// (and "Reuters reported X as saying")
		if (!(tokens.get(quoted).is("quoted") || tokens.get(quoted).is("cited") || tokens.get(quoted).is("reported"))) {
			return -1;
		}
		int as = quoted + 1;
		while (as < tokens.size() && as < quoted + reach && !tokens.get(as).is("as")) {
			as++;
		}
		boolean participle = as + 1 < tokens.size() && tokens.get(as).is("as")
				&& tokens.get(as + 1).lower().endsWith("ing");
		return participle ? as : -1;
	}

	/**
	 * Whether tokens {@code [from, end)} are a short reporting clause that closes the sentence: {@code reports said.},
	 * {@code the agency reported on Monday.}
	 */
	private boolean closingReport(List<Token> tokens, int from, int end) {
		for (int i = from + 1; i < end && i <= from + 4; i++) {
			if (tokens.get(i).isPunct()) {
				return false;
			}
			if (isCueWord(tokens.get(i).lower()) && isFiniteVerb(tokens, i)) {
				for (int k = i + 1; k < end; k++) {
					if (!tokens.get(k).isPunct() && !isTemporal(tokens.get(k).lower()) && !tokens.get(k).is("on")) {
						return false;
					}
				}
				// ("reports/VERB said": a source's plural noun the tagger read as a verb)
				boolean noun = i == from + 1 && this.lexicon.isSpeakerNoun(tokens.get(from).lower());
				return noun || firstVerb(tokens, from, i) < 0 && NOMINAL_OPENERS.contains(tokens.get(from).tag());
			}
		}
		return false;
	}

	/** Tags that open a subject's noun phrase: "the agency", "reports", "Reuters", "state media", "he". */
	static final Set<String> NOMINAL_OPENERS = Set.of("DET", "NOUN", "PROPN", "ADJ", "PRON");

	/** The most tokens between "with" and its participle: "with the movement’s Secretary General X stressing". */
	private static final int MAX_ABSOLUTE_SUBJECT_TOKENS = 12;

	/**
	 * The reporting cue of an absolute clause that opens at {@code with}: {@code ..., with X saying Q}, {@code with an
	 * official reporting Q}; empty when none does ({@code with the help of Y}, {@code with talks set to resume}).
	 */
	Optional<CueMatch> absoluteReport(List<Token> tokens, int with, int end) {
		// (and a second one after "and": "with the opposition warning of A, and the government saying B")
		if (with + 2 >= end || !tokens.get(with).is("with") && !(tokens.get(with).is("and") && followsAbsolute(tokens, with))) {
			return Optional.empty();
		}
		for (int i = with + 2; i < end && i <= with + 1 + MAX_ABSOLUTE_SUBJECT_TOKENS; i++) {
			Token token = tokens.get(i);
			int close = token.text().equals("(") ? closingBracket(tokens, i, end) : -1;
			if (close > 0 && PARTY_AND_STATE.matcher(tokens.subList(i + 1, close).stream().map(Token::text)
				.collect(java.util.stream.Collectors.joining())).matches()) {
				// ("with Majority Leader X (R-La.) telling reporters": the party and state the name is given)
				i = close;
				continue;
			}
			if (token.lower().endsWith("ing")) {
				Optional<CueMatch> cue = cueAt(tokens, i);
				if (cue.isPresent()) {
					return cue;
				}
			}
			if (token.isPunct() && !token.text().equals("-") || isQuoteMark(token)
					|| isFiniteVerb(tokens, i) && !token.lower().endsWith("ing")) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether the content is only a listener, then "about" and a topic, with no verb and no quotation: {@code the
	 * members about the remarks of Y}.
	 */
	private static boolean aboutListener(List<Token> tokens, int start, int end) {
		int about = start;
		// (a listener with its complement: "the protesting members of the council")
		while (about < end && (NOMINAL_TAGS.contains(tokens.get(about).tag()) || tokens.get(about).tag().equals("DET")
				|| tokens.get(about).is("of") || about > start && tokens.get(about).lower().endsWith("ing"))) {
			about++;
		}
		if (about == start || about >= end || !tokens.get(about).is("about")) {
			return false;
		}
		for (int k = start; k < end; k++) {
			if (k > about && RELATIVES.contains(tokens.get(k).lower())) {
				// (the topic may have a relative clause: "the remarks of Y at a meeting where he had threatened Z")
				return true;
			}
			if (isQuoteMark(tokens.get(k)) || isFiniteVerb(tokens, k) && !tokens.get(k).lower().endsWith("ing")) {
				return false;
			}
		}
		return true;
	}

	/** Whether an absolute that ", with" opens stands before token {@code at}, with no finite verb between. */
	private static boolean followsAbsolute(List<Token> tokens, int at) {
		for (int k = at - 1; k > 0; k--) {
			if (tokens.get(k).is("with") && tokens.get(k - 1).text().equals(",")) {
				return true;
			}
			if (isFiniteVerb(tokens, k) && !tokens.get(k).lower().endsWith("ing")) {
				return false;
			}
		}
		return false;
	}

	/** The reporting cue whose words start at token {@code i}, whatever its tag; one that needs a quotation is none. */
	private Optional<CueMatch> cueAt(List<Token> tokens, int i) {
		for (Lexicon.Cue cue : this.lexicon.cuesStartingWith(tokens.get(i).lower())) {
			int n = cue.words().size();
			boolean match = i + n <= tokens.size() && !cue.quotationOnly();
			for (int k = 1; k < n && match; k++) {
				match = tokens.get(i + k).lower().equals(cue.words().get(k));
			}
			if (match) {
				return Optional.of(new CueMatch(cue, i, i + n));
			}
		}
		return Optional.empty();
	}

	/** Nouns a speaker points back at with "that": "underscored that point", "repeated that message". */
	private static final Set<String> POINTED_NOUNS = Set.of("point", "view", "message", "position", "stance", "idea",
			"argument", "theme", "sentiment", "notion");

	/** Whether a finite verb other than a participle in -ing stands in {@code [from, to)}: "were", not "marking". */
	private static boolean tensedVerbBefore(List<Token> tokens, int from, int to) {
		for (int i = from; i < to; i++) {
			if (isFiniteVerb(tokens, i) && !tokens.get(i).lower().endsWith("ing")) {
				return true;
			}
		}
		return false;
	}

	/** Subordinators of time, which no name holds. */
	private static final Set<String> TEMPORAL_SUBORDINATORS = Set.of("after", "before", "when", "while", "since",
			"until", "once");

	/** Prepositions before "which" that make a relative clause about an occasion: "in which", "during which". */
	private static final Set<String> OCCASION_PREPOSITIONS = Set.of("in", "during", "at", "on");

	/** Relative pronouns that open a clause about a noun before them: "the attacks, which he described as ...". */
	private static final Set<String> RELATIVE_ASIDE = Set.of("which", "whom");

	private static final Set<String> LISTENER_TAGS = Set.of("PROPN", "NOUN", "PRON");

	/** Words that join the capitalised words of a long office: "Adviser to the Prime Minister and Spokesperson". */
	private static final Set<String> TITLE_CONNECTORS = Set.of("of", "for", "to", "and");

	/** "of", "for", "to" or "and" (with "the" after it) between the capitalised words of a long office. */
	private static boolean titleConnector(List<Token> tokens, int at) {
		if (tokens.get(at).is("the")) {
			// (and the article after one: "for the Ministry")
			return at > 1 && TITLE_CONNECTORS.contains(tokens.get(at - 1).lower()) && at + 1 < tokens.size()
					&& isNameToken(tokens.get(at + 1));
		}
		int next = (at + 2 < tokens.size() && tokens.get(at + 1).is("the")) ? at + 2 : at + 1;
		return at > 0 && TITLE_CONNECTORS.contains(tokens.get(at).lower())
				&& isNameToken(tokens.get(at - 1)) && next < tokens.size() && isNameToken(tokens.get(next));
	}

	/** A word of a person's name: capitalised, or a particle ("bin", "al-"). */
	private static boolean isNameToken(Token token) {
		return Character.isUpperCase(token.text().charAt(0)) && !token.isPunct() || token.text().equals("-")
				|| NAME_PARTICLES.contains(token.lower());
	}

	/** Lowercase words inside a person's name: "bin", "de", "da" of "Lula da Vell", "von der" of "Kira von der Osk". */
	private static final Set<String> NAME_PARTICLES = Set.of("bin", "ibn", "bint", "al", "el", "abu", "de", "van",
			"von", "da", "do", "dos", "das", "del", "della", "di", "du", "der", "den");

	/** Whether a word opens a reporting cue: "adding", "saying". */
	boolean isCueWord(String word) {
		return this.lexicon.opensCue(word);
	}

	/** Whether a word opens a cue whose content is a clause: "adding", not "referring" (to X as Y). */
	boolean opensClauseCue(String word) {
		return this.lexicon.opensClauseCue(word);
	}

	/** Words of those who pass on what others said: "X said A, the daily Y said", "A, the Times reported". */
	private static final Set<String> OUTLETS = Set.of("agency", "daily", "newspaper", "paper", "channel", "television",
			"tv", "radio", "broadcaster", "outlet", "media", "website", "network", "news", "report", "reports",
			"magazine", "station", "site", "wire", "service", "press", "times", "post", "tribune", "herald", "journal",
			"gazette", "telegraph", "reuters", "agence", "chronicle", "guardian", "observer", "independent", "express",
			"mirror", "standard", "review", "broadcasting");

	/** Whether a phrase names an outlet: "Al-Akhbar newspaper", "the daily", a news wire. */
	boolean isOutlet(SpeakerPhrase phrase) {
		String role = (phrase.role() != null) ? phrase.role() : "";
		List<String> words = NameKey.words(phrase.text());
		return OUTLET_ENDINGS.contains(phrase.head()) || !words.isEmpty() && OUTLET_ENDINGS.contains(words.get(words.size() - 1))
				|| NameKey.words(role).stream().anyMatch(OUTLET_ENDINGS::contains)
				|| phrase.isName() && WIRES.contains(phrase.name().toLowerCase(Locale.ROOT));
	}

	/** News wires, which pass reports on ("He said A, Xinhua reported") and whose services a report cites. */
	static final Set<String> WIRES = Set.of("reuters", "bloomberg", "afp", "ap", "dpa", "xinhua", "anadolu");

	/**
	 * Whether a speaker named after a report may only pass it on ("X said A, the daily Y said", "X called for A,
	 * Asharq Al-Awsat said"): neither a named person ("The Cabinet reiterated A, the minister X said" is the
	 * minister's report of it) nor a body that speaks for itself ("X reiterated A, the Cabinet said").
	 */
	boolean passesOn(SpeakerPhrase phrase) {
		// (a person's pronoun is a person, who passes on no one's words: "The SDC insists on A, he said", "According
		// to him, Governor X was faulting the visit")
		if (phrase.isPersonalPronoun()) {
			return false;
		}
		// (a wire's name alone is no person's: "He said A, Xinhua reported")
		boolean person = phrase.isName() && !phrase.organization()
				&& !WIRES.contains(phrase.name().toLowerCase(Locale.ROOT));
		String role = (phrase.role() != null) ? phrase.role() : "";
		boolean body = phrase.organization() && !phrase.plural() && this.lexicon.isOrganizationWord(phrase.head())
				&& !OUTLETS.contains(phrase.head()) && NameKey.words(role).stream().noneMatch(OUTLETS::contains);
		// (nor do people who speak for themselves: "“Q,” the families said")
		boolean people = phrase.plural() && phrase.form() == SpeakerPhrase.Form.DESCRIPTION
				&& PEOPLE.contains(phrase.head());
		return !person && !body && !people;
	}

	/** Plural nouns of people who speak for themselves, and pass on no one's words. */
	private static final Set<String> PEOPLE = Set.of("families", "relatives", "parents", "residents", "witnesses",
			"survivors", "protesters", "villagers", "people", "fans", "students", "workers", "farmers", "doctors",
			"patients", "voters", "family", "relative", "parent", "resident", "witness", "survivor", "protester",
			"villager", "fan", "student", "worker", "farmer", "doctor", "patient", "voter");

	/** Whether a word opens a cue that reports with no quotation beside it: "adding", not "answering". */
	boolean isReportWord(String word) {
		return this.lexicon.opensReport(word);
	}

	/** Whether a word names a role: a title ("minister") or a speaker's noun ("analyst"). */
	boolean isRoleWord(String word) {
		return this.lexicon.isTitleWord(word) || this.lexicon.isSpeakerNoun(word);
	}

	/** Whether a phrase names a source that speaks: a name, or a description whose head is a speaker noun. */
	boolean isSource(SpeakerPhrase phrase) {
		return phrase.isName() || this.lexicon.isSpeakerNoun(phrase.head()) || phrase.head().equals(SpeakerPhrase.ANOTHER);
	}

	/** Roles whose complement opens with "to": "an adviser to the president", "the ambassador to the UN". */
	private static final Set<String> ROLES_TO = Set.of("adviser", "advisor", "aide", "assistant", "ambassador", "envoy",
			"counselor", "counsellor", "consultant", "emissary");

	/** The speaker named right after an inverted cue: {@code ..., said Ahmi}. */
	Optional<Subject> subjectAfter(List<Token> tokens, int from, String text) {
		if (from < tokens.size() && tokens.get(from).is("by")) {
			// "the new “government” announced by President X": a passive participle's agent, no inverted speaker
			return Optional.empty();
		}
		int end = from;
		// (a long office ends in a name, which is read whole: "said Minister of Industry and Mineral Resources
		// Bandar bin Ibrahim X")
		// (and its complements: "stressed HE Adviser to the Prime Minister and Official Spokesperson for the Ministry of
		// Foreign Affairs Dr X")
		while (end < tokens.size() && (end - from < 9 || end - from < 24
				&& (isNameToken(tokens.get(end)) || titleConnector(tokens, end)))) {
			Token token = tokens.get(end);
			boolean abbreviation = token.text().equals(".") && end > from
					&& this.lexicon.isTitleWord(tokens.get(end - 1).text() + ".");
			// "said retired/VERB firefighter X": a participle before the noun describes the speaker
			boolean participle = token.lower().endsWith("ed") && end + 1 < tokens.size()
					&& NOMINAL_TAGS.contains(tokens.get(end + 1).tag());
			// "said the head of the UN agency": an office's complement (but "said the minister in a statement")
			// ("said an adviser to the president, X": a role whose complement takes "to")
			boolean office = (token.is("of") || token.is("for")) && end > from && isRoleWord(tokens.get(end - 1).lower())
					|| token.is("to") && end > from && ROLES_TO.contains(tokens.get(end - 1).lower())
					// ("said Arizona Department of Public Safety spokesman X", "says the U.S. Court of Appeals for the
					// Ninth Circuit": a named body's complement)
					|| (token.is("of") || token.is("for")) && end > from && namedBodyGoesOn(tokens, from, end)
					// ("said Olivier X of Switzerland's Petromatrix", "said Bob Y of Mizuho Securities": a person's
					// firm)
					|| (token.is("of") || token.is("at") || token.is("with")) && end > from + 1
							&& tokens.get(end - 1).tag().equals("PROPN") && tokens.get(end - 2).tag().equals("PROPN")
							&& end + 1 < tokens.size() && tokens.get(end + 1).isCapitalized();
			// ("said pollster/VERB X": a role's noun the tagger read as a verb)
			// (or its complement: "said assistant/VERB to the president, X")
			boolean role = token.isVerb() && isRoleWord(token.lower()) && end + 1 < tokens.size()
					&& (tokens.get(end + 1).tag().equals("PROPN") || tokens.get(end + 1).tag().equals("ADP"));
			// ("read a statement published by the agency": the text's participle and its agent, who speaks)
			boolean published = end > from && TEXTS.contains(tokens.get(end - 1).lower()) && token.lower().endsWith("ed")
					&& end + 1 < tokens.size() && tokens.get(end + 1).is("by")
					|| token.is("by") && end - 1 > from && TEXTS.contains(tokens.get(end - 2).lower());
			participle |= published;
			// ("said a coalition of rights groups including Article 19": the plural's examples, which the phrase drops)
			participle |= token.is("including") && end > from && tokens.get(end - 1).tag().equals("NOUN")
					&& tokens.get(end - 1).lower().endsWith("s");
			boolean stop = token.isPunct() && !token.text().equals("-") && !token.text().equals("(")
					&& !token.text().equals(")") && !abbreviation || token.isVerb() && !participle && !role
					|| (token.tag().equals("ADP") && end > from && !office && !published) || token.is("who")
					|| token.is("which")
					// ("said the minister while speaking on X": the occasion the subordinator opens)
					|| token.tag().equals("SCONJ") && end > from
					// ("said X and added that ...": the verb the speaker goes on with)
					|| (token.is("and") || token.is("but")) && end + 1 < tokens.size() && tokens.get(end + 1).isVerb();
			if (stop) {
				break;
			}
			end++;
		}
		if (end == from) {
			return Optional.empty();
		}
		Optional<Subject> subject = phrase(tokens, from, end, text);
		if (subject.isPresent() && end + 1 < tokens.size() && tokens.get(end).text().equals(",")) {
			int roleEnd = nextComma(tokens, end + 1);
			// "said X, whose son is among the hostages": a relative clause is an aside, no role
			// (nor a participle's phrase: "said X, representing himself and the other leaders"; but "managing
			// director of Y" is a role)
			Optional<SpeakerPhrase> role = RELATIVES.contains(tokens.get(end + 1).lower())
					|| opensParticipleAside(tokens, end + 1, roleEnd) ? Optional.empty()
					: SpeakerPhrase.parse(span(tokens, end + 1, roleEnd, text), this.lexicon);
			if (role.isPresent() && !role.get().isName() && role.get().form() != SpeakerPhrase.Form.PRONOUN) {
				return Optional.of(new Subject(subject.get().phrase().withRole(role.get().text()), from, end));
			}
			// "said the director of the hospital, Tomas Okafor": the name after the office is the speaker's
			boolean last = roleEnd >= tokens.size() - 1 || tokens.get(roleEnd).isPunct();
			if (role.isPresent() && role.get().isName() && !role.get().organization() && role.get().role() == null
					&& !subject.get().phrase().isName() && isRoleWord(subject.get().phrase().head()) && last) {
				return Optional.of(new Subject(role.get().withRole(span(tokens, from, end, text)), from, roleEnd));
			}
			// "said X, a research fellow at Y", "said X, chief investment officer at Y": a noun phrase with an
			// article or a title, and no verb
			boolean article = tokens.get(end + 1).is("a") || tokens.get(end + 1).is("an") || tokens.get(end + 1).is("the");
			boolean titled = false;
			for (int i = end + 1; i < roleEnd && !tokens.get(i).tag().equals("ADP") && !titled; i++) {
				titled = Character.isLowerCase(tokens.get(end + 1).text().charAt(0)) && isRoleWord(tokens.get(i).lower());
			}
			// "said X, a portfolio manager at Union Investment": a role that ends in its organisation's name
			boolean rolePlace = role.isEmpty() || role.get().isName() && role.get().role() != null && article;
			if (rolePlace && (article || titled) && subject.get().phrase().isName()
					&& firstVerb(tokens, end + 1, roleEnd) < 0) {
				String described = span(tokens, end + 1, roleEnd, text).replaceAll("[\\s.,;:]+$", "");
				return Optional.of(new Subject(subject.get().phrase().withRole(described), from, end));
			}
		}
		return subject;
	}

	/**
	 * Whether the aside that opens at {@code at} (and ends before {@code end}) is a participle's phrase: "speaking on
	 * television" is an aside; "managing director of Y", "acting president" a role (and "requesting anonymity" an
	 * aside: a participle before a noun is a role only before a role's noun).
	 */
	private boolean opensParticipleAside(List<Token> tokens, int at, int end) {
		Token first = tokens.get(at);
		// (whom a report cites is never a role: "The Kessa Times, citing sources, reported")
		if (first.is("citing") || first.is("quoting")) {
			return true;
		}
		return first.isVerb() && first.lower().endsWith("ing") && (at + 1 >= end
				|| !NOMINAL_TAGS.contains(tokens.get(at + 1).tag()) || !isRoleWord(tokens.get(at + 1).lower()));
	}

	/**
	 * Whether "of" or "for" at {@code at} goes on with the capitalised name of a body that opened at {@code from}:
	 * {@code Department of Public Safety}, {@code Court of Appeals for the Ninth Circuit}.
	 */
	private boolean namedBodyGoesOn(List<Token> tokens, int from, int at) {
		int next = (at + 2 < tokens.size() && tokens.get(at + 1).is("the")) ? at + 2 : at + 1;
		if (next >= tokens.size() || !tokens.get(next).isCapitalized() || !tokens.get(at - 1).isCapitalized()) {
			return false;
		}
		for (int i = at - 1; i >= from && (tokens.get(i).isCapitalized() || tokens.get(i).is("of")
				|| tokens.get(i).is("for") || tokens.get(i).is("the")); i--) {
			if (tokens.get(i).isCapitalized() && this.lexicon.isOrganizationWord(tokens.get(i).lower())) {
				return true;
			}
		}
		return false;
	}

	/** Past participles that end in no "-ed", which describe the noun they follow: "a conference held today". */
	private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("held", "made", "given", "sent", "shown", "written",
			"broadcast", "run", "seen", "taken", "read");

	/** The token where a cue's content starts: after {@code that} or a colon, past an object ({@code told Y that}). */
	int contentStart(List<Token> tokens, CueMatch cue) {
		if (cue.to() + 2 < tokens.size() && tokens.get(cue.to()).is("by") && tokens.get(cue.to() + 1).lower().endsWith("ing")
				&& this.lexicon.opensReport(tokens.get(cue.to() + 1).lower())) {
			// "retorted by saying the RSF had recruited X": what the means of the reply says
			int that = cue.to() + 2;
			return (that < tokens.size() && tokens.get(that).is("that")) ? that + 1 : that;
		}
		// (far enough for an occasion with its date and company: "stated during a press conference held today, Tuesday,
		// with Bahraini Foreign Minister X in Amman, that")
		int end = Math.min(tokens.size(), cue.to() + 28);
		// "pointed out that/PRON lower rates ...": "that" right after the cue opens the content, not an object
		boolean objectFirst = cue.to() < tokens.size() && isObjectWord(tokens.get(cue.to()))
				&& !tokens.get(cue.to()).is("that");
		for (int i = cue.to(); i < end; i++) {
			Token token = tokens.get(i);
			int dash = (i == cue.to() && ASIDE_DASHES.contains(token.text())) ? closingDash(tokens, i, end) : -1;
			if (dash > 0) {
				// "suggested - in a press conference held today, Monday - that ...": past the aside in dashes
				return (dash + 1 < tokens.size() && tokens.get(dash + 1).is("that")) ? dash + 2 : dash + 1;
			}
			if (i == cue.to() && token.text().equals(",") && i + 2 < end && tokens.get(i + 2).text().equals(",")
					&& isDiscourseAside(tokens.get(i + 1).lower())) {
				// "He said, meanwhile, the move should not ...": the narrator's link between the cue and the content
				return (i + 3 < tokens.size() && tokens.get(i + 3).is("that")) ? i + 4 : i + 3;
			}
			int asideEnd = (i == cue.to() && token.text().equals(",") && i + 1 < end) ? nextComma(tokens, i + 1) : -1;
			if (asideEnd > i + 2 && asideEnd <= i + 4 && asideEnd + 1 < end && tokens.get(i + 1).tag().equals("ADP")
					&& tokens.get(asideEnd).text().equals(",") && firstVerb(tokens, i + 1, asideEnd) < 0
					&& firstVerb(tokens, asideEnd + 1, tokens.size()) >= 0 && !isQuoteMark(tokens.get(asideEnd + 1))) {
				// (and a short phrase of its own: "Charamba said, in total, officers have taken ...")
				return tokens.get(asideEnd + 1).is("that") ? asideEnd + 2 : asideEnd + 1;
			}
			if (token.text().equals(",") && i + 1 < end && tokens.get(i + 1).lower().endsWith("ing")
					&& i - cue.to() <= 1) {
				// "said, following the session, in a statement that ...": an aside before the content
				int close = nextComma(tokens, i + 1);
				if (close < end && close - i <= 6) {
					i = close;
					continue;
				}
			}
			if (token.text().equals(",") && knownAs(tokens, i + 1)) {
				// "said in a statement on X, formerly known as Twitter, that ...": the platform's other name, an aside
				int close = nextComma(tokens, i + 1);
				if (close < end) {
					i = close;
					continue;
				}
			}
			boolean speechNoun = i > cue.to() && SPEECH_NOUNS.contains(tokens.get(i - 1).lower());
			// "urged the coalition that controls the ports to ...": "that" before the clause's only verb is the
			// object's relative (but "told Y that talks/VERB were expected" holds a later verb of its own)
			// (and "warned an attack that killed three troops could escalate ...": a verb in the past right after
			// "that" has no subject of its own there)
			// (and "underscored the need for concessions that don’t violate X": an auxiliary right after "that", past
			// an object that no one is told)
			// (but "that he’d heard": a pronoun and its auxiliary in one word open a clause)
			boolean contracted = i + 1 < tokens.size() && CONTRACTED_SUBJECT.matcher(tokens.get(i + 1).text()).matches();
			// (the relative's verbs may be two: "described as unacceptable plans that ignore X and prolong Y")
			int later = (i + 2 < tokens.size()) ? firstVerb(tokens, i + 2, tokens.size()) : -1;
			boolean coordinated = later > 0 && (tokens.get(later - 1).is("and") || tokens.get(later - 1).is("or"))
					&& firstVerb(tokens, later + 1, tokens.size()) < 0;
			boolean relative = i > cue.to() && i + 1 < tokens.size() && !contracted && isFiniteVerb(tokens, i + 1)
					&& (later < 0 || coordinated || tokens.get(i + 1).tag().equals("VERB")
							&& tokens.get(i + 1).lower().endsWith("ed")
							|| tokens.get(i + 1).tag().startsWith("AUX") && !isTelling(cue));
			// ("called that an “unprecedented breakthrough”": what is called so)
			boolean demonstrative = cue.cue().characterization() == Lexicon.Characterization.QUOTED;
			// ("underscored that point in a speech": "that" before a noun and no verb is a determiner)
			boolean determiner = i == cue.to() && i + 2 < tokens.size()
					&& POINTED_NOUNS.contains(tokens.get(i + 1).lower())
					&& !tensedVerbBefore(tokens, i + 2, nextComma(tokens, i + 2));
			demonstrative |= determiner;
			boolean complementizer = token.is("that") && !relative && !demonstrative;
			if (token.text().equals(":") || (complementizer && (speechNoun || !(objectFirst
					&& !TELLING.contains(cue.cue().words().get(0)))))) {
				// after an object, "that" opens the content only for verbs that take one ("told Y that", "warned Y
				// that"); otherwise it is a relative pronoun: "declared independence under a deal that ended ..."
				return i + 1;
			}
			if (i > cue.to() && (token.is("whether") || token.is("if")) && ASKING.contains(cue.cue().words().get(0))) {
				// "asked the lawyer whether Congress could ...": the question, past the one asked
				return i;
			}
			// "told the gathering/VERB that": after a determiner, a word in -ing is a noun
			// "said in a speech broadcast/VERB on television that": a participle after a medium describes it
			// (but "said the mediators wanted/VERB to keep ...": a past before an infinitive is the content's verb)
			boolean beforeInfinitive = i + 2 < tokens.size() && tokens.get(i + 1).is("to")
					&& tokens.get(i + 2).tag().equals("VERB");
			// (an irregular one too: "stated during a press conference held/VERB today, ..., that")
			boolean participle = token.lower().endsWith("ed") || IRREGULAR_PARTICIPLES.contains(token.lower());
			boolean modifier = i > cue.to() && (tokens.get(i - 1).tag().equals("NOUN") && participle
					&& !beforeInfinitive
					|| tokens.get(i - 1).tag().equals("DET") && token.lower().endsWith("ing")
					|| MEDIA.contains(tokens.get(i - 1).lower()));
			// "told BBC Radio 5 Live/VERB's Daily podcast/VERB that": a capitalised word past the cue is a name's, and
			// the word before "that" the listener's
			boolean named = i > cue.to() && Character.isUpperCase(token.text().charAt(0))
					|| i > cue.to() && i + 1 < tokens.size() && tokens.get(i + 1).is("that")
							&& tokens.get(i - 1).tag().equals("PROPN") && TELLING.contains(cue.cue().words().get(0));
			// ("explained, in statements to the “Voice of the Kingdom” program, that": a name in quotation marks)
			// (or a listener's: "told “Iraq News” that")
			boolean listener = isQuoteMark(token) && i == cue.to() && TELLING.contains(cue.cue().words().get(0));
			boolean quotedName = isQuoteMark(token) && i + 1 < end && tokens.get(i + 1).isCapitalized()
					&& (listener || i > cue.to()
							&& (tokens.get(i - 1).tag().equals("DET") || tokens.get(i - 1).tag().equals("ADP")));
			int nameClose = -1;
			for (int k = i + 2; quotedName && k < end && k <= i + 6 && nameClose < 0; k++) {
				nameClose = isQuoteMark(tokens.get(k)) ? k : -1;
			}
			// (and when: "told “Kolo News” on Monday that")
			int afterName = nameClose + 1;
			while (listener && nameClose > 0 && afterName < end
					&& (tokens.get(afterName).is("on") || isTemporal(tokens.get(afterName).lower()))) {
				afterName++;
			}
			if (listener && nameClose > 0 && !(afterName < end && tokens.get(afterName).is("that"))) {
				nameClose = -1;
			}
			if (nameClose > 0) {
				i = afterName - 1;
				continue;
			}
			// ("added during his speech while inspecting checkpoints, that ...": a participle after "while" has no
			// subject of its own, so it ends no phrase before the content)
			boolean subordinate = i > cue.to() && token.lower().endsWith("ing")
					&& PARTICIPLE_SUBORDINATORS.contains(tokens.get(i - 1).lower());
			if ((isFiniteVerb(tokens, i) && !modifier && !named && !subordinate) || isQuoteMark(token)) {
				// "saying in a statement released Tuesday that ...": a participle after a noun only modifies it
				break;
			}
		}
		int start = cue.to();
		while (start < tokens.size() && (tokens.get(start).text().equals(",") || tokens.get(start).text().equals(":"))) {
			start++;
		}
		int content = skipOccasion(tokens, skipListener(tokens, cue, skipMedium(tokens, skipDay(tokens, start))));
		// ("told Sporting Life "Q"": the listener's name, right before the quotation)
		if (isTelling(cue) && content + 1 < tokens.size() && tokens.get(content).isCapitalized()) {
			for (int k = content + 1; k < tokens.size() && k <= content + 5; k++) {
				if (isQuoteMark(tokens.get(k))) {
					return k;
				}
				if (!tokens.get(k).isCapitalized()) {
					break;
				}
			}
		}
		// ("stressed in a press conference, "Q"": where the words were said, then the quotation after a comma)
		// (and when: "said after the law failed to pass, "Q"", a subordinate clause whose verb is the narrator's)
		boolean when = content < tokens.size() && isSubordinator(tokens.get(content)) && !tokens.get(content).is("if")
				&& !tokens.get(content).is("because");
		if (content + 3 < tokens.size() && (tokens.get(content).tag().equals("ADP") || when)
				&& !tokens.get(content).is("that")) {
			for (int k = content + 1; k + 1 < tokens.size() && k <= content + (when ? 12 : 8); k++) {
				if (tokens.get(k).text().equals(",") && isQuoteMark(tokens.get(k + 1))) {
					return k + 1;
				}
				if (tokens.get(k).isVerb() && !when || tokens.get(k).isPunct()) {
					break;
				}
			}
		}
		// "stated to the agency “Q”": whom the words were addressed to, right before the quotation they are
		// (but not an infinitive: "vowed to launch more attacks until “Q”")
		if (content + 2 < tokens.size() && tokens.get(content).is("to") && !tokens.get(content + 1).isVerb()) {
			for (int k = content + 2; k < tokens.size() && k <= content + 6; k++) {
				if (isQuoteMark(tokens.get(k))) {
					return k;
				}
				if (tokens.get(k).isVerb() || tokens.get(k).isPunct()) {
					break;
				}
			}
		}
		return content;
	}

	private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");

	/** Whether "known as", after "formerly" or "also" or not, starts at {@code from}: another name of what precedes. */
	private static boolean knownAs(List<Token> tokens, int from) {
		int k = from;
		if (k < tokens.size() && (tokens.get(k).is("formerly") || tokens.get(k).is("also"))) {
			k++;
		}
		return k + 1 < tokens.size() && tokens.get(k).is("known") && tokens.get(k + 1).is("as");
	}

	/** A subject pronoun and its auxiliary in one word: "he’d", "they’re", "it's". */
	private static final java.util.regex.Pattern CONTRACTED_SUBJECT = java.util.regex.Pattern
		.compile("(?i)(?:he|she|it|they|we|i|you|there)['’](?:d|s|ll|re|ve|m)");

	/** Dashes that set off an aside, a hyphen between spaces among them: "said - in a statement - that". */
	private static final Set<String> ASIDE_DASHES = Set.of("—", "–", "-", "--");

	/** Tags that open a clause's subject: "said in a note they ...", "... the bank ...", "... Brent ...". */
	private static final Set<String> SUBJECT_TAGS = Set.of("PRON", "DET", "PROPN");

	static final Set<String> MEDIA = Set.of("statement", "note", "post", "interview", "letter", "tweet",
			"speech", "video", "memo", "briefing", "report", "email", "message", "presentation", "podcast");

	/**
	 * Whether tokens {@code [from, to)} name only the medium of a report, no part of its content: "In a statement",
	 * "In a televised speech", "During a press conference".
	 */
	static boolean isMediumAdjunct(List<Token> tokens, int from, int to) {
		if (to - from < 2 || to - from > 6 || !tokens.get(from).tag().equals("ADP")) {
			return false;
		}
		String last = tokens.get(to - 1).lower();
		if (!MEDIA.contains(last) && !last.equals("conference") && !last.equals("release")) {
			return false;
		}
		for (int i = from + 1; i < to; i++) {
			if (tokens.get(i).isVerb() && !tokens.get(i).lower().endsWith("ed") || tokens.get(i).isPunct()) {
				return false;
			}
		}
		return true;
	}

	/** Platforms a cue names with "on" before its content: "said on Twitter the detainees had arrived". */
	private static final Set<String> PLATFORMS = Set.of("twitter", "x", "facebook", "telegram", "instagram", "tiktok",
			"youtube", "truth");

	/** Past the medium a cue names before its content: {@code said in a note they expected ...}. */
	private static int skipMedium(List<Token> tokens, int start) {
		if (start + 3 < tokens.size() && tokens.get(start).is("on") && PLATFORMS.contains(tokens.get(start + 1).lower())
				&& SUBJECT_TAGS.contains(tokens.get(start + 2).tag())
				&& firstVerb(tokens, start + 2, Math.min(tokens.size(), start + 9)) > start + 2) {
			// (and "said on Twitter the 13 detainees had arrived": the platform)
			return start + 2;
		}
		if (start + 3 < tokens.size() && tokens.get(start).is("in") && tokens.get(start + 1).tag().equals("DET")
				&& MEDIA.contains(tokens.get(start + 2).lower())
				&& SUBJECT_TAGS.contains(tokens.get(start + 3).tag())
				&& firstVerb(tokens, start + 3, Math.min(tokens.size(), start + 8)) > start + 3) {
			return start + 3;
		}
		if (start + 3 < tokens.size() && tokens.get(start).is("in") && tokens.get(start + 1).tag().equals("DET")
				&& MEDIA.contains(tokens.get(start + 2).lower())) {
			// (and "said in a tweet [on Twitter] “Q”": the medium right before the quotation)
			int after = start + 3;
			if (after + 1 < tokens.size() && tokens.get(after).is("on") && PLATFORMS.contains(tokens.get(after + 1).lower())) {
				after += 2;
			}
			if (after < tokens.size() && isQuoteMark(tokens.get(after))) {
				return after;
			}
		}
		if (start + 4 < tokens.size() && tokens.get(start).is("in") && tokens.get(start + 1).tag().equals("DET")
				&& MEDIA.contains(tokens.get(start + 2).lower())
				&& POSSESSIVE_PRONOUNS.contains(tokens.get(start + 3).lower())) {
			// (and "affirmed in a statement its support for X": the medium before what the cue's object is)
			return start + 3;
		}
		return start;
	}

	/** The tags of a setting's noun phrase: "at [a media briefing]", "in [Kessa]", "on [March 3]". */
	private static final Set<String> SETTING_PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");

	/** Prepositions of where and when a cue's words were said: "said at a briefing in X he ...". */
	private static final Set<String> SETTING_PREPOSITIONS = Set.of("at", "during", "in", "on", "after", "before",
			"following", "of", "with", "from");

	/**
	 * Past the occasion a cue names before a content read without "that": {@code said at a media briefing in X he
	 * spoke ...}, {@code told reporters after the meeting the talks had ...}. The prepositions' noun phrases must end
	 * where a subject pronoun or a determiner opens the content's subject and its finite verb follows; {@code start}
	 * otherwise.
	 */
	private static int skipOccasion(List<Token> tokens, int start) {
		int i = start;
		while (i < tokens.size() && i < start + 14 && SETTING_PREPOSITIONS.contains(tokens.get(i).lower())
				&& tokens.get(i).tag().equals("ADP")) {
			int phrase = i + 1;
			// ("after the cabinet meeting/VERB": a word in -ing after a determiner or a noun is a noun)
			while (phrase < tokens.size() && phrase < start + 14
					&& (SETTING_PHRASE_TAGS.contains(tokens.get(phrase).tag())
							|| phrase > i + 1 && tokens.get(phrase).lower().endsWith("ing")
									&& (tokens.get(phrase - 1).tag().equals("DET")
											|| tokens.get(phrase - 1).tag().equals("NOUN")))
					&& !SUBJECT_PRONOUNS.contains(tokens.get(phrase).lower())
					&& !(phrase > i + 1 && tokens.get(phrase).tag().equals("DET"))) {
				phrase++;
			}
			if (phrase == i + 1 || phrase >= tokens.size()) {
				return start;
			}
			i = phrase;
		}
		if (i == start || i + 1 >= tokens.size()) {
			return start;
		}
		Token next = tokens.get(i);
		boolean pronoun = SUBJECT_PRONOUNS.contains(next.lower()) && !next.is("you");
		boolean determiner = next.tag().equals("DET") && !next.is("that");
		if (!pronoun && !determiner) {
			return start;
		}
		for (int k = i + 1; k < tokens.size() && k <= i + (pronoun ? 2 : 5); k++) {
			if (isFiniteVerb(tokens, k)) {
				return i;
			}
			if (tokens.get(k).isPunct()) {
				return start;
			}
		}
		return start;
	}

	static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
			"sunday", "today", "yesterday", "tonight");

	private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.",
			"dec.");

	/**
	 * Past the day a cue names before its content: {@code said Monday the talks ...}, {@code ruled out on Saturday any
	 * delay}; not past a day the content is about ({@code said Monday's attack}, {@code said Monday was calm}).
	 */
	private static int skipDay(List<Token> tokens, int start) {
		int i = start;
		// ("said late Friday the ministry was ...": a part of the day first)
		if (i + 1 < tokens.size() && (tokens.get(i).is("late") || tokens.get(i).is("early"))
				&& DAYS.contains(tokens.get(i + 1).lower())) {
			i++;
		}
		if (i + 1 < tokens.size() && tokens.get(i).is("on")
				&& (DAYS.contains(tokens.get(i + 1).lower()) || MONTHS.contains(tokens.get(i + 1).lower()))) {
			i += 2;
		}
		else if (i < tokens.size() && DAYS.contains(tokens.get(i).lower())) {
			i++;
		}
		else {
			return start;
		}
		while (i < tokens.size() && tokens.get(i).tag().equals("NUM")) {
			i++;
		}
		// ("warned on Tuesday evening of ...": the part of the day)
		while (i < tokens.size() && PARTS_OF_DAY.contains(tokens.get(i).lower())) {
			i++;
		}
		if (i + 2 >= tokens.size()) {
			return start;
		}
		// ("stressed today, Tuesday, the importance of": the day named again)
		if (i + 3 < tokens.size() && tokens.get(i).text().equals(",") && DAYS.contains(tokens.get(i + 1).lower())
				&& tokens.get(i + 2).text().equals(",")) {
			return i + 3;
		}
		// ("said on Sunday, July 10, the parties ...": the date after the day)
		if (i + 4 < tokens.size() && tokens.get(i).text().equals(",") && MONTHS.contains(tokens.get(i + 1).lower())
				&& tokens.get(i + 2).tag().equals("NUM") && tokens.get(i + 3).text().equals(",")) {
			return i + 4;
		}
		Token next = tokens.get(i);
		if (next.text().equals(",") && SUBJECT_TAGS.contains(tokens.get(i + 1).tag())) {
			// "said yesterday, they had launched ...": a comma after the day, then the content's subject
			return i + 1;
		}
		// (but "said on Tuesday “Q” in ...": the day, then the quotation)
		boolean aboutTheDay = next.text().matches("['’]s?") || next.isVerb() || next.tag().equals("AUX")
				|| next.isPunct() && !(isQuoteMark(next) && next.text().matches("[“\"]"));
		return aboutTheDay ? start : i;
	}

	/** Nouns whose content a {@code that} clause gives: "repeated his warning that", "voiced the hope that". */
	private static final Set<String> SPEECH_NOUNS = Set.of("warning", "warnings", "call", "calls", "claim", "claims",
			"position", "assertion", "view", "belief", "demand", "threat", "pledge", "promise", "stance", "argument",
			"accusation", "allegation", "assessment", "conviction", "insistence", "hope", "fear", "fears", "concern",
			"concerns", "assurance", "assurances", "confidence", "expectation", "opinion", "message", "statement",
			"report", "reports", "rumors", "rumours", "suggestion", "suggestions", "speculation", "allegations");

	private static final Set<String> DEMONSTRATIVE_OBJECTS = Set.of("this", "that", "so", "it", "nothing",
			"something", "otherwise");

	private static final Set<String> OBJECT_TAGS = Set.of("DET", "NOUN", "PROPN", "ADJ", "NUM");

	private static final Set<String> PLAIN_ADVERBS = Set.of("again", "also", "earlier", "later", "soon", "then",
			"here", "there", "still", "once", "twice", "too", "even", "instead", "afterwards", "already", "late",
			"early", "often", "now", "alone", "together", "publicly", "privately", "abroad", "online");

	/** A word that opens an object, not an adverbial ({@code independence}, even when tagged as an adverb). */
	private static boolean isObjectWord(Token token) {
		String lower = token.lower();
		if (TEMPORAL.contains(lower)) {
			return false;
		}
		boolean oddAdverb = token.tag().equals("ADV") && !lower.endsWith("ly") && !PLAIN_ADVERBS.contains(lower);
		return OBJECT_TAGS.contains(token.tag()) || oddAdverb;
	}

	/**
	 * Content read without {@code that} must open like a clause: a subject, then a finite verb before any relative
	 * pronoun ({@code said the army had control}, not {@code declared independence under a deal that ended}).
	 */
	static boolean opensClause(List<Token> tokens, int start, int end) {
		if (start > 0 && (tokens.get(start - 1).is("that") || tokens.get(start - 1).text().equals(":"))) {
			return true;
		}
		// "said it at the briefing", "said it." (but "said it “undermines efforts”")
		// (and "said this while briefing reporters", though "said that when talks resume ..." opens a clause)
		boolean bareObject = start + 1 >= end || tokens.get(start + 1).tag().equals("ADP")
				|| tokens.get(start + 1).isPunct() && !isQuoteMark(tokens.get(start + 1))
				|| isSubordinator(tokens.get(start + 1)) && !tokens.get(start).is("that");
		if (start < end && DEMONSTRATIVE_OBJECTS.contains(tokens.get(start).lower()) && bareObject) {
			// "The minister said this at the briefing": what was said is only pointed at
			return false;
		}
		boolean nominal = false;
		for (int i = start; i < end; i++) {
			Token token = tokens.get(i);
			if (isQuoteMark(token)) {
				return true;
			}
			int dash = (i > start && DASHES.contains(token.text())) ? closingDash(tokens, i, end) : -1;
			if (dash > 0) {
				// "said the three — X, 46, and Y, 29 — had been freed": past the aside the dashes hold
				i = dash;
				continue;
			}
			boolean relative = token.is("that") || token.is("which") || token.is("who") || token.is("whose");
			if (i > start && relative && (tokens.get(i - 1).text().equals(",") || tokens.get(i - 1).tag().equals("PROPN"))) {
				// "the group's delegation, which visited Washington, heard ...", "Umahi who was reported ...,
				// had denied": past the aside
				while (i + 1 < end && !tokens.get(i + 1).text().equals(",")) {
					i++;
				}
				i++;
				continue;
			}
			if (i > start && relative) {
				// "said 89% of those who voted backed the strike": the relative's verb, then the clause's own
				return nominal && secondFiniteVerb(tokens, i + 1, end);
			}
			if (i > start && token.text().equals(",") && !inList(tokens, i, end)) {
				// "said 400 firefighters, backed by 30 aircraft, were fighting": past an aside to the verb
				int aside = asideEnd(tokens, i, end);
				if (nominal && aside > 0) {
					i = aside;
					continue;
				}
				// "denied the request without prejudice, meaning ...": an object and its adverbial, no clause
				return false;
			}
			// ("reported record profits totaling/VERB $1 billion": a participle after a noun only describes it)
			boolean participle = token.lower().endsWith("ing") && i > start && tokens.get(i - 1).tag().equals("NOUN");
			if (isFiniteVerb(tokens, i) && !(i == start && token.lower().endsWith("ing")) && !participle) {
				// "confirmed the attack but denied any casualties": the verb is the speaker's own again
				boolean coordinated = i > start && (tokens.get(i - 1).is("but") || tokens.get(i - 1).is("and"));
				// ("said he’s aware": a subject and its verb in one word)
				boolean contracted = token.tag().contains("+AUX") && !token.tag().startsWith("AUX");
				return (nominal || contracted) && !coordinated;
			}
			nominal |= !token.isPunct() && !token.tag().equals("ADP");
		}
		return false;
	}

	/** Whether two finite verbs follow before the next comma: a relative clause's and the clause's own. */
	private static boolean secondFiniteVerb(List<Token> tokens, int from, int end) {
		int verbs = 0;
		for (int i = from; i < end && !tokens.get(i).text().equals(","); i++) {
			verbs += isFiniteVerb(tokens, i) ? 1 : 0;
		}
		return verbs >= 2;
	}

	static final Set<String> DASHES = Set.of("—", "–");

	/** The dash that closes an aside the dash at {@code open} opens, before any quotation mark; -1 when none does. */
	private static int closingDash(List<Token> tokens, int open, int end) {
		for (int i = open + 1; i < end; i++) {
			if (isQuoteMark(tokens.get(i))) {
				return -1;
			}
			if (tokens.get(i).text().equals(tokens.get(open).text())) {
				return i;
			}
		}
		return -1;
	}

	/** A legislator's party and state or town after the name: "X, R-Henderson,", "X, D-N.Y.,". */
	static final java.util.regex.Pattern PARTY_AND_STATE = java.util.regex.Pattern
		.compile("[RDI]-\\s?\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?");

	/** Words that open an aside of examples inside a noun phrase: ", including X,", ", notably X,". */
	private static final Set<String> LIST_ASIDES = Set.of("including", "notably", "especially", "particularly",
			"mainly", "mostly", "excluding");

	/** The tags that open an apposition or a companion set off by commas: "half of", "along with". */
	private static final Set<String> APPOSITION_OPENERS = Set.of("ADP", "DET", "NUM", "NOUN", "ADJ", "PROPN");

	/**
	 * The comma that closes an aside opened by the comma at {@code comma}, when a participle, a relative pronoun or a
	 * short apposition opens it and a finite verb follows it ("400 firefighters, backed by 30 aircraft, were
	 * fighting", "the men, who appeared thin, were", "the army, along with allied troops, won"); -1 otherwise.
	 */
	private static int asideEnd(List<Token> tokens, int comma, int end) {
		Token first = (comma + 1 < end) ? tokens.get(comma + 1) : null;
		if (first != null && (first.is("who") || first.is("which"))) {
			// "said the images of the men, who appeared thin, were proof ...": a relative clause, then the verb
			for (int i = comma + 2; i + 1 < end; i++) {
				if (isQuoteMark(tokens.get(i))) {
					return -1;
				}
				if (tokens.get(i).text().equals(",")) {
					return verbAfter(tokens, i + 1, end) ? i : -1;
				}
			}
			return -1;
		}
		// ("said a bill of changes, including voter identification, will come out": a list's words)
		boolean participle = first != null && first.isVerb()
				&& (first.lower().endsWith("ed") || first.lower().endsWith("en"));
		// ("said the army, along with allied troops, won", "said 25 million people, half of the population, need
		// aid": a companion or an apposition of a few words, none a verb)
		// (an adverb before it too: "said former referee X, now the manager at the board, admitted")
		boolean adverb = first != null && first.tag().equals("ADV") && comma + 2 < end
				&& APPOSITION_OPENERS.contains(tokens.get(comma + 2).tag());
		boolean apposition = first != null && !participle && (APPOSITION_OPENERS.contains(first.tag()) || adverb)
				&& !isSubordinator(first) && !first.is("and") && !first.is("but");
		if (apposition) {
			for (int i = comma + 2; i + 1 < end && i <= comma + (adverb ? 10 : 8); i++) {
				if (tokens.get(i).isVerb() || isQuoteMark(tokens.get(i))) {
					return -1;
				}
				if (tokens.get(i).text().equals(",")) {
					return verbAfter(tokens, i + 1, end) ? i : -1;
				}
			}
			return -1;
		}
		if (first == null || !participle && !LIST_ASIDES.contains(first.lower())) {
			return -1;
		}
		for (int i = comma + 2; i + 1 < end; i++) {
			if (tokens.get(i).text().equals(",")) {
				return verbAfter(tokens, i + 1, end) ? i : -1;
			}
			if (isFiniteVerb(tokens, i) || isQuoteMark(tokens.get(i))) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * Whether a finite verb follows at {@code from}, past up to two adverbs: "the governor, never claimed" reads as
	 * "the governor claimed" ("X, governor of Y, never claimed", "the men, who appeared thin, also were").
	 */
	private static boolean verbAfter(List<Token> tokens, int from, int end) {
		int i = from;
		while (i < end - 1 && i < from + 2 && tokens.get(i).tag().equals("ADV") && !tokens.get(i).isPunct()) {
			i++;
		}
		return isFiniteVerb(tokens, i);
	}

	/**
	 * Words before an "as" that make it a comparison's, no subordinator opening another's report: "as well as",
	 * "such as", "so as", "as ... as".
	 */
	private static final Set<String> COMPARISONS = Set.of("as", "such", "so", "well");

	/**
	 * Whether "as" at {@code at} opens a clause whose subject is a name: "X called on Y to stop A as Z accused him of
	 * B" (not "as well as Z", "such as Z").
	 */
	static boolean opensNamedClause(List<Token> tokens, int at) {
		return at > 0 && at + 1 < tokens.size() && tokens.get(at).is("as")
				&& !COMPARISONS.contains(tokens.get(at - 1).lower()) && tokens.get(at + 1).tag().equals("PROPN");
	}

	/** Whether a subject of a few words and a cue open the tokens from {@code from}: "many say", "officials said". */
	private boolean reportFollows(List<Token> tokens, int from, int end) {
		for (int i = from + 1; i < end && i <= from + 4; i++) {
			if (tokens.get(i).isPunct()) {
				return false;
			}
			if (tokens.get(i).isVerb()) {
				// (a cue there whole, not one's first word: "but it was not ready" is no "was quoted as saying")
				return cueAt(tokens, i).isPresent() && !tokens.get(from).isVerb();
			}
		}
		return false;
	}

	/** Whether the comma at i separates names in a list: "by France, Germany and the UK". */
	static boolean inList(List<Token> tokens, int i, int end) {
		// (the comma before the last one's "and" too, after a comma before: "by France, Germany, and the UK")
		if (i + 2 < end && (tokens.get(i + 1).is("and") || tokens.get(i + 1).is("or"))
				&& isListedName(tokens.get(i - 1)) && isListedName(tokens.get(i + 2))) {
			for (int k = i - 2; k >= 0 && k >= i - 4; k--) {
				if (tokens.get(k).text().equals(",")) {
					return true;
				}
				if (!isListedName(tokens.get(k))) {
					break;
				}
			}
		}
		if (i + 1 >= end || !isListedName(tokens.get(i - 1)) || !isListedName(tokens.get(i + 1))) {
			return false;
		}
		for (int k = i + 2; k < end && k < i + 6; k++) {
			if (tokens.get(k).is("and") || tokens.get(k).is("or")) {
				return true;
			}
			if (!isListedName(tokens.get(k)) && !tokens.get(k).text().equals(",")) {
				return false;
			}
		}
		return false;
	}

	/** A name, or a capitalised adjective of one, in a list: "Qatari, Egyptian and US mediators". */
	private static boolean isListedName(Token token) {
		return token.tag().equals("PROPN") || token.tag().equals("ADJ") && Character.isUpperCase(token.text().charAt(0));
	}

	private static final Set<String> ASKING = Set.of("ask", "asks", "asked", "asking");

	private static final Set<String> TELLING = Set.of("tell", "tells", "told", "telling", "assure", "assures",
			"assured", "inform", "informs", "informed", "remind", "reminds", "reminded", "warn", "warns", "warned");

	static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you");

	/** Whether a cue names its listener after it: {@code told the court}, {@code assured reporters}. */
	static boolean isTelling(CueMatch cue) {
		return TELLING.contains(cue.cue().words().get(0));
	}

	/** The stems of cues whose object follows them and never their speaker: "accused his rivals of ...". */
	private static final List<String> OBJECT_CUE_STEMS = List.of("accus", "blam", "call", "advis", "describ", "brand",
			"label", "dub", "recommend", "propos");

	/** Whether what follows the cue is its object, never an inverted speaker ({@code Q, accused X} is no report). */
	static boolean takesObject(CueMatch cue) {
		String first = cue.cue().words().get(0);
		return isTelling(cue) || OBJECT_CUE_STEMS.stream().anyMatch(first::startsWith);
	}

	/** Nouns of those words are told to, after "the": "told the agency the mission will end". */
	private static final Set<String> LISTENER_NOUNS = Set.of("agency", "newspaper", "daily", "channel", "radio",
			"station", "network", "broadcaster", "website", "magazine", "paper", "council", "committee", "parliament",
			"assembly", "court", "jury", "senate", "audience", "crowd", "gathering", "conference", "media", "press");

	/** {@code told reporters the bank would wait}: the listener is not content; {@code told X to ...} keeps it. */
	private static int skipListener(List<Token> tokens, CueMatch cue, int start) {
		if (!TELLING.contains(cue.cue().words().get(0))) {
			return start;
		}
		int end = start;
		// ("told his cabinet Israel would not ...": whose body it is, then its noun, then the content's subject)
		if (start + 3 < tokens.size() && POSSESSIVE_PRONOUNS.contains(tokens.get(start).lower())
				&& tokens.get(start + 1).tag().equals("NOUN") && !tokens.get(start + 1).isCapitalized()
				&& tokens.get(start + 2).isCapitalized() && firstVerb(tokens, start + 2, tokens.size()) > start + 2) {
			return start + 2;
		}
		// ("told the agency the mission will end": an outlet's or an assembly's noun, then the content's subject)
		if (start + 3 < tokens.size() && tokens.get(start).is("the") && LISTENER_NOUNS.contains(tokens.get(start + 1).lower())
				&& Set.of("DET", "PRON", "PROPN", "NUM").contains(tokens.get(start + 2).tag())
				&& firstVerb(tokens, start + 2, tokens.size()) > start + 2) {
			return start + 2;
		}
		// "told the BBC the cuts would ...", "told The National/ADJ they ...": a name, whatever its tag
		if (end + 1 < tokens.size() && tokens.get(end).is("the") && (tokens.get(end + 1).tag().equals("PROPN")
				|| tokens.get(end + 1).isCapitalized() && !tokens.get(end + 1).isPunct())) {
			end++;
		}
		// (a name's hyphen goes with it: "told Asharq al-Awsat the ...")
		while (end < tokens.size() && end - start < 5 && ((LISTENER_TAGS.contains(tokens.get(end).tag())
				|| end > start && tokens.get(end).isCapitalized() && !tokens.get(end).isPunct())
				&& !SUBJECT_PRONOUNS.contains(tokens.get(end).lower()) && !existential(tokens, end)
				|| tokens.get(end).text().equals("-")
						&& end > start && end + 1 < tokens.size() && tokens.get(end + 1).tag().equals("PROPN"))) {
			end++;
		}
		// ("told the AP by phone she was stunned": how it was told, after whom)
		if (end > start && end + 2 < tokens.size() && MEANS_PREPOSITIONS.contains(tokens.get(end).lower())
				&& MEANS.contains(tokens.get(end + 1).lower())) {
			end += 2;
		}
		// ("told reporters at a briefing in X he ...": where they were told, then the content)
		int setting = (end > start) ? skipOccasion(tokens, end) : end;
		if (setting > end) {
			return setting;
		}
		boolean clauseFollows = end > start && end < tokens.size() && !tokens.get(end).is("to")
				&& Set.of("DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM").contains(tokens.get(end).tag())
				&& firstVerb(tokens, end, tokens.size()) > end;
		return clauseFollows ? end : start;
	}

	/** Whether "there" and a form of "be" open a clause at {@code at}: "told reporters there is still a need". */
	private static boolean existential(List<Token> tokens, int at) {
		return tokens.get(at).is("there") && at + 1 < tokens.size() && isBe(tokens.get(at + 1));
	}

	private static final Set<String> MEANS_PREPOSITIONS = Set.of("by", "over", "via");

	/** How words are told: "by phone", "over the phone" is left to the listener's skip. */
	private static final Set<String> MEANS = Set.of("phone", "telephone", "email", "e-mail", "text", "video");

	/** The narrator's gloss on what words meant: ", an apparent reference to", ", apparently referring to". */
	private static final java.util.regex.Pattern APPARENT_REFERENCE = java.util.regex.Pattern.compile(
			"(?:in )?(?:an? )?(?:apparent|veiled|thinly veiled|oblique|clear|obvious)"
					+ " (?:reference|allusion|dig|swipe) (?:to|at)|apparently (?:referring|alluding) to|in (?:a )?reference to");

	/** Tokens {@code [from, to)} in lower case, one space between them. */
	private static String lowerWords(List<Token> tokens, int from, int to) {
		return tokens.subList(from, to).stream().map(Token::lower).collect(java.util.stream.Collectors.joining(" "));
	}

	/** Where content that starts at {@code start} ends: a clause of the narrator's own ({@code , as ...}) or the end. */
	int contentEnd(List<Token> tokens, int start, int end, List<Quotation> quotations) {
		for (int i = start + 1; i < end - 1; i++) {
			if (insideQuotation(tokens.get(i).start(), quotations)) {
				continue;
			}
			// (not after a conjunction that goes on with the content: "A and, as someone who ..., he wanted B")
			boolean goesOn = tokens.get(i - 1).is("and") || tokens.get(i - 1).is("but");
			// (nor "A, while putting people's health first": a participle of no cue's, which goes on with the content)
			boolean participle = i + 2 < end && tokens.get(i + 2).lower().endsWith("ing") && tokens.get(i + 2).isVerb()
					&& !isCueWord(tokens.get(i + 2).lower()) && tokens.get(i + 1).is("while");
			if (tokens.get(i).text().equals(",") && CONTENT_BREAKS.contains(tokens.get(i + 1).lower()) && !goesOn
					&& !participle) {
				return i;
			}
			if (tokens.get(i).text().equals(",") && closingReport(tokens, i + 1, end)) {
				// "X told the conference that A, reports said.": who passes the report on, no part of it
				return i;
			}
			if (tokens.get(i).text().equals(",") && absoluteReport(tokens, i + 1, end).isPresent()) {
				// "X said A, with Y stressing B": Y's report, a quote of its own
				return i;
			}
			boolean contrast = tokens.get(i + 1).is("but") || tokens.get(i + 1).is("while");
			// (and "..., after mediator Qatar said a framework was proposed": the narrator's time, another's report)
			boolean time = tokens.get(i + 1).is("after") || tokens.get(i + 1).is("before");
			// (and "X claimed A – although Y replied that B": after a dash too)
			boolean dash = DASHES.contains(tokens.get(i).text());
			contrast |= dash && CONTRASTS.contains(tokens.get(i + 1).lower());
			if ((tokens.get(i).text().equals(",") || dash) && (contrast || time) && reportFollows(tokens, i + 2, end)) {
				// "The government promised compensation, but many say they have yet to receive help": another's report
				return i;
			}
			if (tokens.get(i).text().equals(",") && APPARENT_REFERENCE.matcher(lowerWords(tokens, i + 1, Math.min(end, i + 6)))
				.lookingAt()) {
				// "X alleged that there was “star wars” in the party, an apparent reference to Y": the narrator's gloss
				return i;
			}
			// ("X called on Y to stop A as Z accused him of B": another's report that "as" opens, with a name)
			if (i + 1 < end && opensNamedClause(tokens, i) && reportFollows(tokens, i + 1, end)) {
				return tokens.get(i - 1).text().equals(",") ? i - 1 : i;
			}
			boolean afterBreak = tokens.get(i - 1).text().equals(",") || isQuoteMark(tokens.get(i - 1));
			if (tokens.get(i).is("according") && tokens.get(i + 1).is("to") && afterBreak) {
				// "X told ministers that Q, according to a readout from his office": the narrator's source
				return tokens.get(i - 1).text().equals(",") ? i - 1 : i;
			}
			boolean gerund = tokens.get(i + 1).isVerb() && tokens.get(i + 1).lower().endsWith("ing");
			if (isQuoteMark(tokens.get(i - 1)) && NARRATED_TIMES.contains(tokens.get(i).lower()) && gerund) {
				// "said he was “still shaking” after beating X": when the speaker said it, the narrator's clause
				return i;
			}
			if ((tokens.get(i).is("but") || tokens.get(i).is("and")) && refusalFollows(tokens, i + 1, end)) {
				return (tokens.get(i - 1).text().equals(",")) ? i - 1 : i;
			}
		}
		return end;
	}

	/**
	 * {@code ..., but did not say how many}, {@code but declined to comment}: the speaker's own clause again, about
	 * what they said; not the content going on ({@code ... would prefer A but could not wait indefinitely}).
	 */
	private boolean refusalFollows(List<Token> tokens, int from, int end) {
		int i = from;
		while (i < end && i < from + 3 && AUXILIARIES.contains(tokens.get(i).lower()) && !tokens.get(i).is("not")) {
			i++;
		}
		if (i >= end) {
			return false;
		}
		// (an auxiliary's contraction with "not" is both: "but didn't say whether")
		String word = tokens.get(i).lower();
		boolean contracted = (word.endsWith("n't") || word.endsWith("n’t"))
				&& AUXILIARIES.contains(word.substring(0, word.length() - 3));
		if (!(NEGATIONS.contains(word) || REFUSALS.contains(word) || contracted)) {
			return false;
		}
		i++;
		while (i < end && (tokens.get(i).is("to") || tokens.get(i).tag().equals("ADV"))) {
			i++;
		}
		return i < end && isSpeechVerb(tokens.get(i).lower());
	}

	/** Verbs of saying and telling, whose refusal is no content: "say", "comment", "give (details)". */
	private boolean isSpeechVerb(String word) {
		return SPEECH_VERBS.contains(word) || isCueWord(word);
	}

	boolean isValidContent(List<Token> tokens, int start, int end, CueMatch cue) {
		if (start < end && (tokens.get(start).is("and") || tokens.get(start).is("or") || tokens.get(start).is("but"))) {
			// "Indicating that X accused [and targeted the agency], ...": a second verb of the speaker's, no content
			return false;
		}
		if (start + 1 < end && tokens.get(start).is("according") && tokens.get(start + 1).is("to")
				&& !cue.isAccordingTo()) {
			// "Q, police said [according to Kessa News]": whom the report came through, no content
			return false;
		}
		int last = end - 1;
		while (last > start && tokens.get(last).isPunct()) {
			last--;
		}
		if (last > start && tokens.get(last - 1).is("as") && tokens.get(last).lower().endsWith("ing")) {
			// "Q, Reuters reported [X as saying]": who is quoted, not what was reported
			return false;
		}
		if (start + 3 < end && tokens.get(start).is("not") && tokens.get(start + 1).is("to") && tokens.get(start + 2).is("be")
				&& ANONYMITY.contains(tokens.get(start + 3).lower())) {
			// "The sources asked not to be named": why a source is unnamed, not what it said
			return false;
		}
		if (start + 2 < end && tokens.get(start).is("to") && tokens.get(start + 1).is("remain")
				&& (tokens.get(start + 2).is("anonymous") || tokens.get(start + 2).is("unnamed"))) {
			// (and "The source who asked to remain anonymous ... added": nor is that)
			return false;
		}
		if (TELLING.contains(cue.cue().words().get(0)) && aboutListener(tokens, start, end)) {
			// "X told the members about the remarks of Y": whom X told, and what about; no content
			return false;
		}
		int words = 0;
		boolean verb = false;
		boolean quoted = false;
		for (int i = start; i < end; i++) {
			Token token = tokens.get(i);
			words += token.isPunct() ? 0 : 1;
			verb |= token.isVerb();
			quoted |= isQuoteMark(token);
		}
		// "maintains its position of refraining from ...": a clause's cue before its object, no clause
		boolean clauseCue = !cue.cue().takesNounPhrase() && !cue.isAccordingTo()
				&& cue.cue().characterization() == Lexicon.Characterization.NONE;
		if (clauseCue && !quoted && start < end && POSSESSIVE_DETERMINERS.contains(tokens.get(start).lower())
				&& java.util.stream.IntStream.range(start, end)
					.noneMatch((i) -> isFiniteVerb(tokens, i) && !tokens.get(i).lower().endsWith("ing"))) {
			return false;
		}
		// ("started asking questions about the silence of the minister": the questions' topic, no content)
		if (!quoted && start + 1 < end && start == cue.to() && cue.cue().words().get(0).startsWith("ask")
				&& (tokens.get(start).is("questions")
						|| tokens.get(start).is("a") && tokens.get(start + 1).is("question"))) {
			return false;
		}
		// ("have complained about the details of the restrictions being broken": what it was about, no content; but
		// "said about 20 vehicles were ...": a number's)
		if (clauseCue && !quoted && start + 1 < end && tokens.get(start).is("about") && start == cue.to()
				&& !tokens.get(start + 1).tag().equals("NUM")
				&& !Character.isDigit(tokens.get(start + 1).text().charAt(0)) && !tokens.get(start + 1).is("half")) {
			return false;
		}
		// ("admitted a Football Association charge of improper conduct for kicking ...": a charge, a fine or a ban
		// accepted or denied is no content)
		if (clauseCue && !quoted && start < end && tokens.get(start).tag().equals("DET")
				&& java.util.stream.IntStream.range(start, end)
					.noneMatch((i) -> isFiniteVerb(tokens, i) && !tokens.get(i).lower().endsWith("ing"))
				&& penaltyHead(tokens, start, end)) {
			return false;
		}
		// ("fictitious names proposed by other parties": a passive participle's agent is no content)
		if (!verb && !quoted && start < end && tokens.get(start).is("by") && !cue.isAccordingTo()) {
			return false;
		}
		// ("The minister told “Kolo News” on Monday.": whom it was told, in quotation marks, is no content)
		if (!verb && start + 1 < end && isQuoteMark(tokens.get(start)) && tokens.get(start + 1).isCapitalized()
				&& !cue.isAccordingTo() && TELLING.contains(cue.cue().words().get(0))) {
			return false;
		}
		// ("called it “unprecedented”": a characterisation may be short)
		boolean characterized = cue.cue().characterization() == Lexicon.Characterization.QUOTED && quoted;
		// ("described in a statement that the attack was ...": a clause "that" opens needs no characterisation)
		boolean clause = start > cue.to() && tokens.get(start - 1).is("that") && verb;
		return (words >= 3 || characterized && words >= 2)
				&& (verb || quoted || cue.cue().takesNounPhrase() || cue.isAccordingTo())
				&& (clause || characterizationAt(tokens, start, end, cue) != 0);
	}

	private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("its", "his", "her", "their", "our", "my");

	/** How far a characterising cue's object may run: "described [the latest round of talks] as". */
	private static final int MAX_OBJECT_TOKENS = 14;

	/**
	 * Where the characterisation starts after a characterising cue's object: the "as" in {@code described the talks
	 * as constructive}, the quotation mark in {@code called the deal "a victory"}; -1 for other cues, 0 when the
	 * content is no characterisation (no object, or none followed by one: {@code a group called "X"}).
	 */
	static int characterizationAt(List<Token> tokens, int start, int end, CueMatch cue) {
		Lexicon.Characterization kind = cue.cue().characterization();
		if (kind == Lexicon.Characterization.NONE) {
			return -1;
		}
		boolean object = false;
		int limit = start + MAX_OBJECT_TOKENS;
		if (kind == Lexicon.Characterization.AS && start + 3 < end && tokens.get(start).is("as") && start == cue.to()
				&& cue.from() > 0 && !isBe(tokens.get(cue.from() - 1))) {
			// "described as unacceptable imposed plans that ...": the characterisation first, a long object after it
			// (in quotation marks too: "dismissed as “ridiculous” suggestions that ...")
			int after = tokens.get(start + 1).tag().equals("ADJ") ? start + 2 : -1;
			for (int k = start + 3; isQuoteMark(tokens.get(start + 1)) && k < end && k <= start + 6 && after < 0; k++) {
				after = isQuoteMark(tokens.get(k)) ? k + 1 : -1;
			}
			if (after > 0 && after < end && SUBJECT_OPENERS_AFTER_AS.contains(tokens.get(after).tag())) {
				return start;
			}
		}
		for (int i = start; i < end - 1 && i < limit; i++) {
			Token token = tokens.get(i);
			int bracket = token.text().equals("(") ? closingBracket(tokens, i, end) : -1;
			if (bracket > 0) {
				// "described the attack on a Popular Mobilization Forces (PMF) headquarters as": an acronym is no more
				// of the object
				limit += bracket - i + 1;
				i = bracket;
				continue;
			}
			boolean marks = (kind == Lexicon.Characterization.AS) ? token.is("as") : isQuoteMark(token);
			if (marks) {
				return object ? i : 0;
			}
			// "called the decision to suspend benefits “unlawful”": an infinitive inside the object
			boolean infinitive = i > start && tokens.get(i - 1).is("to");
			// ("described the proposed/VERB 75-strong team as": a participle after "the" and a compound's hyphen are
			// the object's)
			boolean modifier = i > start && tokens.get(i - 1).tag().equals("DET") && token.lower().endsWith("ed");
			if ((isFiniteVerb(tokens, i) && !infinitive && !modifier) || token.isPunct() && !token.text().equals("-")) {
				return 0;
			}
			// ("called that an “unprecedented breakthrough”": a demonstrative is the object)
			object |= !token.tag().equals("DET") || i == start && DEMONSTRATIVE_OBJECTS.contains(token.lower());
		}
		return 0;
	}

	/** What may open an object after a characterisation put first: "as unacceptable the plans", "imposed plans". */
	private static final Set<String> SUBJECT_OPENERS_AFTER_AS = Set.of("DET", "ADJ", "NOUN", "PROPN");

	/** The ")" that closes a short bracket opening at {@code open}, before {@code end}; -1 when none does. */
	private static int closingBracket(List<Token> tokens, int open, int end) {
		for (int i = open + 1; i < end && i <= open + 5; i++) {
			if (tokens.get(i).text().equals(")")) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The end of a characterisation: {@code described the attack as "barbaric" [and ordered an inquiry]}; a
	 * conjunction or comma before a verb starts the subject's next act, unless that act is a report too
	 * ({@code condemned the strike as "Q1" and called on Y to act} is one report, as "said A and accused B" is).
	 */
	int characterizationEnd(List<Token> tokens, int start, int end, CueMatch cue) {
		int at = characterizationAt(tokens, start, end, cue);
		if (at <= 0) {
			return end;
		}
		for (int i = at + 1; i + 1 < end; i++) {
			Token token = tokens.get(i);
			boolean joins = token.is("and") || token.is("but") || token.text().equals(",") || token.text().equals(";");
			int next = i + 1;
			while (next < end && tokens.get(next).tag().equals("ADV")) {
				next++;
			}
			if (joins && next < end && tokens.get(next).isVerb() && !isInsideQuote(tokens, at, i)
					&& !this.lexicon.opensCue(tokens.get(next).lower())) {
				return i;
			}
			// ("called the story “desperate” and “perverted” and Mr X has written to her": a clause with a subject
			// of its own)
			int verb = next;
			while (verb < end && verb - next <= 4 && SUBJECT_NOUN_TAGS.contains(tokens.get(verb).tag())) {
				verb++;
			}
			if (joins && verb > next && verb < end && isFiniteVerb(tokens, verb) && !isInsideQuote(tokens, at, i)) {
				return i;
			}
		}
		return end;
	}

	/** Whether an odd number of quotation marks stands in tokens {@code [from, to)}. */
	private static boolean isInsideQuote(List<Token> tokens, int from, int to) {
		int marks = 0;
		for (int i = from; i < to; i++) {
			marks += isQuoteMark(tokens.get(i)) ? 1 : 0;
		}
		return marks % 2 == 1;
	}

	/** Whether a noun phrase, not a time word, follows: {@code confirm Halvorsen}, not {@code said Tuesday}. */
	static boolean objectFollows(List<Token> tokens, int from) {
		if (from >= tokens.size() || tokens.get(from).isPunct() || isTemporal(tokens.get(from).lower())) {
			return false;
		}
		String tag = tokens.get(from).tag();
		return tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("DET");
	}

	/** Index after the last top-level comma before {@code end} ("Washington, D.C." keeps its own), or {@code from}. */
	int segmentStart(List<Token> tokens, int from, int end) {
		for (int i = end - 1; i >= from; i--) {
			// (a town's state, "Washington, D.C.", "the Bedford, Mass.-based maker")
			boolean place = i + 1 < end && (tokens.get(i + 1).text().startsWith("D.C")
					|| tokens.get(i + 1).text().matches("\\p{Lu}[\\p{L}.]*-based"));
			// (nor a comma in a list of names: "Sources close to ministers X, Y and Z rejected ...")
			if ((tokens.get(i).text().equals(",") && !place && !inPortfolios(tokens, from, i, end)
					&& !portfoliosBeforeTitle(tokens, i, end)
					&& !(i > from && inList(tokens, i, end)
							&& (nameListOpener(tokens, from, i) || prepositionListOpener(tokens, from, i))))
					|| tokens.get(i).text().equals(";")) {
				return i + 1;
			}
			// "At the meeting — held this week — X declared": the dash that closes an aside
			// (or opens a clause of its own: "X claimed A – although Y replied")
			if (DASHES.contains(tokens.get(i).text()) && i < end - 1
					&& (opensAside(tokens, from, i) || CONJUNCTIONS.contains(tokens.get(i + 1).lower()))) {
				return i + 1;
			}
		}
		return from;
	}

	/**
	 * Whether the list whose comma is at {@code comma} is a preposition's object inside the subject: "Unions
	 * representing staff in Britain, Canada and the United States said".
	 */
	private static boolean prepositionListOpener(List<Token> tokens, int from, int comma) {
		int first = comma - 1;
		while (first > from && isListedName(tokens.get(first - 1))) {
			first--;
		}
		// (a participle may come first: "representing staff in")
		return first > from + 1 && tokens.get(first - 1).tag().equals("ADP") && !tokens.get(first - 1).is("according")
				&& java.util.stream.IntStream.range(from, first - 1)
					.noneMatch((k) -> isFiniteVerb(tokens, k) && !tokens.get(k).lower().endsWith("ing"));
	}

	/** Whether the list whose comma is at {@code comma} goes on a plural speaker's noun: "ministers X, Y and Z". */
	private boolean nameListOpener(List<Token> tokens, int from, int comma) {
		int first = comma - 1;
		while (first > from && isListedName(tokens.get(first - 1))) {
			first--;
		}
		return first > from && this.lexicon.isSpeakerNoun(tokens.get(first - 1).lower())
				&& tokens.get(first - 1).lower().endsWith("s");
	}

	/** Whether a dash before {@code dash} in the same clause opens the aside it closes. */
	private static boolean opensAside(List<Token> tokens, int from, int dash) {
		for (int i = dash - 1; i > from; i--) {
			if (tokens.get(i).text().equals(tokens.get(dash).text())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the comma at {@code comma} separates portfolios of one office: "Minister of Environment, Water and
	 * Agriculture Eng. X said", the words back to "of" capitalised and a title before it.
	 */
	private boolean inPortfolios(List<Token> tokens, int from, int comma, int end) {
		if (comma + 1 >= end || !Character.isUpperCase(tokens.get(comma + 1).text().charAt(0))) {
			return false;
		}
		int i = comma - 1;
		while (i > from && (tokens.get(i).text().equals(",") || tokens.get(i).is("and")
				|| Character.isUpperCase(tokens.get(i).text().charAt(0)) && !tokens.get(i).isPunct())) {
			i--;
		}
		return i > from && i < comma - 1 && (tokens.get(i).is("of") || tokens.get(i).is("for"))
				&& this.lexicon.isTitleWord(tokens.get(i - 1).text());
	}

	/**
	 * Whether the comma at {@code comma} separates portfolios that come before a title and a name: "Chief Political,
	 * Legal and Security Minister X", "Coordinating Political, Legal and Security Affairs Minister Y".
	 */
	boolean portfoliosBeforeTitle(List<Token> tokens, int comma, int end) {
		// ("Political" here too, which elsewhere qualifies a role, "political adviser", and is no portfolio word)
		if (comma < 1 || !tokens.get(comma - 1).isCapitalized() || tokens.get(comma - 1).isPunct()
				|| !this.lexicon.isPortfolioWord(tokens.get(comma - 1).lower()) && !tokens.get(comma - 1).is("political")) {
			return false;
		}
		for (int k = comma + 1; k + 1 < end && k <= comma + 6; k++) {
			Token token = tokens.get(k);
			if (this.lexicon.isTitleWord(token.lower()) && token.isCapitalized()) {
				return k > comma + 1 && tokens.get(k + 1).isCapitalized() && !tokens.get(k + 1).isPunct();
			}
			if (!(token.isCapitalized() && !token.isPunct() || token.is("and") || token.text().equals(","))) {
				return false;
			}
		}
		return false;
	}

	/** Past a time phrase that opens a clause without a comma: "Earlier on Sunday the coalition announced". */
	private static int skipTimePhrase(List<Token> tokens, int start, int end) {
		int i = start;
		while (i < end) {
			Token token = tokens.get(i);
			boolean date = token.tag().equals("NUM") && i > start
					&& (TEMPORAL.contains(tokens.get(i - 1).lower()) || tokens.get(i - 1).is("in"));
			boolean preposition = (token.is("on") || token.is("in")) && i + 1 < end
					&& (TEMPORAL.contains(tokens.get(i + 1).lower()) || tokens.get(i + 1).tag().equals("NUM"));
			// ("this", "last", "next" only before a time: "this week", but "this senior official said")
			boolean determiner = DETERMINERS_OF_TIME.contains(token.lower())
					&& !(i + 1 < end && TEMPORAL.contains(tokens.get(i + 1).lower()));
			if (!(TEMPORAL.contains(token.lower()) || date || preposition) || determiner) {
				break;
			}
			i++;
		}
		return (i > start && i < end && firstVerb(tokens, i, end) < 0) ? i : start;
	}

	int skipConnectors(List<Token> tokens, int start, int end) {
		int i = start;
		// (and "Much as the activists have claimed A": a concession's two words)
		while (i < end && (CONNECTORS.contains(tokens.get(i).lower()) || concessionAt(tokens, i, end))) {
			i++;
		}
		return i;
	}

	/** Whether "much as" opens a concession at {@code i}: "Much as the activists have claimed A, police ...". */
	static boolean concessionAt(List<Token> tokens, int i, int end) {
		return tokens.get(i).is("much") && i + 1 < end && tokens.get(i + 1).is("as");
	}

	/** Words that link a clause to what came before, no part of its subject: "However", "While", "Although". */
	private static final Set<String> CONNECTORS = Set.of("however", "meanwhile", "but", "and", "even", "before",
			"after", "when", "shortly", "just", "soon", "immediately", "long", "while", "as", "so", "since", "although",
			"though", "then", "now", "yet", "moreover", "also", "because", "where", "whereas", "if", "once", "until",
			"still", "instead");

	/** A speaker named by words that stand in no clause, at tokens {@code [from, to)}: "his" of "In his words". */
	Optional<Subject> speaker(String words, int from, int to) {
		return SpeakerPhrase.parse(words, this.lexicon).map((phrase) -> new Subject(phrase, from, to));
	}

	Optional<Subject> phrase(List<Token> tokens, int from, int to, String text) {
		if (from >= to) {
			return Optional.empty();
		}
		// ("raids hours before that the Israeli army said it targeted": the relative pronoun is no part of who, though
		// the subject's tokens start with it)
		int start = (from + 1 < to && (tokens.get(from).is("that") || tokens.get(from).is("which"))) ? from + 1 : from;
		return SpeakerPhrase.parse(span(tokens, start, to, text), this.lexicon)
			.map((phrase) -> new Subject(phrase, from, to));
	}

	static String span(List<Token> tokens, int from, int to, String text) {
		if (from >= to) {
			return "";
		}
		return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
	}

	static boolean isQuoteMark(Token token) {
		return token.text().equals("\"") || token.text().equals("“") || token.text().equals("”")
				|| token.text().equals("«") || token.text().equals("»") || token.text().equals("‘");
	}

	/** Subordinators a participle may follow with no subject: "while inspecting", "after meeting". */
	private static final Set<String> PARTICIPLE_SUBORDINATORS = Set.of("while", "when", "whilst", "after", "before",
			"since", "upon");

	/**
	 * A verb that heads a clause; a participle between a determiner or adjective and a noun ({@code an informed
	 * source}, {@code the U.S.-backed party}) only modifies the noun.
	 */
	static boolean isFiniteVerb(List<Token> tokens, int i) {
		if (!tokens.get(i).isVerb()) {
			return false;
		}
		Token previous = (i > 0) ? tokens.get(i - 1) : null;
		if (tokens.get(i).lower().endsWith("ing") && previous == null) {
			// "Speaking at the meeting, X said": a clause that opens with a participle has no finite verb there
			return false;
		}
		if (previous != null && previous.is("to")) {
			// "admitted to police/VERB that": after "to" a verb is an infinitive, never finite
			return false;
		}
		boolean afterModifier = previous != null && (previous.tag().equals("DET") || previous.tag().equals("ADJ")
				|| (previous.tag().equals("ADP") && !previous.is("that"))
				|| previous.tag().endsWith("+PART") || (previous.text().equals("-") && previous.end() == tokens.get(i).start()));
		boolean beforeNoun = i + 1 < tokens.size() && NOMINAL_TAGS.contains(tokens.get(i + 1).tag());
		// "an official said Sunday": the commonest cues never modify a noun after an adjective
		// "Another said Russia ...": a determiner that stands alone as the subject
		boolean plainCue = previous != null && (previous.tag().equals("ADJ") || STANDALONE_DETERMINERS.contains(previous.lower()))
				&& PLAIN_CUES.contains(tokens.get(i).lower());
		// "Yemeni informed sources told ...": a participle before a source noun describes it
		// (and "trusted Iraqi sources told ...": an adjective between them)
		int noun = i + 1;
		while (noun < tokens.size() && noun <= i + 2
				&& (tokens.get(noun).tag().equals("ADJ") || tokens.get(noun).tag().equals("PROPN"))) {
			noun++;
		}
		// (but "The X report cited officials as saying": a verb of citing takes its source as its object)
		boolean describesSource = noun < tokens.size() && tokens.get(i).lower().endsWith("ed")
				&& SOURCE_NOUNS.contains(tokens.get(noun).lower()) && !tokens.get(i).is("cited")
				&& !tokens.get(i).is("quoted");
		// "the federal judge overseeing the case said": a participle right after a noun modifies it (a finite verb in
		// -ing has its auxiliary)
		// (but "a statement saying the strike ..." reports)
		// (and "the joint force leading the battles said": a body's noun)
		boolean reducedRelative = previous != null && (isPersonHead(previous.lower())
				|| BODY_HEADS.contains(previous.text()))
				&& tokens.get(i).lower().endsWith("ing") && tokens.get(i).tag().equals("VERB")
				&& i + 1 < tokens.size() && (tokens.get(i + 1).tag().equals("DET") || tokens.get(i + 1).tag().equals("ADP"));
		// "said in a statement carried by the agency": a participle after a text, with its agent, describes the text
		boolean describesText = previous != null && TEXTS.contains(previous.lower())
				&& tokens.get(i).lower().endsWith("ed") && i + 1 < tokens.size() && tokens.get(i + 1).is("by");
		// (and "an interview published on June 30", "the Oil Summit held in Paris": an event's or a text's participle,
		// then where or when)
		describesText |= previous != null && (previous.tag().equals("NOUN") || previous.tag().equals("PROPN"))
				&& EVENT_PARTICIPLES.contains(tokens.get(i).lower()) && i + 1 < tokens.size()
				&& tokens.get(i + 1).tag().equals("ADP") && !tokens.get(i + 1).is("that");
		// ("In a statement posted to Telegram, the group said": a text's participle, then where it went, in the phrase
		// that opens the sentence)
		describesText |= i >= 3 && TEXTS.contains(previous.lower()) && tokens.get(i).lower().endsWith("ed")
				&& i + 1 < tokens.size() && tokens.get(i + 1).tag().equals("ADP") && !tokens.get(i + 1).is("that")
				&& (tokens.get(i - 2).tag().equals("DET") || tokens.get(i - 2).tag().equals("PRON"))
				&& tokens.get(i - 3).tag().equals("ADP") && (i == 3 || tokens.get(i - 4).isPunct());
		// ("the father of six children aged between three and 17 said": "aged" tells an age, no verb)
		boolean age = tokens.get(i).is("aged");
		// ("Footage posted online showed ...": a participle between a noun and the noun's own verb)
		int after = (i + 1 < tokens.size() && tokens.get(i + 1).tag().equals("ADV")) ? i + 2 : i + 1;
		boolean modifies = previous != null && (previous.tag().equals("NOUN") || previous.tag().equals("PROPN"))
				&& tokens.get(i).lower().endsWith("ed") && after < tokens.size() && tokens.get(after).tag().equals("VERB")
				&& !tokens.get(after).lower().endsWith("ing");
		return (!(afterModifier && beforeNoun) || plainCue) && !describesSource && !reducedRelative && !describesText
				&& !age && !modifies;
	}

	/** Participles that describe an event or a text after its noun: "an interview published on", "a summit held in". */
	private static final Set<String> EVENT_PARTICIPLES = Set.of("published", "held", "conducted", "recorded",
			"organized", "organised", "hosted", "attended", "convened", "scheduled", "slated");

	/** Nouns of people that a participle may modify: "the judge overseeing the case". */
	private static final Set<String> PERSON_HEADS = Set.of("judge", "official", "officer", "minister", "spokesman",
			"spokeswoman", "spokesperson", "lawyer", "prosecutor", "commander", "envoy", "diplomat", "source", "chief",
			"head", "leader", "member", "negotiator", "mediator", "investigator", "senator", "lawmaker", "legislator",
			"analyst", "expert", "activist", "politician", "people", "crew", "worker", "firefighter", "soldier", "troop",
			"resident", "volunteer", "staff");

	/** Whether a noun is one of {@link #PERSON_HEADS} or its plural: "three sources participating in the talks". */
	private static boolean isPersonHead(String noun) {
		return PERSON_HEADS.contains(noun)
				|| noun.endsWith("s") && PERSON_HEADS.contains(noun.substring(0, noun.length() - 1));
	}

	/** The last words of an outlet's name: "Army Radio", "Kan News", "North Press Agency". */
	static final Set<String> OUTLET_ENDINGS = Set.of("radio", "tv", "television", "channel", "news", "times", "post",
			"network", "magazine", "newspaper", "agency", "daily", "gazette", "tribune");

	/** Nouns of bodies, in lower case, that a participle may modify: "the joint force leading the battles". */
	private static final Set<String> BODY_HEADS = Set.of("force", "forces", "army", "committee", "council", "coalition",
			"group", "movement", "team", "ministry", "office", "agency", "authority", "commission", "delegation");

	/** What a source asks not to be: "named", "identified". */
	private static final Set<String> ANONYMITY = Set.of("named", "identified", "quoted", "cited");

	/** Tags of the words a noun phrase is made of: "retired/VERB firefighter/NOUN". */
	private static final Set<String> NOMINAL_TAGS = Set.of("NOUN", "PROPN", "ADJ");

	private static final Set<String> SOURCE_NOUNS = Set.of("source", "sources", "official", "officials", "circles");

	private static final Set<String> STANDALONE_DETERMINERS = Set.of("another", "both", "each", "neither", "either");

	static final Set<String> PLAIN_CUES = Set.of("said", "says", "told", "tells");

	static int firstVerb(List<Token> tokens, int from, int to) {
		for (int i = from; i < to; i++) {
			if (isFiniteVerb(tokens, i)) {
				return i;
			}
		}
		return -1;
	}

	private static final Set<String> GOES = Set.of("went", "goes", "go", "going", "gone");

	/** Whether "went on to" stands right before token {@code at}: "He went on to note that". */
	private static boolean wentOnTo(List<Token> tokens, int at) {
		return at >= 3 && tokens.get(at - 1).is("to") && tokens.get(at - 2).is("on")
				&& GOES.contains(tokens.get(at - 3).lower());
	}

	private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their", "our");

	private int stripBack(List<Token> tokens, int from, int cue) {
		int end = cue;
		while (end > from) {
			Token token = tokens.get(end - 1);
			String lower = token.lower();
			// "Mel Stride/ADV accused": a capitalised word is the tagger's slip, part of a name
			boolean adverb = token.tag().equals("ADV") && !lower.equals("who") && !lower.equals("when")
					&& !(end - 1 > from && Character.isUpperCase(token.text().charAt(0)));
			boolean temporal = TEMPORAL.contains(lower) || (token.tag().equals("NUM") && end - 2 >= from
					&& TEMPORAL.contains(tokens.get(end - 2).lower()));
			// (and "The legal team in March accused": "in" before a month or a day)
			boolean onTemporal = (lower.equals("on") || lower.equals("in")) && end < cue
					&& TEMPORAL.contains(tokens.get(end).lower());
			// ("Aoun publicly and explicitly called for": two adverbs joined)
			boolean adverbs = (lower.equals("and") || lower.equals("or")) && end < cue && end - 2 >= from
					&& tokens.get(end).tag().equals("ADV") && tokens.get(end - 2).tag().equals("ADV")
					&& tokens.get(end - 2).lower().endsWith("ly");
			// ("He went on to note that": the verb that only continues the report)
			// ("Deeb for his part said": the discourse aside with no commas round it)
			boolean forPart = lower.equals("part") && end - 3 >= from && tokens.get(end - 3).is("for")
					&& POSSESSIVE_PRONOUNS.contains(tokens.get(end - 2).lower());
			// ("on Wednesday (May 12) reiterated": the date in brackets after the day)
			int dateOpen = -1;
			if (lower.equals(")")) {
				for (int k = end - 2; k > from && k >= end - 5 && dateOpen < 0; k--) {
					dateOpen = tokens.get(k).text().equals("(") ? k : -1;
				}
				for (int k = dateOpen + 1; dateOpen > 0 && k < end - 1; k++) {
					dateOpen = (TEMPORAL.contains(tokens.get(k).lower()) || tokens.get(k).tag().equals("NUM")) ? dateOpen : -1;
				}
			}
			// (and "X and Y (as referenced in the meeting) responded": a bracketed aside that "as" opens)
			int asideOpen = -1;
			for (int k = end - 2; lower.equals(")") && dateOpen < 0 && k > from && k >= end - 10 && asideOpen < 0; k--) {
				asideOpen = (tokens.get(k).text().equals("(") && tokens.get(k + 1).is("as")) ? k : -1;
			}
			if (dateOpen > from || asideOpen > from) {
				end = Math.max(dateOpen, asideOpen);
			}
			else if (end - 3 >= from && wentOnTo(tokens, end)) {
				end -= 3;
			}
			else if (forPart) {
				end -= 3;
			}
			else if (AUXILIARIES.contains(lower) || adverb || temporal || onTemporal || adverbs) {
				end--;
			}
			else {
				break;
			}
		}
		return end;
	}

	/**
	 * Nouns that describe a business or a body and are no organisation's word in a name (those are in
	 * organization-words.txt): "the country's biggest operator", "the home side".
	 */
	private static final Set<String> ORGANIZATION_NOUNS = Set.of("operator", "carrier", "producer", "maker",
			"newspaper", "charity", "side", "team", "outlet");

	/** The words that open a relative clause: "X, who heads Y, said", "..., which China claims". */
	static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose", "that", "where");

	/** Relative pronouns whose clause, set off by commas, may hold a list of its own. */
	private static final Set<String> LIST_RELATIVES = Set.of("which", "who", "whose");

	/** The preposition before an organisation in an appositive: "X, of West Yorkshire Police, said". */
	private static final java.util.regex.Pattern AFFILIATION = java.util.regex.Pattern
		.compile("^(?:of|from|at) (?=\\p{Lu}|the \\p{Lu})");

	/** Asides that only link a sentence to the one before: "for his part", "in turn", "however". */
	private static final java.util.regex.Pattern DISCOURSE_ASIDE = java.util.regex.Pattern.compile(
			"(?:for (?:his|her|its|their|our) part|in (?:his|her|its|their) turn|in turn|however|meanwhile|though|too"
					+ "|also|nevertheless|likewise|in addition|in response|separately|in contrast|in return|again)");

	/** Whether the words only link a sentence to the one before: "separately", "for his part". */
	static boolean isDiscourseAside(String words) {
		return DISCOURSE_ASIDE.matcher(words).matches();
	}

	/** A complement that names what a description's head belongs to: "a member of the council". */
	private static final java.util.regex.Pattern COMPLEMENT = java.util.regex.Pattern.compile("\\s(?:of|in|at|from)\\s");

	private Optional<Subject> apposition(List<Token> tokens, int from, int comma, String text) {
		int previousComma = -1;
		int marks = 0;
		for (int i = comma - 1; i >= from; i--) {
			// (past a comma inside a quotation: "X, in a statement titled “A, and B”, said")
			if (tokens.get(i).text().equals(",") && (marks % 2 == 0 || isQuoteMark(tokens.get(i + 1)))) {
				previousComma = i;
				break;
			}
			marks += isQuoteMark(tokens.get(i)) ? 1 : 0;
		}
		if (previousComma < 0) {
			// "Acting Minister of Media Dr. X, said": a stray comma after a person's name that opens the sentence
			int start = skipConnectors(tokens, from, comma);
			int who = start + 1;
			while (who < comma && !tokens.get(who).is("who")) {
				who++;
			}
			if (who < comma && firstVerb(tokens, start, who) < 0) {
				// ("And Koeman who praised his team's display, said": a relative clause no comma opens)
				int named = who;
				Optional<Subject> person = phrase(tokens, start, named, text)
					.filter((subject) -> subject.phrase().isName() && !subject.phrase().organization());
				if (person.isPresent()) {
					return Optional.of(new Subject(person.get().phrase(), start, comma));
				}
			}
			return (firstVerb(tokens, start, comma) < 0) ? phrase(tokens, start, comma, text)
				.filter((subject) -> subject.phrase().isName() && !subject.phrase().organization()
						&& NameKey.words(subject.phrase().name()).size() >= 2) : Optional.empty();
		}
		// ("GE, whose products include engines, scanners and programs, said": a relative clause that holds a list)
		for (int k = previousComma - 1; k > from && k >= comma - 30; k--) {
			if (tokens.get(k).text().equals(",") && LIST_RELATIVES.contains(tokens.get(k + 1).lower())) {
				int opening = k;
				boolean listed = IntStream.range(k + 2, comma)
					.filter((i) -> tokens.get(i).text().equals(","))
					.allMatch((i) -> firstVerb(tokens, i + 1, nextComma(tokens, i + 1)) < 0
							&& firstVerb(tokens, opening + 2, i) >= 0);
				previousComma = listed ? k : previousComma;
				break;
			}
			if (tokens.get(k).text().equals(";") || tokens.get(k).is("that")) {
				break;
			}
		}
		int innerStart = previousComma + 1;
		String inner = span(tokens, innerStart, comma, text);
		if (previousComma - 1 > from && tokens.get(previousComma - 1).tag().equals("PROPN")
				&& this.lexicon.isPlace(inner)) {
			// "X, a deputy marshal in Portland, Maine, said": the region after a town goes with it
			// (and "Police in Saco, Maine, said": with the subject that ends in the town)
			int start = skipConnectors(tokens, from, previousComma);
			int townEnd = previousComma;
			Optional<Subject> town = apposition(tokens, from, townEnd, text)
				.or(() -> (firstVerb(tokens, start, townEnd) < 0) ? phrase(tokens, start, townEnd, text)
						: Optional.empty());
			return town.map((subject) -> new Subject((subject.phrase().role() != null)
					? subject.phrase().withRole(subject.phrase().role() + ", " + inner) : subject.phrase(),
					subject.from(), comma));
		}
		boolean portfolio = comma - innerStart >= 1 && tokens.subList(innerStart, comma).stream()
			.allMatch((token) -> token.is("and")
					|| token.isCapitalized() && this.lexicon.isPortfolioWord(token.text()));
		if (portfolio && segmentStart(tokens, from, previousComma) > from) {
			// "X, Special Adviser to the President, Media and Publicity, in a statement said": the portfolio goes on
			// the office before it, the person's role
			Optional<Subject> office = apposition(tokens, from, previousComma, text)
				.filter((subject) -> subject.phrase().isName() && subject.phrase().role() != null);
			if (office.isPresent()) {
				SpeakerPhrase named = office.get().phrase();
				return Optional.of(new Subject(named.withRole(named.role() + ", " + inner), office.get().from(), comma));
			}
		}
		if (tokens.get(innerStart).is("and")) {
			// "X, deputy premier, minister of defense, and chairman of the council, said": the last of a name's roles
			Optional<Subject> listed = listedRoles(tokens, from, comma, text);
			if (listed.isPresent()) {
				return listed;
			}
		}
		int outerStart = skipConnectors(tokens, segmentStart(tokens, from, previousComma), previousComma);
		// ("He said that Serraj, prime minister of X, stressed": no name before an apposition holds a verb)
		// (nor "The coach said former referee X, now Y, admitted": "that" left out)
		for (int i = outerStart; i < previousComma - 1; i++) {
			if (isFiniteVerb(tokens, i) && isCueWord(tokens.get(i).lower()) && !tokens.get(i).lower().endsWith("ing")) {
				outerStart = tokens.get(i + 1).is("that") ? i + 2 : i + 1;
				break;
			}
		}
		// ("The comments come shortly after the party, which Y views as Z, announced": past the main clause, into
		// the subordinate one whose subject the aside follows)
		int finite = -1;
		for (int i = Math.min(from, outerStart); i < previousComma - 1 && finite < 0; i++) {
			finite = (isFiniteVerb(tokens, i) || tokens.get(i).tag().equals("AUX")) ? i : -1;
		}
		for (int i = previousComma - 2; finite >= 0 && i > finite; i--) {
			// (or the second of two clauses "and" joins: "A prosecutor said it was personal and the agency, quoting
			// relatives, said")
			if (isSubordinator(tokens.get(i)) || tokens.get(i).is("that")
					|| (tokens.get(i).is("and") || tokens.get(i).is("but")) && (tokens.get(i + 1).tag().equals("DET")
							|| SpeakerPhrase.isPossessive(tokens.get(i + 1).text()))) {
				outerStart = i + 1;
				break;
			}
		}
		// ("The prime minister has, on multiple occasions, said": the auxiliary is the verb's, no part of who speaks)
		int outerEnd = previousComma;
		while (outerEnd > outerStart + 1 && tokens.get(outerEnd - 1).tag().equals("AUX")) {
			outerEnd--;
		}
		Optional<Subject> outer = phrase(tokens, outerStart, outerEnd, text);
		String innerLower = inner.toLowerCase(Locale.ROOT);
		// "X, who ...,", "X, speaking on television,", "X, 54,", "X, for his part,": an aside or an age, not a role
		// (an adverb before the aside's participle too: "Another woman, also requesting anonymity, said")
		int firstAt = innerStart;
		// (but "where" is no adverb here: "The official, who spoke from Qatar, where the group has an office, said")
		while (firstAt + 1 < comma && tokens.get(firstAt).tag().equals("ADV") && !RELATIVES.contains(tokens.get(firstAt).lower())) {
			firstAt++;
		}
		Token first = tokens.get(firstAt);
		boolean participle = opensParticipleAside(tokens, firstAt, comma);
		// "The Council of Ministers, chaired by King X, reaffirmed": who leads it is an aside
		// "Zelenskyy, seated beside Trump, said": a participle and its preposition
		// (and "X, better known by his nickname Y,": another name)
		boolean agent = (first.lower().endsWith("ed") || first.is("known")) && firstAt + 1 < comma
				&& (tokens.get(firstAt + 1).is("by")
				|| first.isVerb() && tokens.get(firstAt + 1).tag().equals("ADP"));
		// "The Cabinet, on the occasion of X's visits, affirmed": an adverbial, when or where (but "X, of Y University")
		// (and "Conte, while accepting his punishment, said": a subordinate clause)
		// (and a companion: "Observers from X, as well as the EU, said")
		boolean adverbial = first.tag().equals("ADP") && !first.is("of") && firstAt == innerStart
				|| isSubordinator(first) && firstAt == innerStart
				|| innerStart + 2 < comma && tokens.get(innerStart).is("as") && tokens.get(innerStart + 1).is("well")
						&& tokens.get(innerStart + 2).is("as");
		// (and a time: "X, Special Assistant to the President, yesterday, in a statement, said")
		boolean aside = participle || agent || adverbial
				|| tokens.subList(innerStart, comma).stream().allMatch((token) -> token.tag().equals("NUM"))
				|| tokens.subList(innerStart, comma).stream().allMatch((token) -> TEMPORAL.contains(token.lower()))
				|| isDiscourseAside(innerLower) || PARTY_AND_STATE.matcher(inner).matches();
		boolean relative = (RELATIVES.contains(first.lower()) || first.is("aka")) && innerStart + 1 < comma;
		boolean quoting = (first.is("quoting") || first.is("citing")) && firstAt + 1 < comma;
		Optional<Subject> quoted = quoting && outer.map((found) -> passesOn(found.phrase())).orElse(true)
				? phrase(tokens, firstAt + 1, comma, text)
					.filter((found) -> found.phrase().isName() && !found.phrase().organization())
				: Optional.empty();
		if (quoted.isPresent()) {
			// "The government website, quoting media advisor X, said that Q": the person named, whose words the
			// outlet passes on
			return Optional.of(new Subject(quoted.get().phrase(), outerStart, comma));
		}
		if (innerLower.startsWith("also known as") || innerLower.startsWith("known as") || relative || aside) {
			// "X, 52, who lives nearby, said", "X, Y's adviser, who met Z, said": an aside after an aside or a role
			boolean earlierComma = segmentStart(tokens, from, previousComma) > from;
			// (but not an adverbial that opens the sentence: "In a statement on Wednesday, the US Department of State,
			// about indications it received, said")
			Optional<Subject> before = earlierComma ? apposition(tokens, from, previousComma, text)
				.filter((subject) -> !tokens.get(subject.from()).tag().equals("ADP")) : Optional.empty();
			return before.isPresent() ? before : outer;
		}
		boolean dated = tokens.subList(innerStart, comma).stream().anyMatch((token) -> MONTHS.contains(token.lower()))
				&& tokens.subList(innerStart, comma).stream()
					.allMatch((token) -> MONTHS.contains(token.lower()) || token.tag().equals("NUM"));
		if (dated) {
			// "X on Thursday, June 9, said": a date, an aside, after the time phrase it completes
			return subjectBefore(tokens, from, previousComma, text);
		}
		boolean aged = outerStart < previousComma
				&& tokens.subList(outerStart, previousComma).stream().allMatch((token) -> token.tag().equals("NUM"));
		if (aged && outerStart - 1 > from && tokens.get(outerStart - 1).text().equals(",")) {
			// "Zeinab, 35, a housewife who preferred to be identified only by her first name, said": the name before
			// the age
			int nameStart = skipConnectors(tokens, segmentStart(tokens, from, outerStart - 1), outerStart - 1);
			Optional<Subject> named = phrase(tokens, nameStart, outerStart - 1, text)
				.filter((subject) -> subject.phrase().isName() && !subject.phrase().organization());
			if (named.isPresent() && firstVerb(tokens, nameStart, outerStart - 1) < 0) {
				return Optional.of(new Subject(named.get().phrase(), nameStart, comma));
			}
		}
		Optional<Subject> appositive = phrase(tokens, innerStart, comma, text);
		boolean personInner = appositive.isPresent() && appositive.get().phrase().isName()
				&& !appositive.get().phrase().organization();
		String outerText = span(tokens, outerStart, previousComma, text).toLowerCase(Locale.ROOT);
		if (personInner && (outerText.startsWith("one of ") || outerText.startsWith("among them"))) {
			// "One of them, Rachael X, told the BBC": the person named
			return Optional.of(new Subject(appositive.get().phrase(), innerStart, comma));
		}
		// ("Kessa Information Minister, Dov Kell, says": a title, then the name of who holds it)
		// (the title opening the clause, no second one after an office: "the spokesperson for X, Commander-in-Chief,
		// Maj. Gen. Y")
		boolean titleFirst = personInner && previousComma - 1 > outerStart
				&& segmentStart(tokens, from, previousComma) == skipConnectors(tokens, from, previousComma)
				&& this.lexicon.isTitleWord(tokens.get(previousComma - 1).lower())
				&& NameKey.words(appositive.get().phrase().name()).size() >= 2;
		if (titleFirst) {
			String role = span(tokens, outerStart, previousComma, text);
			return Optional.of(new Subject(appositive.get().phrase().withRole(role), outerStart, comma));
		}
		boolean organizationNoun = outer.isPresent() && outer.get().phrase().form() == SpeakerPhrase.Form.DESCRIPTION
				&& this.lexicon.isOrganizationWord(outer.get().phrase().head());
		if (personInner && organizationNoun) {
			// "The railroad, Great Lakes Rail, said": the name an organisation's noun announces is an organisation's
			String role = span(tokens, outerStart, previousComma, text);
			return Optional.of(new Subject(appositive.get().phrase().withRole(role).asOrganization(), outerStart, comma));
		}
		if (personInner && outer.isPresent() && outer.get().phrase().organization()) {
			// "The head of the Electoral Commission, Judge Omar Ahmed, said": the person speaks, in that role
			String role = span(tokens, outerStart, previousComma, text);
			return Optional.of(new Subject(appositive.get().phrase().withRole(role), outerStart, comma));
		}
		// "A leader in the Coordination Framework, the ruling coalition, told": the appositive describes the complement
		boolean namedOrganization = outer.isPresent() && (outer.get().phrase().organization()
				&& outer.get().phrase().definite() || outer.get().phrase().form() == SpeakerPhrase.Form.DESCRIPTION
						&& isSource(outer.get().phrase()));
		// (an apposition that "a" opens names no one: "Al-Anbaa, a Kuwaiti newspaper, reported")
		boolean indefinite = tokens.get(innerStart).is("a") || tokens.get(innerStart).is("an");
		if (outer.isPresent() && (outer.get().phrase().isName() || namedOrganization)
				&& (appositive.isEmpty() || !appositive.get().phrase().isName() || indefinite)) {
			// "X, of West Yorkshire Police, said": the organisation is the role; "the Observatory for Human Rights,
			// a war monitor, said": the organisation, so described; "Thames Water, the UK's biggest water firm,
			// said": a name that an organisation's noun describes is an organisation's
			if (outer.get().phrase().isName() && !outer.get().phrase().organization()
					&& outer.get().phrase().text().contains(" and ")) {
				// "Speaker X and Y, the leader of Z, called on": the apposition is the second person's
				return outer;
			}
			String role = AFFILIATION.matcher(inner).replaceFirst("");
			SpeakerPhrase named = outer.get().phrase().withRole(role);
			boolean described = appositive.isPresent() && appositive.get().phrase().form() == SpeakerPhrase.Form.DESCRIPTION
					&& (appositive.get().phrase().organization() || ORGANIZATION_NOUNS.contains(appositive.get().phrase().head()));
			return Optional.of(new Subject(described ? named.asOrganization() : named, outerStart, comma));
		}
		if (appositive.isPresent() && appositive.get().phrase().isName() && appositive.get().phrase().organization()
				&& outer.isPresent() && outer.get().phrase().form() == SpeakerPhrase.Form.DESCRIPTION
				&& !outer.get().phrase().organization() && COMPLEMENT.matcher(outer.get().phrase().text()).find()) {
			// "A member of the Taliban’s leadership council, the Pakistan-based Quetta Shura, said": a body's name
			// after a person's description names the body of its complement; the person speaks
			return Optional.of(new Subject(outer.get().phrase(), outerStart, comma));
		}
		if (appositive.isPresent() && appositive.get().phrase().isName() && outer.isPresent()
				&& outer.get().phrase().form() == SpeakerPhrase.Form.DESCRIPTION) {
			// ("the spokesperson for the armed forces, Commander-in-Chief, Maj. Gen. X": an office before the title)
			int roleStart = outerStart;
			int earlier = (outerStart - 1 > from && tokens.get(outerStart - 1).text().equals(","))
					? skipConnectors(tokens, segmentStart(tokens, from, outerStart - 1), outerStart - 1) : -1;
			// (but not an adverbial: "In a statement to SPA, the Minister of Commerce, Dr. X, said")
			if (earlier >= from && !tokens.get(earlier).tag().equals("ADP")
					&& firstVerb(tokens, earlier, outerStart - 1) < 0 && phrase(tokens, earlier,
					outerStart - 1, text).filter((office) -> office.phrase().form() == SpeakerPhrase.Form.DESCRIPTION
							&& isSource(office.phrase())).isPresent()) {
				roleStart = earlier;
			}
			String role = span(tokens, roleStart, previousComma, text);
			return Optional.of(new Subject(appositive.get().phrase().withRole(role), roleStart, comma));
		}
		// "Speaking to the media in Geneva, spokesperson X, said": a stray comma after the name an opening
		// participle's clause stands before
		Token opener = tokens.get(outerStart);
		boolean openingParticiple = outerStart == skipConnectors(tokens, from, comma) && opener.isVerb()
				&& (opener.lower().endsWith("ing") || opener.lower().endsWith("ed"));
		if (personInner && openingParticiple && firstVerb(tokens, innerStart, comma) < 0
				&& NameKey.words(appositive.get().phrase().name()).size() >= 2) {
			return Optional.of(new Subject(appositive.get().phrase(), innerStart, comma));
		}
		// "the party’s second in command, Naim X, told": a description no word list knows, then the person's name
		boolean determined = outerStart < previousComma && (tokens.get(outerStart).is("the")
				|| SpeakerPhrase.isPossessive(tokens.get(outerStart).text()));
		if (personInner && outer.isEmpty() && determined && previousComma - outerStart <= 6
				&& firstVerb(tokens, outerStart, previousComma) < 0 && firstVerb(tokens, innerStart, comma) < 0
				&& NameKey.words(appositive.get().phrase().name()).size() >= 2) {
			return Optional.of(new Subject(appositive.get().phrase()
				.withRole(span(tokens, outerStart, previousComma, text)), outerStart, comma));
		}
		return listedRoles(tokens, from, comma, text);
	}

	/**
	 * {@code Weeks, the company's chairman, chief executive officer, and president, told ...}: a name opening the
	 * clause, then a role that runs over several commas, with no verb in it.
	 */
	private Optional<Subject> listedRoles(List<Token> tokens, int from, int comma, String text) {
		int start = skipConnectors(tokens, from, comma);
		int end = start;
		while (end < comma && !tokens.get(end).text().equals(",")) {
			end++;
		}
		int first = end;
		if (first >= comma || firstVerb(tokens, first, comma) >= 0) {
			return Optional.empty();
		}
		return phrase(tokens, start, first, text)
			.filter((subject) -> subject.phrase().isName())
			.map((subject) -> new Subject(subject.phrase().withRole(span(tokens, first + 1, comma, text)), start, comma));
	}

	/** The phrase a relative pronoun refers to: {@code ..., according to Zaki, who added}, {@code the source, who}. */
	private Optional<Subject> antecedent(List<Token> tokens, int from, int who, String text) {
		int comma = who - 1;
		if (comma > from && tokens.get(comma).tag().equals("PROPN") && tokens.get(who).is("who")) {
			// "the language of Minister X who has said ...": a name the relative follows with no comma
			comma = who;
		}
		else if (comma <= from || !tokens.get(comma).text().equals(",")) {
			return Optional.empty();
		}
		int start = comma;
		while (start > from && tokens.get(start - 1).isCapitalized() && !tokens.get(start - 1).isPunct()) {
			start--;
			// (across the "of" of a capitalised title: "US Secretary of State Anna X, who")
			boolean title = start - 2 >= from && (tokens.get(start - 1).is("of") || tokens.get(start - 1).is("for"))
					&& tokens.get(start - 2).isCapitalized() && this.lexicon.isTitleWord(tokens.get(start - 2).lower());
			if (title) {
				start -= 1;
			}
			// (and across a name's particles: "Lula da Vell, who", "Kira von der Osk, who")
			int particles = start;
			while (particles - 1 > from && NAME_PARTICLES.contains(tokens.get(particles - 1).text())) {
				particles--;
			}
			if (particles < start && tokens.get(particles - 1).isCapitalized()) {
				start = particles;
			}
		}
		// ("Sen. X, R-Tenn., who called for": the name before the party and state)
		if (start - 1 > from && tokens.get(start - 1).text().equals(",")
				&& PARTY_AND_STATE.matcher(span(tokens, start, comma, text)).matches()) {
			Optional<Subject> senator = personBefore(tokens, from, start - 1, text);
			if (senator.isPresent()) {
				return senator;
			}
		}
		Optional<Subject> name = phrase(tokens, start, comma, text).filter((subject) -> subject.phrase().isName());
		// ("according to X, the spokesman of the Kessa Ambulance Service, who confirmed": the person the apposition
		// describes, not the body its complement names)
		int before = (start > from && tokens.get(start - 1).is("the")) ? start - 1 : start;
		boolean complement = before > from && (tokens.get(before - 1).is("of") || tokens.get(before - 1).is("for"));
		int open = before - 1;
		while (complement && open > from && !tokens.get(open).text().equals(",")) {
			open--;
		}
		String role = (complement && open > from) ? span(tokens, open + 1, comma, text) : null;
		Optional<Subject> described = (role != null) ? personBefore(tokens, from, open, text)
			.map((subject) -> new Subject(subject.phrase().withRole(role), subject.from(), who)) : Optional.empty();
		if (described.isPresent()) {
			return described;
		}
		if (name.isPresent()) {
			return name;
		}
		start = comma;
		while (start > from && !tokens.get(start - 1).isPunct() && !tokens.get(start - 1).isVerb()
				&& !tokens.get(start - 1).tag().equals("ADP") && !tokens.get(start - 1).is("to")) {
			start--;
		}
		return phrase(tokens, start, comma, text)
			.filter((subject) -> subject.phrase().form() == SpeakerPhrase.Form.DESCRIPTION);
	}

	/** The person a run of capitalised words names right before {@code end}, after {@code from}; empty when none. */
	private Optional<Subject> personBefore(List<Token> tokens, int from, int end, String text) {
		int start = end;
		while (start > from && tokens.get(start - 1).isCapitalized() && !tokens.get(start - 1).isPunct()) {
			start--;
		}
		return (start < end) ? phrase(tokens, start, end, text)
			.filter((subject) -> subject.phrase().isName() && !subject.phrase().organization()) : Optional.empty();
	}

	static int nextComma(List<Token> tokens, int from) {
		for (int i = from; i < tokens.size(); i++) {
			if (tokens.get(i).isPunct() && !tokens.get(i).text().equals("-")) {
				return i;
			}
		}
		return tokens.size();
	}

}
