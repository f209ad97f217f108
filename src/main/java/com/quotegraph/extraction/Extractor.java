package com.quotegraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The extraction engine: raw text in, articles with their quotes and resolved speakers out. Models and word lists
 * load once; an instance is safe to share across threads.
 */
public final class Extractor {

	private static final System.Logger logger = System.getLogger(Extractor.class.getName());

	private final ArticleSplitter splitter = new ArticleSplitter();

	private final Lexicon lexicon = new Lexicon();

	private final Nlp nlp = new Nlp(this.lexicon);

	private final DirectQuotes directQuotes;

	private final ReportedSpeech reportedSpeech;

	private final Clauses clauses = new Clauses(this.lexicon);

	public Extractor() {
		this.directQuotes = new DirectQuotes(this.clauses);
		this.reportedSpeech = new ReportedSpeech(this.clauses);
	}

	/** Cleans raw text, cuts it into articles and extracts the quotes of each. */
	public List<ExtractedArticle> extract(String raw) {
		return this.splitter.split(raw).stream().map(this::extract).toList();
	}

	/**
	 * Extracts the quotes of one article. A rule that fails on some text costs only what it was reading: the
	 * quotations or the reported speech of one paragraph, one quote's speaker, or, failing at the article's level,
	 * its quotes. The article always comes back with its paragraphs, and with a line in its problems for each
	 * failure (logged as a warning with the exception).
	 */
	public ExtractedArticle extract(RawArticle article) {
		Reading reading = new Reading(article.title());
		try {
			return extractQuotes(article, reading);
		}
		catch (RuntimeException ex) {
			reading.failed("no quotes could be extracted", ex);
			return new ExtractedArticle(article.title(), article.paragraphs(), List.of(), reading.problems);
		}
	}

	/** What went wrong while reading one article. */
	private static final class Reading {

		private final String title;

		private final List<String> problems = new ArrayList<>();

		Reading(String title) {
			this.title = title;
		}

		/** What a rule finds or resolves, or {@code fallback} if it throws. */
		<T> T guarded(java.util.function.Supplier<T> rule, T fallback, String what, int paragraph) {
			try {
				return rule.get();
			}
			catch (RuntimeException ex) {
				failed("%s in paragraph %d could not be read".formatted(what, paragraph + 1), ex);
				return fallback;
			}
		}

		void failed(String problem, RuntimeException ex) {
			this.problems.add(problem);
			logger.log(System.Logger.Level.WARNING, () -> "\"%s\": %s".formatted(this.title, problem), ex);
		}

	}

	private ExtractedArticle extractQuotes(RawArticle article, Reading reading) {
		// 1. find candidates paragraph by paragraph: quotations first, then reported speech in what is left
		List<Candidate> candidates = new ArrayList<>();
		List<Passage> passages = new ArrayList<>();
		List<Candidate> none = List.of();
		Passage previous = null;
		for (int p = 0; p < article.paragraphs().size(); p++) {
			String text = (p <= 2) ? withoutDropCap(article.paragraphs().get(p)) : article.paragraphs().get(p);
			Passage passage = new Passage(p, text, this.nlp);
			Passage before = previous;
			List<Candidate> found = new ArrayList<>(
					reading.guarded(() -> this.directQuotes.find(passage, before), none, "the quotations", p));
			previous = passage;
			passages.add(passage);
			found.addAll(reading.guarded(() -> this.reportedSpeech.find(passage), none, "the reported speech", p));
			// ("A. This was stated by X": a quote in the sentence before, which may close the paragraph before)
			List<Candidate> known = new ArrayList<>(candidates);
			known.addAll(found);
			for (Candidate back : reading.guarded(() -> this.reportedSpeech.pointedBack(passage, before, known),
					none, "what points back to a quote", p)) {
				(back.paragraph() == p ? found : candidates).add(back);
			}
			found.sort(Comparator.comparingInt((Candidate candidate) -> candidate.span().start()));
			// (a quotation with no cue of its own inside another quote is part of it: "“A” are “B,” he claimed")
			found.removeIf((candidate) -> candidate.speaker() == null && found.stream()
				.anyMatch((other) -> other != candidate && other.span().start() <= candidate.span().start()
						&& candidate.span().end() <= other.span().end()));
			candidates.addAll(found);
		}
		// 2. join quotations that run on over paragraphs
		candidates = joinRunOnQuotes(candidates);
		// (a paragraph in single marks that nobody says, with no stop, is a subheading: "'We made the same mistakes'")
		candidates.removeIf((candidate) -> candidate.rule().equals("floating") && candidate.span().start() > 0
				&& "'‘".indexOf(article.paragraphs().get(candidate.paragraph()).charAt(candidate.span().start() - 1)) >= 0
				&& !candidate.text().matches("(?s).*[.!?,…]\\W*"));
		// 3. resolve speakers in reading order; what an article says of a speaker is read once all are resolved
		NameIndex names = new NameIndex(article.title(), passages, this.lexicon);
		SpeakerResolver resolver = new SpeakerResolver(this.lexicon, names, article.paragraphs());
		Subjects subjects = new Subjects(passages, this.clauses, candidates);
		List<SpeakerResolver.Resolution> resolutions = new ArrayList<>();
		for (Candidate candidate : candidates) {
			// (a quotation that no cue attributes looks at its near subjects too: see SpeakerResolver)
			Optional<SpeakerResolver.Resolution> resolution = reading.guarded(() -> refersToNearSubject(candidate)
					|| candidate.speaker() == null && candidate.opensParagraph()
					? resolver.resolve(candidate, subjects.near(candidate), subjects.joined(candidate),
							() -> subjects.farther(candidate))
					: resolver.resolve(candidate), Optional.empty(), "the speaker of a quote", candidate.paragraph());
			resolutions.add(resolution.orElse(null));
		}
		resolveCataphora(candidates, resolutions, names, article.paragraphs());
		List<ExtractedQuote> quotes = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			Candidate candidate = candidates.get(i);
			SpeakerResolver.Resolution resolved = resolutions.get(i);
			if (resolved == null) {
				continue;
			}
			String paragraph = article.paragraphs().get(candidate.paragraph());
			double confidence = candidate.confidence()
					* ((candidate.speaker() == null || !candidate.speaker().isName()) ? 0.9 : 1.0);
			// "X said that “Q.”": reported content that is one quotation whole is direct speech, its text inside the
			// marks
			java.util.regex.Matcher whole = WHOLE_QUOTATION.matcher(candidate.text());
			if (!whole.matches()) {
				// (or in straight single marks: "confirmed that 'A. B.'")
				whole = WHOLE_SINGLE_QUOTATION.matcher(candidate.text());
			}
			boolean direct = candidate.type() == QuoteType.MIXED && whole.matches();
			int start = candidate.span().start();
			int end = Math.min(candidate.span().end(), paragraph.length());
			if (direct && paragraph.startsWith(candidate.text(), start)) {
				// (its offsets inside the marks too, as a direct quote's are)
				end = start + whole.end(1);
				start += whole.start(1);
			}
			quotes.add(new ExtractedQuote(direct ? whole.group(1) : candidate.text(),
					direct ? QuoteType.DIRECT : candidate.type(), candidate.cue(), candidate.paragraph(), start, end,
					candidate.sentence().of(paragraph), Math.round(confidence * 100) / 100.0, resolved.mention(),
					resolved.speaker().get(), resolved.role(), candidate.rule()));
		}
		return new ExtractedArticle(article.title(), article.paragraphs(), quotes, reading.problems);
	}

	/** A text that is one quotation from end to end, a stop after it allowed: {@code “Q.”}, {@code "Q".} */
	private static final java.util.regex.Pattern WHOLE_QUOTATION = java.util.regex.Pattern
		.compile("[“\"]\\s*([^“”\"]*[^“”\"\\s])\\s*[”\"][.,;]?");

	/** A text that is one quotation in straight single marks, with no apostrophe inside: {@code 'Q.'}. */
	private static final java.util.regex.Pattern WHOLE_SINGLE_QUOTATION = java.util.regex.Pattern
		.compile("'([^'“”\"]+)'[.,;]?");

	/** Words in capitals that open a story before its text goes on in lower case: "RICARDO Santos held up ...". */
	// (two words or more in capitals before lower case, "ENGLAND’S PLAYERS appeared", or one name's word before the
	// rest of a name, "RICARDO Santos", or a title and a given name before the surname, "ROVERS BOSS ARUN
	// Tesk felt"; one short word is an acronym: "KRG spokesman", "NATO Secretary-General")
	private static final java.util.regex.Pattern DROP_CAP = java.util.regex.Pattern
		.compile("^((?:\\p{Lu}{2,}(?:['’]\\p{Lu})?\\s+){2,3}(?=\\p{Ll})"
				+ "|\\p{Lu}{5,}\\s+(?=\\p{Lu}\\p{Ll}+\\s+\\p{Ll})"
				+ "|(?:\\p{Lu}{2,}\\s+){2,3}(?=\\p{Lu}\\p{Ll}+\\s+\\p{Ll}))");

	/**
	 * The paragraph with the words in capitals that open it, as some outlets open a story, in title case
	 * ("RICARDO Santos" is read as "Ricardo Santos"); a dateline in capitals ("BEIRUT —") is no such opening.
	 */
	static String withoutDropCap(String paragraph) {
		java.util.regex.Matcher capitals = DROP_CAP.matcher(paragraph);
		if (!capitals.lookingAt()) {
			return paragraph;
		}
		StringBuilder titled = new StringBuilder(paragraph.length());
		for (String word : capitals.group(1).split("(?<=\\s)")) {
			String rest = word.substring(Math.min(1, word.length())).toLowerCase(java.util.Locale.ROOT);
			titled.append(word.isBlank() ? word : word.charAt(0) + rest);
		}
		return titled + paragraph.substring(capitals.end(1));
	}

	/** How far ahead, in paragraphs, a pronoun with no antecedent looks for the person it announces. */
	private static final int CATAPHORA_PARAGRAPHS = 2;

	/** How much farther the first quote of a person named within those paragraphs may come. */
	private static final int CATAPHORA_QUOTE_PARAGRAPHS = 2;

	/**
	 * "He said Q1." opening an article, then "Speaking on TV, Zelenskiy urged ...": a personal pronoun that nothing
	 * before explains refers to the next person quoted, a paragraph or two on.
	 */
	private void resolveCataphora(List<Candidate> candidates, List<SpeakerResolver.Resolution> resolutions,
			NameIndex names, List<String> paragraphs) {
		int[] ledes = ledeStarts(paragraphs);
		for (int i = 0; i < candidates.size(); i++) {
			Candidate candidate = candidates.get(i);
			SpeakerPhrase pronoun = candidate.speaker();
			String introduced = (pronoun != null) ? introducedNext(candidate, resolutions.get(i), paragraphs) : null;
			// "A senior Hamas official said the group wanted a “complete ceasefire”", then "“... complete ceasefire
			// ...,” Taher al-Nunu said": the lede's unnamed source is who says the words it quotes, a paragraph on
			boolean echoed = pronoun != null && isLedeSource(candidate, resolutions.get(i), ledes);
			boolean announced = pronoun != null && (resolutions.get(i) == null && pronoun.isPersonalPronoun()
					|| isLedeTitle(candidate, resolutions.get(i), ledes) || introduced != null || echoed);
			if (!announced) {
				continue;
			}
			for (int k = i + 1; k < candidates.size() && candidates.get(k).paragraph() <= candidate.paragraph()
					+ CATAPHORA_PARAGRAPHS + CATAPHORA_QUOTE_PARAGRAPHS; k++) {
				// the person is named within two paragraphs, and quoted within two more: "Turkey's foreign minister
				// said ...", "Addressing a committee, Mevlut X reviewed ...", then a quote of his
				int namedAt = names.firstParagraph(candidates.get(k).speaker());
				if (candidates.get(k).paragraph() > candidate.paragraph() + CATAPHORA_PARAGRAPHS
						&& namedAt > candidate.paragraph() + CATAPHORA_PARAGRAPHS) {
					continue;
				}
				SpeakerResolver.Resolution later = resolutions.get(k);
				SpeakerPhrase named = candidates.get(k).speaker();
				boolean person = later != null && (later.speaker().get().kind() == SpeakerKind.PERSON
						|| named != null && named.isName() && !named.organization());
				// "The chancellor has defended ...", then "Rachel Reeves told the BBC": the person named next, unless
				// the article gives them another title
				// "A federal judge ordered ...", then "U.S. District Judge X said": an indefinite title only announces
				// someone given that title
				// "the prime minister" is not "a former cabinet minister": the title's qualifiers too
				List<String> qualifiers = SpeakerResolver.qualifiers(pronoun, this.lexicon);
				// (and its complement: "the Minister of Agriculture" is not "Economy Minister X")
				List<String> complement = SpeakerResolver.complement(pronoun.text());
				// (and the names in it: "the Gorran bloc head" is not "X, Head of the Fazila bloc")
				List<String> namedWords = SpeakerResolver.namedWords(pronoun, this.lexicon);
				// "A top Kurdish official said ...", then "Shahoz X is co-chair of ...": the person introduced next
				boolean introducedHere = introduced != null && later != null
						&& NameIndex.matches(NameKey.words(introduced), NameKey.words(later.speaker().get().name()));
				// (the role the article gave the person where it named them: "Deputy Foreign Minister X’s comments")
				String namedRole = (named != null && named.role() == null && later != null) ? later.role()
						: (named != null) ? named.role() : null;
				// (a royal's courtesy is no office: "Saudi Arabia’s energy minister ...", then "Prince X said")
				if (namedRole != null && SpeakerPhrase.isCourtesyOnly(namedRole)) {
					namedRole = null;
				}
				// ("A former minister has said ...", then "X made the remark ...": an office a lede gives with "a" is
				// held by a person the next paragraph names with no title)
				// (but not one named there as another's company: "Speaking on TV with Y, the environment secretary,
				// Z, said")
				boolean namedNext = !pronoun.definite() && namedAt == candidate.paragraph() + 1
						&& !(later != null
								&& namedAfterPreposition(paragraphs.get(namedAt), later.speaker().get().name()));
				// ("a spokesperson for President-elect X said ...", then "Y, the spokesperson, made the remark": the
				// title the article names the person with, "the", refers back to the whole office)
				boolean referredBack = namedRole != null && namedRole.toLowerCase(Locale.ROOT).startsWith("the ")
						&& SpeakerResolver.complement(namedRole).isEmpty() && namedNext;
				boolean titled = pronoun.isPersonalPronoun() || introducedHere || named != null && named.isName()
						&& (namedRole == null && (pronoun.definite() || namedNext) || namedRole != null
								&& (SpeakerResolver.roleFits(namedRole, qualifiers, pronoun.head())
										|| bareTitle(namedRole, pronoun.head()))
								&& (NameKey.words(namedRole).containsAll(complement) || referredBack)
								&& !SpeakerResolver.namesOtherThan(namedRole, namedWords, this.lexicon)
								&& !otherNationality(namedRole, pronoun.text()));
				if (echoed) {
					// (an unnamed source is announced only by the words it is quoted with; an office by those too)
					boolean echo = candidates.get(k).paragraph() <= candidate.paragraph() + 1
							&& echoes(candidate.text(), candidates.get(k).text());
					titled = isLedeTitle(candidate, resolutions.get(i), ledes) ? titled || echo : echo;
				}
				if (person && titled) {
					SpeakerResolver.Resolution announcing = resolutions.get(i);
					String role = (later.role() != null || pronoun.isPersonalPronoun()) ? later.role() : pronoun.text();
					resolutions.set(i, new SpeakerResolver.Resolution(later.speaker(), pronoun.text(), role));
					if (announcing != null) {
						// "the country's defense minister said ...", then "The minister also said ...": the same person
						String anonymous = announcing.speaker().get().key();
						for (int j = i + 1; j < resolutions.size(); j++) {
							SpeakerResolver.Resolution other = resolutions.get(j);
							if (other != null && other.speaker().get().kind() == SpeakerKind.ANONYMOUS
									&& other.speaker().get().key().equals(anonymous)) {
								resolutions.set(j, new SpeakerResolver.Resolution(later.speaker(), other.mention(), role));
							}
						}
					}
					break;
				}
			}
		}
	}

	/** Prepositions before a name that make the person another's company or listener: "with Y", "to Y". */
	private static final java.util.regex.Pattern PREPOSITION_BEFORE = java.util.regex.Pattern
		.compile("(?i)\\b(?:with|to|by|from|for|against)\\s+$");

	/** Whether a paragraph names the person first right after a preposition: "Speaking on TV with Y, ...". */
	private static boolean namedAfterPreposition(String paragraph, String name) {
		int at = paragraph.indexOf(name);
		return at > 0 && PREPOSITION_BEFORE.matcher(paragraph.substring(Math.max(0, at - 12), at)).find();
	}

	/**
	 * Whether the role where the article names the person is the description's title alone: "Minister X" after
	 * "Kuwait’s oil minister said ...", "Spokesman X" after "a Foreign Ministry spokesperson said ...".
	 */
	private static boolean bareTitle(String role, String head) {
		List<String> words = NameKey.words(role);
		return words.size() == 1 && SpeakerResolver.roleFits(role, List.of(), head);
	}

	/** A paragraph that opens by introducing a person: "Shahoz Hasan is co-chair of ...". */
	private static final java.util.regex.Pattern INTRODUCTION = java.util.regex.Pattern.compile(
			"(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’-]+|al-\\S+|bin|ibn|van|de|el-\\S+)){1,3})"
					+ "\\s+(?:is|was)\\s+(?:(?:a|an|the)\\s+)?\\p{Ll}");

	/**
	 * The person the paragraph after a lede introduces, when the lede's quote is said by someone described as "a"
	 * person of some kind ({@code A top Kurdish official said ...}, then {@code Shahoz X is co-chair of ...}); else
	 * null.
	 */
	private static @Nullable String introducedNext(Candidate candidate, SpeakerResolver.@Nullable Resolution resolution,
			List<String> paragraphs) {
		SpeakerPhrase phrase = candidate.speaker();
		boolean described = resolution != null && candidate.paragraph() == 0
				&& phrase.form() == SpeakerPhrase.Form.DESCRIPTION && !phrase.definite() && !phrase.plural()
				&& !phrase.organization() && resolution.speaker().get().kind() == SpeakerKind.ANONYMOUS;
		if (!described || paragraphs.size() < 2) {
			return null;
		}
		java.util.regex.Matcher introduction = INTRODUCTION.matcher(paragraphs.get(1));
		return introduction.lookingAt() ? introduction.group(1) : null;
	}

	/** Titles that anonymous sources go by, which announce nobody named later: "the official said". */
	private static final java.util.Set<String> UNNAMED_TITLES = java.util.Set.of("official", "analyst", "member",
			"player", "international", "economist", "journalist", "researcher", "scientist", "activist", "lawyer",
			"candidate", "source");

	/**
	 * Whether a quote in the opening paragraphs is said by "the" and a title that nobody before it holds
	 * ({@code The chancellor has defended her decision ...}), or by "a" and an office held by one person named later
	 * ({@code A federal judge ordered ...}): the person the article names next.
	 */
	private boolean isLedeTitle(Candidate candidate, SpeakerResolver.Resolution resolution, int[] ledes) {
		SpeakerPhrase phrase = candidate.speaker();
		return resolution != null && candidate.paragraph() - ledes[candidate.paragraph()] <= 1
				&& phrase.form() == SpeakerPhrase.Form.DESCRIPTION
				&& (phrase.definite() || OFFICES.contains(phrase.head())
						&& NameKey.words(phrase.text()).stream().noneMatch(SOURCE_RANKS::contains))
				&& !phrase.plural() && !phrase.organization()
				&& resolution.speaker().get().kind() == SpeakerKind.ANONYMOUS && this.lexicon.isTitleWord(phrase.head())
				&& !UNNAMED_TITLES.contains(phrase.head()) && !ownedByPerson(phrase);
	}

	/**
	 * Whether a lede's quote is said by someone described as "a" source ({@code A senior Hamas official said ...}),
	 * left unnamed so far.
	 */
	private static boolean isLedeSource(Candidate candidate, SpeakerResolver.@Nullable Resolution resolution,
			int[] ledes) {
		SpeakerPhrase phrase = candidate.speaker();
		return resolution != null && candidate.paragraph() - ledes[candidate.paragraph()] <= 1
				&& phrase.form() == SpeakerPhrase.Form.DESCRIPTION && !phrase.definite() && !phrase.plural()
				&& !phrase.organization() && resolution.speaker().get().kind() == SpeakerKind.ANONYMOUS
				&& Candidate.holdsQuotation(candidate.text());
	}

	/** A quoted fragment of two words or more. */
	private static final java.util.regex.Pattern FRAGMENT = java.util.regex.Pattern
		.compile("[“\"]([^“”\"]*\\s[^“”\"]*)[”\"]");

	/** Whether a later quote says, word for word, a fragment that a quote before it quotes. */
	private static boolean echoes(String quoting, String later) {
		String words = " " + String.join(" ", NameKey.words(later)) + " ";
		java.util.regex.Matcher fragment = FRAGMENT.matcher(quoting);
		while (fragment.find()) {
			List<String> quoted = NameKey.words(fragment.group(1));
			if (quoted.size() >= 2 && words.contains(" " + String.join(" ", quoted) + " ")) {
				return true;
			}
		}
		return false;
	}

	/** A paragraph that is only a time of day, which opens an update of a running story: "2:25 p.m.". */
	private static final java.util.regex.Pattern UPDATE_TIME = java.util.regex.Pattern
		.compile("\\d{1,2}(?::\\d{2})?\\s*[ap]\\.\\s?m\\.?");

	/**
	 * Where the story each paragraph belongs to opens: 0, or the paragraph after the last time of day before it in a
	 * running story's updates ("1 p.m.", then "The head of the Arab League says ...": a lede again).
	 */
	private static int[] ledeStarts(List<String> paragraphs) {
		int[] starts = new int[paragraphs.size()];
		int start = 0;
		for (int p = 0; p < paragraphs.size(); p++) {
			starts[p] = start;
			if (UPDATE_TIME.matcher(paragraphs.get(p).strip()).matches()) {
				start = p + 1;
			}
		}
		return starts;
	}

	/**
	 * Whether a description is of someone who works for a person or an office in the possessive ("the Labour
	 * leader's spokesman", "the prime minister's press secretary"): someone else than the person the article names
	 * next (but "the country's defense minister" holds the country's office).
	 */
	private boolean ownedByPerson(SpeakerPhrase phrase) {
		for (String word : phrase.text().split("\\s+")) {
			if (COMPLEMENT_PREPOSITIONS.contains(word)) {
				// (a possessive in the complement owns no one: "the head of the Committee for People’s Assembly")
				return false;
			}
			if (SpeakerPhrase.isPossessive(word)) {
				// (an office holder owns: "the leader's", "the prime minister's"; not "the country's")
				String owner = SpeakerPhrase.strip(word.substring(0, word.length() - 2));
				return this.lexicon.isTitleWord(owner);
			}
		}
		return false;
	}

	private static final java.util.Set<String> COMPLEMENT_PREPOSITIONS = java.util.Set.of("of", "for", "at", "in",
			"to");

	/** The words of rank that mark an unnamed source, not an office the article goes on to name: "a senior minister". */
	private static final java.util.Set<String> SOURCE_RANKS = java.util.Set.of("senior", "top", "high", "ranking",
			"level", "leading");

	/** Titles that a lede gives with "a" only for someone it names next: "A federal judge ordered ...". */
	private static final java.util.Set<String> OFFICES = java.util.Set.of("judge", "prosecutor", "coroner", "coach",
			"manager", "minister", "ambassador", "envoy", "governor", "mayor", "spokesman", "spokeswoman", "spokesperson");

	/** Whether a role gives a nationality, and the description another: "Turkish Foreign Minister", "a Syrian minister". */
	private boolean otherNationality(String role, String description) {
		List<String> given = NameKey.words(description).stream().filter(this.lexicon::isNationality).toList();
		List<String> held = NameKey.words(role).stream().filter(this.lexicon::isNationality).toList();
		return !given.isEmpty() && !held.isEmpty() && held.stream().noneMatch(given::contains);
	}

	/**
	 * Whether the candidate's speaker refers back to a subject near it: a personal pronoun, an epithet, "it", "they" or
	 * a group's noun ("the group").
	 */
	private static boolean refersToNearSubject(Candidate candidate) {
		SpeakerPhrase speaker = candidate.speaker();
		return speaker != null && (speaker.isPersonalPronoun() || speaker.isEpithet()
				|| speaker.form() == SpeakerPhrase.Form.PRONOUN
						&& (speaker.head().equals("it") || speaker.head().equals("they"))
				|| SpeakerResolver.isGroupReference(speaker));
	}

	private static List<Candidate> joinRunOnQuotes(List<Candidate> candidates) {
		List<Candidate> joined = new ArrayList<>();
		int lastParagraph = -1;
		for (Candidate candidate : candidates) {
			if (!joined.isEmpty()) {
				Candidate previous = joined.get(joined.size() - 1);
				// (not when both have cues of their own: "X said: “A.\n\n“B,” X added" is two reports)
				if (previous.openEnded() && candidate.opensParagraph() && candidate.paragraph() == lastParagraph + 1
						&& (previous.speaker() == null || candidate.speaker() == null)) {
					joined.set(joined.size() - 1, previous.continuedBy(candidate));
					lastParagraph = candidate.paragraph();
					continue;
				}
			}
			joined.add(candidate);
			lastParagraph = candidate.paragraph();
		}
		return joined;
	}

}
