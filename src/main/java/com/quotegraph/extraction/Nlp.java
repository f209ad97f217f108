package com.quotegraph.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Apache OpenNLP's English sentence detector, tokenizer and part-of-speech tagger (Universal Dependencies models from
 * Maven Central), loaded once and safe to share across threads.
 */
final class Nlp {

	private final ThreadSafeSentenceDetectorME sentences;

	private final ThreadSafeTokenizerME tokenizer;

	private final ThreadSafePOSTaggerME tagger;

	private final Lexicon lexicon;

	Nlp(Lexicon lexicon) {
		this.lexicon = lexicon;
		SentenceModel sentenceModel = load("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
		TokenizerModel tokenizerModel = load("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
		POSModel posModel = load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
		this.sentences = new ThreadSafeSentenceDetectorME(sentenceModel);
		this.tokenizer = new ThreadSafeTokenizerME(tokenizerModel);
		this.tagger = new ThreadSafePOSTaggerME(posModel);
	}

	List<Span> sentences(String text) {
		List<Span> spans = new ArrayList<>();
		for (opennlp.tools.util.Span span : this.sentences.sentPosDetect(text)) {
			spans.add(new Span(span.getStart(), span.getEnd()));
		}
		if (spans.isEmpty() && !text.isBlank()) {
			spans.add(new Span(0, text.length()));
		}
		return splitAt(text, splitBeforeQuotations(text, splitBetweenQuotations(text, joinAfterAbbreviations(text, spans))),
				CREDIT, Matcher::start, Matcher::start);
	}

	/** A wire's credit after a paragraph's last stop: "... the Red Seas.– NNN-SABA" (or its dash, the model cut it). */
	private static final Pattern CREDIT = Pattern
		.compile("(?<=[.!?][”\"’']?)\\s*[–—-](?:\\s*\\p{Lu}[\\p{Lu}\\p{N}-]+)?\\s*$");

	/** A word's stop, then a quotation that opens with a capital: "from Qualcomm Inc. “This is ...". */
	private static final Pattern STOP_BEFORE_QUOTATION = Pattern.compile("(?<=[\\p{L}\\p{N}]\\.)\\s+(?=[“\"]\\p{Lu})");

	/**
	 * "The quarter included a payment from Qualcomm Inc. “This is a big disappointment,” said X": a word's stop before
	 * a quotation that opens with a capital ends the sentence, though the model read an abbreviation ("Inc.") there;
	 * a title's or an initial's stop does not ("Lt. “Bud” X").
	 */
	private static List<Span> splitBeforeQuotations(String text, List<Span> spans) {
		return splitAt(text, spans, STOP_BEFORE_QUOTATION, (stop) -> {
			String before = text.substring(Math.max(0, stop.start() - 12), stop.start());
			return ABBREVIATION.matcher(before).find() || INITIAL.matcher(before).find() ? -1 : stop.start();
		}, Matcher::end);
	}

	/** A quotation's end and the next one's start, which the model leaves in one sentence: "works.” “After ...". */
	private static final Pattern BETWEEN_QUOTATIONS = Pattern.compile("[.?!](?:”\\s+“|\"\\s+\")");

	private static List<Span> splitBetweenQuotations(String text, List<Span> spans) {
		return splitAt(text, spans, BETWEEN_QUOTATIONS, (between) -> between.start() + 2, (between) -> between.end() - 1);
	}

	/**
	 * Each span cut where the boundary matches: the sentence before ends at {@code end} of the match (-1 when the match
	 * ends none), the next starts at {@code next}.
	 */
	private static List<Span> splitAt(String text, List<Span> spans, Pattern boundary,
			java.util.function.ToIntFunction<Matcher> end, java.util.function.ToIntFunction<Matcher> next) {
		List<Span> split = new ArrayList<>();
		for (Span span : spans) {
			int start = span.start();
			Matcher matcher = boundary.matcher(text).region(span.start(), span.end());
			while (matcher.find()) {
				int cut = end.applyAsInt(matcher);
				if (cut > start) {
					split.add(new Span(start, cut));
					start = next.applyAsInt(matcher);
				}
			}
			split.add(new Span(start, span.end()));
		}
		return split;
	}

	/** Words with a period that end no sentence before a capitalised word: "Gov. Maria Delgado". */
	private static final Pattern ABBREVIATION = Pattern.compile(
			"(?:^|\\s)(?:Gov|Sen|Rep|Dr|Eng|Engr|Barr|Mr|Mrs|Ms|Gen|Lt|Col|Capt|Prof|St|Sgt|Maj|Adm|Cmdr|Supt|Insp|Rev|Hon|Pres|Brig|Cpl|Pvt|Det|Ald|Amb|Atty|Mgr|Gens|Reps|Sens|Messrs|No|Nos|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|U\\.S|U\\.K|U\\.N|E\\.U|v|vs)\\.$");

	private static final Pattern TIME_OF_DAY = Pattern.compile("\\d\\s?[ap]\\.m\\.$");

	private static final Pattern ZONE = Pattern.compile("(?:\\p{Lu}[\\p{L}-]*\\s+){1,2}time\\b|(?:GMT|UTC|EST|EDT|ET|PT|CET)\\b");

	/** The days of the week, as a regular expression's alternatives: a date after a time or a name. */
	static final String WEEKDAYS = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

	private static final Pattern WEEKDAY = Pattern.compile(WEEKDAYS + "\\b");

	private static final Pattern INITIAL = Pattern.compile("(?:^|\\s)\\p{Lu}\\.$");

	/** Initials of a name: "H.R.", "J.R.R.". */
	private static final Pattern NAME_INITIALS = Pattern.compile("(?:^|\\s)\\p{Lu}\\.(?:\\p{Lu}\\.)+$");

	/** Words that open a sentence rather than go on with a name: "... D.C. The mayor said". */
	private static final Set<String> SENTENCE_OPENERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i",
			"in", "on", "at", "but", "and", "this", "that", "these", "those", "there", "his", "her", "its", "their",
			"after", "when", "as", "for", "if", "while", "officials", "police");

	private static List<Span> joinAfterAbbreviations(String text, List<Span> spans) {
		List<Span> joined = new ArrayList<>();
		for (Span span : spans) {
			if (!joined.isEmpty()) {
				Span previous = joined.get(joined.size() - 1);
				String before = text.substring(previous.start(), previous.end()).stripTrailing();
				// "Gov. Maria Delgado", "on Feb. 3", "Lewis B. Puller": an abbreviation or an initial before a
				// capital or a number ends no sentence; and no sentence starts in lower case ("No U.S. attack")
				char first = text.charAt(span.start());
				boolean capitalAfter = Character.isUpperCase(first) || Character.isDigit(first);
				String tail = before.substring(Math.max(0, before.length() - 12));
				boolean abbreviation = ABBREVIATION.matcher(tail).find() || INITIAL.matcher(tail).find();
				// (and a name's initials before a surname: "adviser H.R. Vell made", not "in Washington, D.C. The")
				String next = text.substring(span.start(), span.end()).split("[\\s,]", 2)[0];
				abbreviation |= NAME_INITIALS.matcher(tail).find()
						&& !SENTENCE_OPENERS.contains(next.toLowerCase(Locale.ROOT));
				// nor does a colon inside brackets: "Corning Incorporated’s (NYSE: GLW) chairman"
				boolean openBracket = before.chars().filter((c) -> c == '(').count()
						> before.chars().filter((c) -> c == ')').count();
				// nor a time of day before its zone: "at 9 p.m. Yemen time", "12:50 p.m. GMT"
				// (or a bracket after it: "by 4 p.m. (0900 GMT) Tuesday")
				// (or a weekday after it: "which started around 9 a.m. Wednesday.")
				boolean zoned = TIME_OF_DAY.matcher(tail).find() && (ZONE.matcher(text).region(span.start(), span.end())
					.lookingAt() || text.charAt(span.start()) == '('
						|| WEEKDAY.matcher(text).region(span.start(), span.end()).lookingAt());
				// nor a word with no stop after it: "He stated to KoloNews.com “Q”"
				boolean unterminated = !before.isEmpty() && Character.isLetterOrDigit(before.charAt(before.length() - 1));
				if ((capitalAfter && abbreviation) || Character.isLowerCase(first) || openBracket || zoned
						|| unterminated) {
					joined.set(joined.size() - 1, new Span(previous.start(), span.end()));
					continue;
				}
			}
			joined.add(span);
		}
		return joined;
	}

	/** A lowercase word that may name a doer: "attacker", "defender", "director". */
	private static final Pattern AGENT_NOUN = Pattern.compile("\\p{Ll}+(?:er|or)");

	/** Words in -er or -or that name no doer: prepositions ("after", "for") and adjectives ("former", "major"). */
	private static final Set<String> NO_DOERS = Set.of("after", "under", "over", "per", "upper", "for", "nor",
			"former", "later", "other", "neither", "either", "whether", "rather", "together", "minor", "major");

	/** Verbs in the present whose "-ies" no noun's plural shares: "carries", "denies". */
	private static final Set<String> PRESENT_IN_IES = Set.of("carries", "applies", "denies", "relies", "tries",
			"implies", "signifies", "identifies", "occupies", "varies", "qualifies", "accompanies", "justifies",
			"clarifies", "verifies", "modifies", "intensifies", "multiplies", "defies", "certifies", "embodies",
			"notifies", "satisfies");

	/** Tags of a name's first word: "National/ADJ Unity Congress". */
	private static final Set<String> NAME_OPENERS = Set.of("PROPN", "ADJ");

	/** The tags of the words a speaker's phrase is made of: "Lapid’s office", "the group". */
	private static final Set<String> SUBJECT_TAGS = Set.of("PROPN", "NOUN", "PRON", "DET", "ADJ");

	private static final Set<String> CLOSING_MARKS = Set.of("”", "\"", "’", "'", "»");

	/** Punctuation that ends a clause right after its cue: "“Q,” X states.", "X states —". */
	private static final Set<String> CLAUSE_ENDS = Set.of(".", ",", ":", ";", "—", "–", "-");

	/** Tokens of one sentence of a paragraph, with part-of-speech tags and offsets in the paragraph. */
	List<Token> tokens(String paragraph, Span sentence) {
		String text = sentence.of(paragraph);
		opennlp.tools.util.Span[] raw = splitDashes(this.tokenizer.tokenizePos(text), text);
		opennlp.tools.util.Span[] spans = joinHyphenated(splitSingleQuotes(raw, text), text);
		String[] words = opennlp.tools.util.Span.spansToStrings(spans, text);
		String[] tags = this.tagger.tag(words);
		List<Token> tokens = new ArrayList<>(words.length);
		for (int i = 1; i + 1 < words.length; i++) {
			// "he graciously/VERB conceded": a word in -ly right before a verb is its adverb
			String word = words[i].toLowerCase(Locale.ROOT);
			if (tags[i].equals("VERB") && tags[i + 1].equals("VERB") && word.length() > 6 && word.endsWith("ly")
					&& !LY_VERBS.contains(word.replaceAll("(?:ied|ies|ying)$", "y"))) {
				tags[i] = "ADV";
			}
		}
		for (int i = 1; i + 2 < words.length; i++) {
			// "Taliban negotiating/VERB team member X said": a participle between a name or an article that opens the
			// sentence and a compound noun describes the noun, when a verb follows for the subject
			// (and after a possessive: "an official in Yemen’s ruling/VERB party has asserted")
			boolean opening = true;
			for (int k = 0; k < i && opening; k++) {
				opening = tags[k].equals("PROPN") || tags[k].equals("DET");
			}
			// (a name after the noun, whatever its tag: "French drugmaking/VERB group Sanofi/PRON said")
			boolean compound = tags[i + 2].equals("NOUN") || tags[i + 2].equals("PROPN")
					|| Character.isUpperCase(words[i + 2].charAt(0));
			// (or an article: "A leading/VERB figure in X has asserted")
			boolean determined = SpeakerPhrase.isPossessive(words[i - 1]) || tags[i - 1].equals("DET");
			if ((opening && compound || determined) && tags[i].equals("VERB") && words[i].endsWith("ing")
					&& (tags[i + 1].equals("NOUN") || determined && NAME_OPENERS.contains(tags[i + 1]))
					&& Arrays.asList(tags).subList(i + 2, tags.length).contains("VERB")) {
				tags[i] = "ADJ";
			}
		}
		for (int i = 2; i < words.length; i++) {
			// "said at Thursday's media briefing/VERB.": a word in -ing that ends a preposition's object, a noun
			boolean last = i + 1 == words.length || tags[i + 1].equals("PUNCT") || tags[i + 1].equals("ADP");
			if (!last || !tags[i].equals("VERB") || !words[i].endsWith("ing")
					|| !tags[i - 1].equals("NOUN") && !tags[i - 1].startsWith("PROPN")) {
				continue;
			}
			int k = i - 1;
			while (k > 0 && (tags[k].equals("NOUN") || tags[k].equals("ADJ") || tags[k].equals("DET")
					|| tags[k].equals("PROPN") || tags[k].startsWith("PROPN+"))) {
				k--;
			}
			if (tags[k].equals("ADP") && !words[k].equalsIgnoreCase("by")) {
				tags[i] = "NOUN";
			}
		}
		for (int i = 1; i < words.length; i++) {
			// "Google has/NOUN to end the practice": a form of "have" is never a noun
			String word = words[i].toLowerCase(Locale.ROOT);
			if ((word.equals("has") || word.equals("have") || word.equals("had"))
					&& (tags[i].equals("NOUN") || tags[i].equals("PROPN"))) {
				tags[i] = "VERB";
			}
		}
		for (int i = 1; i + 2 < words.length; i++) {
			// "..., Vellard/ADJ shrugged/ADJ and said": a past in -ed before "and" and another past is a verb, and a
			// capitalised word that opens its clause before it the subject's name
			boolean coordinated = (words[i + 1].equals("and") || words[i + 1].equals("but"))
					&& tags[i + 2].equals("VERB") && this.lexicon.opensCue(words[i + 2].toLowerCase(Locale.ROOT));
			if (tags[i].equals("ADJ") && words[i].endsWith("ed") && Character.isLowerCase(words[i].charAt(0))
					&& coordinated) {
				tags[i] = "VERB";
				boolean opens = i == 1 || words[i - 2].equals(",");
				if (opens && tags[i - 1].equals("ADJ") && Character.isUpperCase(words[i - 1].charAt(0))) {
					tags[i - 1] = "PROPN";
				}
			}
		}
		for (int i = 1; i + 1 < words.length; i++) {
			// "X, the main accused/VERB in the case, was arrested": a participle after a determiner, or after one and
			// an adjective, before a preposition, a stop or a verb is a noun
			String before = words[i - 1].toLowerCase(Locale.ROOT);
			// (but not after a speaker's noun the tagger read as an adjective: "the official/ADJ added to X that")
			boolean adjective = i >= 2 && tags[i - 1].equals("ADJ") && Character.isLowerCase(words[i - 1].charAt(0))
					&& !this.lexicon.isSpeakerNoun(before) && !this.lexicon.isTitleWord(before);
			boolean determined = ARTICLES.contains(before)
					|| adjective && ARTICLES.contains(words[i - 2].toLowerCase(Locale.ROOT));
			boolean ends = tags[i + 1].equals("ADP") || tags[i + 1].equals("SCONJ") || tags[i + 1].equals("PUNCT")
					|| tags[i + 1].startsWith("AUX");
			if (tags[i].equals("VERB") && words[i].endsWith("ed") && determined && ends) {
				tags[i] = "NOUN";
			}
		}
		for (int i = 1; i + 1 < words.length; i++) {
			// "an aide present/VERB at the meeting told": "present" after a noun and before where is an adjective
			if (words[i].equalsIgnoreCase("present") && tags[i].equals("VERB")
					&& (tags[i - 1].equals("NOUN") || tags[i - 1].equals("PROPN")) && tags[i + 1].equals("ADP")) {
				tags[i] = "ADJ";
			}
		}
		for (int i = 0; i < words.length; i++) {
			// "The 54-year-old wasn't/NOUN impressed": an auxiliary and its negation in one word, whatever stands before
			Matcher negated = NEGATED_AUXILIARY.matcher(words[i].toLowerCase(Locale.ROOT));
			if (negated.matches() && AUXILIARY_WORDS.contains(negated.group(1))) {
				tags[i] = "AUX+PART";
			}
		}
		for (int i = 1; i < words.length; i++) {
			// "spokesperson Omer Celik/ADP told": a capitalised word within a sentence that is no preposition is a name's
			if (tags[i].equals("ADP") && Character.isUpperCase(words[i].charAt(0))
					&& !ADPOSITIONS.contains(words[i].toLowerCase(Locale.ROOT))) {
				tags[i] = "PROPN";
			}
		}
		for (int i = 0; i + 1 < words.length; i++) {
			boolean nameBeforeVerb = Character.isUpperCase(words[i].charAt(0)) && tags[i].equals("VERB")
					&& (tags[i + 1].equals("VERB") || tags[i + 1].startsWith("AUX")
							|| Character.isUpperCase(words[i + 1].charAt(0))
							// ("Mohamed/VERB al-Sallak")
							|| NAME_PARTICLE.matcher(words[i + 1]).matches());
			// (and "“Q,” Musk/AUX said": no auxiliary in capitals stands within a sentence before a cue)
			nameBeforeVerb |= i > 0 && Character.isUpperCase(words[i].charAt(0)) && tags[i].equals("AUX")
					&& tags[i + 1].equals("VERB") && this.lexicon.opensCue(words[i + 1].toLowerCase(Locale.ROOT));
			// "Ben Stokes/VERB insists", "BBC Test Match Special/VERB", "Elon Musk/AUX said": a capitalised word after
			// a name goes on with it
			// (and "Resistance/NOUN Committees/VERB in": a capitalised noun before it is a name's too)
			boolean capitalNoun = i > 1 && tags[i - 1].equals("NOUN") && Character.isUpperCase(words[i - 1].charAt(0));
			boolean afterName = i > 0 && (tags[i - 1].equals("PROPN") || capitalNoun)
					&& Character.isUpperCase(words[i].charAt(0))
					&& (tags[i].equals("VERB") || tags[i].equals("AUX"));
			if (nameBeforeVerb || afterName) {
				tags[i] = "PROPN";
			}
		}
		for (int i = 1; i + 1 < words.length; i++) {
			String lower = words[i].toLowerCase(Locale.ROOT);
			if (MISREAD_NOUN_TAGS.contains(tags[i]) && this.lexicon.isSpeakerNoun(lower) && tags[i + 1].equals("VERB")
					&& Clauses.PLAIN_CUES.contains(words[i + 1].toLowerCase(Locale.ROOT))) {
				// "Kuwait's UN ambassador/ADP says": a speaker's noun right before the commonest cues is their subject
				tags[i] = "NOUN";
			}
		}
		for (int i = 1; i + 1 < words.length; i++) {
			String lower = words[i].toLowerCase(Locale.ROOT);
			// (and a present after a club's name, before "that": "Manchester United announce/NOUN that")
			boolean present = !tags[i].equals("VERB") && this.lexicon.opensCue(lower) && words[i + 1].equals("that")
					&& Character.isUpperCase(words[i - 1].charAt(0)) && !tags[i - 1].equals("DET")
					&& !SpeakerPhrase.isPossessive(words[i - 1]);
			// (and a cue's irregular past, no noun: "One of the displaced/VERB told/NOUN Radio X that")
			boolean irregular = tags[i].equals("NOUN") && IRREGULAR_CUES.contains(lower) && !tags[i - 1].equals("DET");
			boolean reporting = present || irregular
					|| lower.endsWith("ed") && !tags[i].equals("VERB") && this.lexicon.opensCue(lower)
					&& (tags[i - 1].equals("PROPN") || tags[i - 1].equals("NOUN") || tags[i - 1].equals("PRON")
							|| this.lexicon.isSpeakerNoun(words[i - 1]))
					&& REPORT_OPENERS.contains(words[i + 1].toLowerCase(Locale.ROOT));
			// ("..., reports/NOUN Sputnik/NOUN.": a cue in the present after a comma, before a name, inverted)
			boolean inverted = words[i - 1].equals(",") && !tags[i].equals("VERB") && lower.endsWith("s")
					&& this.lexicon.opensCue(lower) && Character.isUpperCase(words[i + 1].charAt(0))
					&& words[words.length - 1].equals(".") && !Arrays.asList(words).subList(i + 1, words.length)
						.contains(",");
			if (reporting || inverted) {
				// "Ned Price tweeted/CCONJ:", "The embassy tweeted/NOUN that": a cue in the past before what it reports
				tags[i] = "VERB";
			}
		}
		for (int i = 1; i < words.length; i++) {
			String lower = words[i].toLowerCase(Locale.ROOT);
			boolean ends = i + 1 == words.length || CLAUSE_ENDS.contains(words[i + 1]);
			if (!ends || tags[i].equals("VERB") || !lower.equals(words[i]) || !lower.endsWith("s")
					|| !this.lexicon.opensCue(lower)) {
				continue;
			}
			// ("“Q?” Turan asks/NOUN.": the quotation's question mark ends a sentence of its own, the speaker and the cue
			// the next one, whole)
			if (i + 2 >= words.length && SUBJECT_TAGS.contains(tags[0]) && Character.isUpperCase(words[0].charAt(0))
					&& java.util.stream.IntStream.range(0, i).allMatch((k) -> SUBJECT_TAGS.contains(tags[k]))) {
				tags[i] = "VERB";
				continue;
			}
			if (i < 2) {
				continue;
			}
			// "“Q,” Lapid’s office states/NOUN.", "“Q,” Lapid states/PROPN —": after a quotation and its speaker, a
			// cue's present form that ends the clause is its verb
			int k = i - 1;
			while (k > 0 && SUBJECT_TAGS.contains(tags[k])) {
				k--;
			}
			boolean quotation = k < i - 1 && k > 0 && CLOSING_MARKS.contains(words[k]) && tags[k - 1].equals("PUNCT");
			if (quotation) {
				tags[i] = "VERB";
			}
		}
		for (int i = 1; i + 1 < words.length; i++) {
			String lower = words[i].toLowerCase(Locale.ROOT);
			boolean finite = lower.endsWith("s") || lower.endsWith("ed");
			if (MODIFIER_TAGS.contains(tags[i]) && tags[i - 1].equals("PROPN") && finite
					&& this.lexicon.opensCue(lower)) {
				// "Stokes insists/ADP his side will ...": a cue's finite form after a name is its verb
				tags[i] = "VERB";
			}
		}
		for (int i = 2; i + 2 < words.length; i++) {
			// "Turkiye's policy in Ukraine results/NOUN in the benefit for the world, X said": in a clause with no
			// verb, a present in -s after the subject's noun and before its complement is the clause's verb
			String word = words[i];
			boolean present = tags[i].equals("NOUN") && word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
					&& word.chars().allMatch(Character::isLowerCase)
					&& (tags[i - 1].equals("NOUN") || tags[i - 1].equals("PROPN"))
					&& (tags[i + 1].equals("ADP") || tags[i + 1].equals("DET") || tags[i + 1].equals("PROPN"));
			// (or the first verb of a cue's content: "said his country considers/NOUN Egypt a key player")
			int subject = i - 1;
			while (subject > 0 && SUBJECT_TAGS.contains(tags[subject - 1]) && !tags[subject - 1].equals("VERB")) {
				subject--;
			}
			boolean afterCue = subject > 0 && Clauses.PLAIN_CUES.contains(words[subject - 1].toLowerCase(Locale.ROOT));
			if (present && (afterCue || !clauseHasVerb(words, tags, i))) {
				tags[i] = "VERB";
			}
		}
		for (int i = 1; i + 3 < words.length; i++) {
			// "said state/VERB fire spokeswoman X Y": a word before the nouns of a title and a name modifies them
			String word = words[i];
			int noun = i + 1;
			while (noun < words.length && noun <= i + 3 && tags[noun].equals("NOUN")) {
				noun++;
			}
			boolean titled = noun > i + 1 && noun < words.length && tags[noun].equals("PROPN")
					&& (this.lexicon.isTitleWord(words[noun - 1].toLowerCase(Locale.ROOT))
							|| this.lexicon.isSpeakerNoun(words[noun - 1].toLowerCase(Locale.ROOT)));
			// (and "Iraq’s state/VERB oil company", "the state/VERB television": no verb stands right after an owner's
			// name or an article, before a noun)
			boolean determined = (tags[i - 1].equals("DET") && !words[i - 1].equalsIgnoreCase("that")
					&& Character.isLowerCase(words[i - 1].charAt(0))
					|| SpeakerPhrase.isPossessive(words[i - 1]) && Character.isUpperCase(words[i - 1].charAt(0)));
			boolean beforeNoun = tags[i + 1].equals("NOUN") || tags[i + 1].equals("PROPN");
			if (tags[i].equals("VERB") && (titled || determined && beforeNoun)
					&& word.chars().allMatch(Character::isLowerCase)
					&& !word.endsWith("ed") && !word.endsWith("ing") && !word.endsWith("s")) {
				tags[i] = "ADJ";
			}
		}
		for (int i = 1; i + 1 < words.length; i++) {
			if (tags[i].equals("ADJ") && tags[i + 1].equals("VERB") && TIME_ADVERBS.contains(words[i])) {
				// "The military later/ADJ claimed responsibility": an adverb of time before the verb (or of degree: "The
				// spokesperson further/ADJ mentioned")
				tags[i] = "ADV";
			}
			// (or an adverb between: "Aramco's top executive/ADV further/ADV noted")
			int verb = (i + 2 < words.length && tags[i + 1].equals("ADV") && TIME_ADVERBS.contains(words[i + 1]))
					? i + 2 : i + 1;
			if (tags[i].equals("ADV") && tags[verb].equals("VERB")
					&& this.lexicon.opensCue(words[verb].toLowerCase(Locale.ROOT))
					&& (tags[i - 1].equals("NOUN") || tags[i - 1].equals("ADJ"))
					&& (this.lexicon.isOrganizationWord(words[i]) || this.lexicon.isSpeakerNoun(words[i])
							|| this.lexicon.isTitleWord(words[i]))) {
				// "Gaza's civil defence agency/ADV reported": the subject's noun before its cue
				tags[i] = "NOUN";
			}
		}
		for (int i = 0; i < words.length; i++) {
			if (tags[i].equals("VERB") && ONLY_NOUNS.contains(words[i].toLowerCase(Locale.ROOT))) {
				// "wrote on social media platform/VERB X": a noun that is no verb in news copy
				tags[i] = "NOUN";
			}
			if (tags[i].equals("NOUN") && i > 0 && ONLY_VERBS.contains(words[i].toLowerCase(Locale.ROOT))
					&& (tags[i - 1].equals("NOUN") || tags[i - 1].equals("PROPN") || tags[i - 1].equals("PRON"))) {
				// "the mechanisms ... constitute/NOUN fundamental pillars": a verb that is no noun, after its subject
				tags[i] = "VERB";
			}
			if (ACRONYM.matcher(words[i]).matches() && FUNCTION_TAGS.contains(tags[i])) {
				// "WHO/PRON chief X told", "the US/PRON envoy": an acronym in capitals is a name, no function word
				tags[i] = "PROPN";
			}
		}
		for (int i = 0; i < words.length; i++) {
			String lower = words[i].toLowerCase(Locale.ROOT);
			if (tags[i].equals("SCONJ") && NO_CONJUNCTIONS.contains(lower)) {
				// "a decline in/SCONJ operating earnings": a preposition that never opens a clause
				tags[i] = "ADP";
			}
			boolean afterCue = i > 0 && i + 1 < words.length && (words[i - 1].equals("said") || words[i - 1].equals("says"))
					&& tags[i].equals("VERB") && lower.equals(words[i]) && !lower.matches(".*(?:ed|ing|en|s)")
					&& (tags[i + 1].equals("ADP") || tags[i + 1].startsWith("AUX"));
			if (afterCue) {
				// "said profit/VERB in the next quarter might miss forecasts": the content's subject, before its
				// complement or its auxiliary
				tags[i] = "NOUN";
			}
			// "Spokesman of the joint operations command/VERB X Y said": a base form between a noun and the name
			// before the cue ends the compound noun of a title
			boolean baseAfterNoun = i > 0 && tags[i].equals("VERB") && tags[i - 1].equals("NOUN") && lower.equals(words[i])
					&& !lower.matches(".*(?:ed|ing|s)");
			int name = i + 1;
			while (baseAfterNoun && name < words.length && (tags[name].equals("PROPN") || name > i + 1
					&& SpeakerPhrase.isNameCapitalized(words[name]) && !tags[name].equals("VERB"))) {
				name++;
			}
			if (baseAfterNoun && name > i + 1 && name < words.length && tags[name].equals("VERB")
					&& this.lexicon.opensCue(words[name].toLowerCase(Locale.ROOT))) {
				tags[i] = "NOUN";
			}
			if (lower.equals("prior") && i + 1 < words.length && words[i + 1].equalsIgnoreCase("to")) {
				// "had said prior/ADJ to the truce that": "prior to" is a preposition, "before"
				tags[i] = "ADP";
			}
			if (ARTICLES.contains(lower)) {
				// "reported a/PART decline/VERB in earnings": an article, and no finite verb right after it
				tags[i] = "DET";
				boolean base = i + 2 < words.length && tags[i + 1].equals("VERB")
						&& words[i + 1].chars().allMatch(Character::isLowerCase)
						&& !words[i + 1].matches(".*(?:ed|ing|en)") && !tags[i + 2].equals("NOUN")
						&& !tags[i + 2].equals("PROPN");
				if (base) {
					tags[i + 1] = "NOUN";
				}
			}
		}
		if (ONLY_PREPOSITIONS.contains(words[0].toLowerCase(Locale.ROOT))) {
			// "Regarding/PROPN Syria, the official said": a word that is never a name opens an adverbial
			tags[0] = "ADP";
		}
		boolean openingPreposition = tags[0].equals("ADP") && PREPOSITIONS.contains(words[0].toLowerCase(Locale.ROOT));
		// (and "Close/DET told", "Dyche/PRON said": a capitalised word that is no determiner or pronoun)
		boolean function = (tags[0].equals("DET") || tags[0].equals("PRON"))
				&& !FUNCTION_WORDS.contains(words[0].toLowerCase(Locale.ROOT));
		// (and "Akar/ADV has also revealed ...": past a perfect's auxiliary and adverbs)
		int verb = 1;
		if (words.length > 2 && PERFECT.contains(words[1].toLowerCase(Locale.ROOT))) {
			verb = 2;
			while (verb + 1 < words.length && tags[verb].equals("ADV")) {
				verb++;
			}
		}
		// (or past an adverb of its own: "Safadi/ADV also noted")
		else if (words.length > 2 && SPEAKER_ADVERBS.contains(words[1].toLowerCase(Locale.ROOT))) {
			verb = 2;
		}
		boolean modifier = tags[0].equals("ADV") || tags[0].equals("ADJ")
				|| tags[0].equals("ADP") && !openingPreposition || function;
		if (words.length > verb && modifier && !words[0].endsWith("ly")
				&& Character.isUpperCase(words[0].charAt(0))
				&& tags[verb].equals("VERB") && (verb > 1 || FINITE.matcher(words[1]).matches()
						|| IRREGULAR_PAST.contains(words[1].toLowerCase(Locale.ROOT))
						|| Clauses.PLAIN_CUES.contains(words[1].toLowerCase(Locale.ROOT)))
				&& this.lexicon.opensCue(words[verb].toLowerCase(Locale.ROOT))) {
			// "Akar/ADV reiterated ...", "Okafor/ADP told ...": no adverb or preposition stands alone before a finite
			// cue; a name does
			tags[0] = "PROPN";
		}
		if (words.length > 3 && tags[0].equals("PROPN") && tags[1].equals("NOUN") && words[1].matches("\\p{Ll}+[^s]s")
				&& tags[2].equals("ADP") && !hasVerbBeforeComma(tags, words, 2)) {
			// "Turkey strives/NOUN for stability, said X": the only verb of the clause a name opens
			tags[1] = "VERB";
		}
		if (words.length > 1 && tags[0].equals("VERB") && words[0].matches("\\p{Lu}\\p{Ll}+[^s]s")
				&& !tags[1].equals("DET") && !tags[1].equals("PRON")) {
			// "Sources/VERB familiar with the matter said": a plural noun opening the sentence
			tags[0] = "NOUN";
		}
		if (words.length > 2 && tags[0].equals("VERB") && tags[1].equals("NOUN") && PLURAL.matcher(words[1]).matches()
				&& (tags[2].equals("VERB") || tags[2].equals("AUX"))
				&& !words[0].toLowerCase(Locale.ROOT).matches(".*(?:ed|ing)")) {
			// "Climate/VERB scientists say": a noun before the plural noun that opens the sentence
			tags[0] = "NOUN";
		}
		for (int i = 1; i + 1 < words.length; i++) {
			if (tags[i].equals("VERB") && words[i - 1].equalsIgnoreCase("that") && Character.isUpperCase(words[i].charAt(0))) {
				// "announced that Tesk/VERB won/ADJ 51 percent": a capitalised word that opens the clause is its
				// subject's name, and a past tense after it its verb
				tags[i] = "PROPN";
				String next = words[i + 1].toLowerCase(Locale.ROOT);
				if ((tags[i + 1].equals("ADJ") || tags[i + 1].equals("NOUN"))
						&& (IRREGULAR_PAST.contains(next) || next.endsWith("ed"))) {
					tags[i + 1] = "VERB";
				}
			}
			boolean nominalBefore = tags[i - 1].equals("NOUN") || tags[i - 1].equals("PROPN") || tags[i - 1].equals("PRON");
			// (a particle may come first: "Air Forces struck/NOUN down the cell")
			int object = (i + 2 < words.length && PARTICLES.contains(words[i + 1].toLowerCase(Locale.ROOT))) ? i + 2 : i + 1;
			boolean objectAfter = tags[object].equals("DET") || tags[object].equals("PROPN") || tags[object].equals("NUM");
			if (tags[i].equals("NOUN") && nominalBefore && objectAfter
					&& (IRREGULAR_PAST.contains(words[i].toLowerCase(Locale.ROOT))
							|| PRESENT_IN_IES.contains(words[i].toLowerCase(Locale.ROOT)))) {
				// "paramilitaries on Sunday struck/NOUN Port Sudan": a past tense the tagger read as a noun
				// (and a present: "every act by politicians carries/NOUN a message")
				tags[i] = "VERB";
			}
			if (tags[i].equals("NOUN") && i >= 2 && tags[i - 1].equals("NOUN") && tags[i - 2].equals("DET")
					&& (IRREGULAR_PAST.contains(words[i].toLowerCase(Locale.ROOT))
							|| SAME_FORM_PAST.contains(words[i].toLowerCase(Locale.ROOT)))
					&& (tags[i + 1].equals("PUNCT") || tags[i + 1].equals("ADP"))) {
				// "said the toll rose/NOUN.": a past tense that ends its clause
				// (and "The protests spread/NOUN to several countries": one spelt as its present)
				tags[i] = "VERB";
			}
			// (and "that such rhetoric/ADJ indicates/NOUN a lack": an adjective the tagger made of the subject's noun)
			if (tags[i].equals("NOUN") && i >= 2 && (tags[i - 1].equals("NOUN") || tags[i - 1].equals("ADJ"))
					&& (tags[i - 2].equals("DET") || tags[i - 2].equals("ADJ") && words[i - 2].equalsIgnoreCase("such"))
					&& PLURAL.matcher(words[i]).matches() && !words[i - 1].endsWith("s")
					&& OBJECT_DETERMINERS.contains(words[i + 1].toLowerCase(Locale.ROOT))) {
				// "the mediation derives/NOUN its credibility": a present tense between its subject and its object
				tags[i] = "VERB";
			}
			if (tags[i].equals("NOUN") && SINGULAR_SUBJECTS.contains(words[i - 1].toLowerCase(Locale.ROOT))
					&& PLURAL.matcher(words[i]).matches()
					&& (OBJECT_DETERMINERS.contains(words[i + 1].toLowerCase(Locale.ROOT)) || words[i + 1].equals("the"))) {
				// "He questions/NOUN its sources": after a subject pronoun, a present tense and its object
				tags[i] = "VERB";
			}
			if (tags[i].equals("NOUN") && i + 2 == words.length && (words[i + 1].equals(".") || words[i + 1].equals("!"))
					&& words[i].endsWith("s") && this.lexicon.opensCue(words[i].toLowerCase(Locale.ROOT))
					&& nounPhraseAfter(",", words, tags, i)) {
				// "..., Turkish state media reports/NOUN.": the trailing cue, its subject after the comma
				tags[i] = "VERB";
			}
			if (tags[i].equals("ADJ") && tags[i - 1].equals("NOUN") && words[i].matches("\\p{Ll}+ed")
					&& (tags[i + 1].equals("NOUN") || tags[i + 1].equals("DET") || tags[i + 1].equals("PROPN"))
					&& nounPhraseAfter("that", words, tags, i)) {
				// "denied that its personnel occupied/ADJ government buildings": the clause's verb
				tags[i] = "VERB";
			}
			if (tags[i].equals("NOUN") && words[i - 1].equals(",") && words[i + 1].equals("to") && i + 2 < words.length
					&& tags[i + 2].equals("VERB") && FINITE.matcher(words[i]).matches() && words[i].endsWith("s")) {
				// "the government, by its siege on the region, aims/NOUN to put": the verb after an aside
				tags[i] = "VERB";
			}
			if (tags[i].equals("NOUN") && words[i].equals("set") && words[i + 1].equals("to") && i + 2 < words.length
					&& tags[i + 2].equals("VERB") && (tags[i - 1].equals("PROPN") || tags[i - 1].equals("NOUN"))) {
				// "Saudi Arabia set/NOUN to develop its relations": copy's "is set to", its auxiliary left out
				tags[i] = "VERB";
			}
			if (tags[i].equals("NOUN") && AIMING_VERBS.contains(words[i].toLowerCase(Locale.ROOT))
					&& words[i + 1].equals("to") && i + 2 < words.length && tags[i - 1].equals("NOUN")
					&& PLURAL.matcher(words[i - 1]).matches() && !words[i].endsWith("s")) {
				// "the operations aim/NOUN to dismantle/NOUN militias": a plural subject, its verb and the infinitive
				tags[i] = "VERB";
				tags[i + 2] = "VERB";
			}
			// (or of one word, when the person's name has its verb: "Labor frontbencher/VERB Dov Kell said")
			boolean verbAfter = i + 3 < words.length && (tags[i + 3].equals("VERB") || tags[i + 3].startsWith("AUX"));
			boolean bodyBefore = i >= 2
					&& (tags[i - 2].equals("PROPN") || tags[i - 2].equals("NOUN") || tags[i - 2].equals("ADJ"));
			boolean betweenNames = i >= 1 && tags[i - 1].equals("PROPN") && i + 2 < words.length
					&& tags[i + 1].equals("PROPN") && tags[i + 2].equals("PROPN") && (verbAfter || bodyBefore);
			if ((tags[i].equals("ADP") || tags[i].equals("VERB")) && AGENT_NOUN.matcher(words[i]).matches()
					&& !NO_DOERS.contains(words[i].toLowerCase(Locale.ROOT)) && betweenNames) {
				// "Crystal Palace attacker/ADP Jordan X": a lowercase noun of a doer between a body's name of two
				// words and a person's
				tags[i] = "NOUN";
			}
			if (tags[i].equals("VERB") && words[i].endsWith("s") && tags[i + 1].equals("VERB")
					&& (nominalBefore || tags[i - 1].equals("VERB"))) {
				// "local media reports/VERB said", "said residents/VERB heard": two finite verbs in a row; the
				// first is a plural noun
				tags[i] = "NOUN";
			}
			if (tags[i].equals("VERB") && tags[i - 1].equals("VERB") && tags[i + 1].equals("AUX")
					&& !words[i].toLowerCase(Locale.ROOT).endsWith("ing")) {
				// "the company said revenue/VERB was": the subject of the clause after a verb, not a verb itself
				tags[i] = "NOUN";
			}
			boolean afterCue = tags[i].equals("VERB") && tags[i - 1].equals("VERB")
					&& this.lexicon.opensCue(words[i - 1].toLowerCase(Locale.ROOT));
			boolean compoundSubject = afterCue && i + 2 < words.length && tags[i + 1].equals("NOUN")
					&& (tags[i + 2].equals("AUX") || tags[i + 2].equals("VERB") && FINITE.matcher(words[i + 2]).matches());
			if (tags[i].equals("VERB") && words[i + 1].equals("as") && PLURAL.matcher(words[i]).matches()
					&& (tags[i - 1].equals("NOUN") || tags[i - 1].equals("ADJ") || tags[i - 1].equals("PROPN"))
					&& characterizes(words, tags, i)) {
				// "described the deadly Sidon clashes/VERB as a plot": the object's noun before "as"
				tags[i] = "NOUN";
			}
			if (afterCue && i + 4 < words.length && words[i + 1].equals("and") && tags[i + 2].equals("VERB")
					&& tags[i + 3].equals("NOUN") && PLURAL.matcher(words[i + 3]).matches()
					&& (tags[i + 4].equals("AUX") || tags[i + 4].equals("VERB"))) {
				// "said search/VERB and rescue/VERB teams had reached": two nouns joined before the subject's noun
				tags[i] = "NOUN";
				tags[i + 2] = "NOUN";
			}
			if (afterCue && tags[i + 1].equals("VERB") && words[i + 1].endsWith("ed")
					&& !words[i].endsWith("ing") && !words[i].endsWith("ed")) {
				// "said dialogue/VERB remained": the reported clause's subject before its past tense
				tags[i] = "NOUN";
			}
			if (compoundSubject && !words[i].endsWith("ing")) {
				// "said wage/VERB growth remained": the first noun of the reported clause's subject
				tags[i] = "NOUN";
			}
			boolean adpositionAfterCue = tags[i].equals("ADP") && tags[i - 1].equals("VERB")
					&& this.lexicon.opensCue(words[i - 1].toLowerCase(Locale.ROOT)) && PLURAL.matcher(words[i]).matches()
					&& (tags[i + 1].equals("AUX") || tags[i + 1].equals("VERB"));
			if (adpositionAfterCue) {
				// "said investors/ADP would welcome": the reported clause's subject
				tags[i] = "NOUN";
			}
			if (afterCue && PLURAL.matcher(words[i]).matches() && !tags[i + 1].equals("DET")) {
				// "said talks/VERB over a new contract would begin": the subject of the reported clause
				tags[i] = "NOUN";
			}
			if (tags[i].equals("VERB") && words[i - 1].equals("to") && Character.isUpperCase(words[i].charAt(0))) {
				// "confirmed to Reuters/VERB that": a verb after "to" is in lower case; a capital names someone
				tags[i] = "PROPN";
				tags[i - 1] = "ADP";
			}
			if (tags[i].equals("VERB") && words[i - 1].equalsIgnoreCase("to") && PLURAL.matcher(words[i]).matches()) {
				// "in a note to clients/VERB that": after "to" a verb has its base form; a word in -s is a plural noun
				tags[i] = "NOUN";
				tags[i - 1] = "ADP";
			}
			if ((tags[i].equals("ADJ") || tags[i].equals("NOUN")) && words[i].equals("said")
					&& !DEMONSTRATIVES.contains(words[i - 1].toLowerCase(Locale.ROOT))) {
				// "Another said/ADJ Russia was ...", "the 55-year-old said/NOUN": "said" is no noun, and modifies one only
				// in "the said agreement"
				tags[i] = "VERB";
			}
			if (i >= 2 && words[i - 1].equals("old") && words[i - 2].equals("-")
					&& this.lexicon.opensCue(words[i].toLowerCase(Locale.ROOT))) {
				// "the 55-year-old told/NOUN reporters": the verb after an age
				tags[i] = "VERB";
			}
			if (i >= 2 && !tags[i].equals("VERB") && PAST_CUE.matcher(words[i]).matches()
					&& this.lexicon.opensCue(words[i]) && this.lexicon.isNationality(words[i - 1])
					&& DEMONSTRATIVES.contains(words[i - 2].toLowerCase(Locale.ROOT))) {
				// "the Italian/ADJ told/NOUN BBC Sport": a nationality that stands for a person, then the cue
				tags[i - 1] = "NOUN";
				tags[i] = "VERB";
			}
			boolean compound = tags[i].equals("VERB") && words[i].endsWith("s") && i + 2 < words.length
					&& (tags[i - 1].equals("NOUN") || tags[i - 1].equals("PROPN")) && tags[i + 1].equals("NOUN")
					&& tags[i + 2].equals("VERB") && this.lexicon.opensCue(words[i + 2].toLowerCase(Locale.ROOT));
			if (compound) {
				// "VW's works/VERB council said": a noun inside the subject before the cue
				tags[i] = "NOUN";
			}
			boolean modifiesSubject = words[i].endsWith("ed") && tags[i + 1].equals("NOUN") && i + 2 < words.length
					&& (tags[i + 2].equals("AUX") || tags[i + 2].equals("VERB"))
					&& BEFORE_MODIFIER_TAGS.contains(tags[i - 1]);
			int nouns = i + 1;
			while (nouns < words.length && nouns <= i + 2 && tags[nouns].equals("NOUN")) {
				nouns++;
			}
			boolean nounModifier = tags[i].equals("VERB") && BASE_FORM.matcher(words[i]).matches()
					&& (BEFORE_MODIFIER_TAGS.contains(tags[i - 1]) || tags[i - 1].equals("PROPN") || words[i - 1].equals(","))
					&& nouns > i + 1 && nouns < words.length && tags[nouns].equals("VERB")
					&& this.lexicon.opensCue(words[nouns].toLowerCase(Locale.ROOT)) && !words[i].endsWith("ing");
			if (nounModifier) {
				// "the UN refugee/VERB agency said", ", state/VERB health officials said": a noun before the
				// speaker's noun
				tags[i] = "NOUN";
			}
			if (tags[i].equals("VERB") && modifiesSubject) {
				// "the army and allied/VERB forces had ...": a participle before the subject's noun
				tags[i] = "ADJ";
			}
			boolean opensNounPhrase = i >= 2 && (tags[i - 2].equals("DET") || SpeakerPhrase.isPossessive(words[i - 2]));
			if (tags[i].equals("VERB") && tags[i - 1].equals("ADV") && words[i - 1].endsWith("ly")
					&& words[i].endsWith("ed") && tags[i + 1].equals("NOUN") && opensNounPhrase) {
				// "Yemen's internationally recognized/VERB government": a participle between an adverb and its noun
				tags[i] = "ADJ";
			}
			boolean preposition = POSTMODIFIER_PREPOSITIONS.contains(words[i + 1]);
			if (tags[i].equals("VERB") && preposition && SpeakerPhrase.POSTMODIFIERS.contains(words[i].toLowerCase(Locale.ROOT))
					&& (tags[i - 1].equals("NOUN") || tags[i - 1].equals("PROPN"))) {
				// "sources close/VERB to the talks": an adjective after its noun
				tags[i] = "ADJ";
			}
		}
		for (int i = 0; i + 1 < words.length; i++) {
			// "state-controlled/VERB Saudi Aramco's chief": a compound participle before a noun describes it
			boolean compound = tags[i].equals("VERB") && COMPOUND_PARTICIPLE.matcher(words[i]).matches()
					&& (tags[i + 1].equals("ADJ") || tags[i + 1].equals("NOUN") || tags[i + 1].startsWith("PROPN"));
			if (compound) {
				tags[i] = "ADJ";
			}
		}
		for (int i = 0; i < words.length; i++) {
			boolean endsNounPhrase = i > 1 && words[i].endsWith("ing") && tags[i].equals("VERB")
					&& (tags[i - 1].equals("DET") || (tags[i - 1].equals("NOUN") || tags[i - 1].equals("ADJ"))
							&& tags[i - 2].equals("DET"))
					&& (i + 1 == words.length || tags[i + 1].equals("PUNCT"))
					// (but "released a statement saying, “Q”": a cue's participle before what it reports)
					&& !(i + 1 < words.length && (words[i + 1].equals(",") || words[i + 1].equals(":"))
							&& tags[i - 1].equals("NOUN") && this.lexicon.opensCue(words[i].toLowerCase(Locale.ROOT)));
			if (endsNounPhrase) {
				// "told reporters at a morning briefing/VERB.": a noun in -ing closing its phrase
				tags[i] = "NOUN";
			}
			if (words[i].equals("its") || words[i].equals("Its")) {
				// "said its/PRON+AUX members would": "its" is the possessive; the contraction is "it's"
				tags[i] = "PRON";
			}
			if (tags[i].equals("PUNCT") && words[i].length() > 2 && words[i].chars().filter(Character::isLetter).count() > 1) {
				// "Wales fly-half/PUNCT Jonathan Price": a word is no punctuation
				tags[i] = Character.isUpperCase(words[i].charAt(0)) ? "PROPN" : "NOUN";
			}
			boolean possessive = words[i].length() > 3 && Character.isUpperCase(words[i].charAt(0))
					&& SpeakerPhrase.isPossessive(words[i])
					&& !CONTRACTIONS.contains(words[i].toLowerCase(Locale.ROOT));
			if (possessive && tags[i].equals("VERB")) {
				// "Tuvalu's/VERB lead negotiator": a name in the possessive, no verb
				tags[i] = "PROPN";
			}
			// the auxiliaries are a closed class: "aid workers/AUX warned" is the tagger's slip
			if (tags[i].equals("AUX") && !AUXILIARY_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
				boolean afterNominal = i > 0 && (tags[i - 1].equals("NOUN") || tags[i - 1].equals("ADJ")
						|| tags[i - 1].equals("DET"));
				// ("Musk/AUX had previously stated": a capitalised word opening the sentence is its subject's name)
				boolean opening = i == 0 && Character.isUpperCase(words[i].charAt(0)) && words.length > 1
						&& (tags[1].equals("AUX") || tags[1].equals("VERB"))
						&& !this.lexicon.isSpeakerNoun(words[i].toLowerCase(Locale.ROOT));
				tags[i] = afterNominal ? "NOUN" : opening ? "PROPN" : "VERB";
			}
			boolean betweenNames = i > 0 && i + 1 < words.length && tags[i - 1].equals("PROPN")
					&& tags[i + 1].equals("PROPN");
			if (betweenNames && tags[i].equals("VERB") && Character.isLowerCase(words[i].charAt(0))
					&& this.lexicon.isTitleWord(words[i])) {
				// "West Ham boss/VERB David Moyes said": a title between a team or country and a name
				tags[i] = "NOUN";
			}
			boolean modifiesBody = i > 0 && i + 1 < words.length && tags[i + 1].equals("NOUN")
					&& (tags[i - 1].equals("DET") || tags[i - 1].equals("ADJ")
							|| tags[i - 1].equals("PROPN") && i >= 2 && tags[i - 2].equals("DET"))
					&& (this.lexicon.isOrganizationWord(words[i + 1].toLowerCase(Locale.ROOT))
							|| this.lexicon.isSpeakerNoun(words[i + 1].toLowerCase(Locale.ROOT)));
			if (modifiesBody && tags[i].equals("VERB") && Character.isLowerCase(words[i].charAt(0))
					&& BASE_FORM.matcher(words[i]).matches() && !words[i].endsWith("ing")
					&& !this.lexicon.opensCue(words[i].toLowerCase(Locale.ROOT))
					&& !IRREGULAR_PAST.contains(words[i].toLowerCase(Locale.ROOT))) {
				// "the UN refugee/VERB agency (UNHCR) said": a noun before a body's or a speaker's noun modifies it
				tags[i] = "NOUN";
			}
			boolean afterComma = i > 0 && i + 1 < words.length && words[i - 1].equals(",")
					&& (this.lexicon.isTitleWord(words[i + 1]) || words[i + 1].equals("of"));
			if (afterComma && tags[i].equals("VERB") && Character.isLowerCase(words[i].charAt(0))
					&& this.lexicon.isTitleWord(words[i])) {
				// "A, head/VERB coach of the team X said": a title after a comma, before another or its complement
				tags[i] = "NOUN";
			}
			boolean beforeCue = i > 0 && i + 1 < words.length && tags[i + 1].equals("VERB")
					&& SUBJECT_OPENERS.contains(tags[i - 1]) && this.lexicon.opensCue(words[i + 1].toLowerCase(Locale.ROOT));
			if (beforeCue && tags[i].equals("VERB") && this.lexicon.isSpeakerNoun(words[i].toLowerCase(Locale.ROOT))) {
				// "The Riverside boss/VERB added that": a speaker's noun before the cue, not a second verb
				tags[i] = "NOUN";
			}
			boolean beforeTitledName = i + 2 < words.length && Character.isLowerCase(words[i + 1].charAt(0))
					&& this.lexicon.isTitleWord(words[i + 1]) && tags[i + 2].equals("PROPN");
			if (beforeTitledName && tags[i].equals("VERB") && BASE_FORM.matcher(words[i]).matches()
					&& !this.lexicon.opensCue(words[i].toLowerCase(Locale.ROOT))) {
				// "EU antitrust/VERB chief Margrethe Vestager said": what the title is of (not "Frank said
				// midfielder X was ...")
				tags[i] = "ADJ";
				tags[i + 1] = "NOUN";
			}
		}
		for (int i = 1; i + 1 < words.length; i++) {
			String lower = words[i].toLowerCase(Locale.ROOT);
			boolean adverb = lower.length() > 5 && lower.endsWith("ly") && !LY_VERBS.contains(lower)
					&& !LY_NOUNS.contains(lower) && Character.isLowerCase(words[i].charAt(0));
			if (adverb && SUBJECT_TAGS.contains(tags[i - 1]) && !tags[i - 1].equals("ADJ")
					&& this.lexicon.opensCue(words[i + 1].toLowerCase(Locale.ROOT))) {
				// "X candidly/VERB said that", "the minister calmly/NOUN said": a word in -ly between the subject and
				// a cue is its adverb
				tags[i] = "ADV";
				tags[i + 1] = "VERB";
			}
			if (i >= 2 && tags[i - 1].equals("VERB") && this.lexicon.opensCue(words[i - 1].toLowerCase(Locale.ROOT))
					&& lower.matches("\\p{Ll}{3,}") && (tags[i + 1].equals("ADJ") || tags[i + 1].equals("NOUN"))
					&& (tags[i].equals("ADP") && !ADPOSITIONS.contains(lower)
							&& (IRREGULAR_PAST.contains(words[i + 1]) || words[i + 1].matches("\\p{Ll}{2,}ed"))
							|| tags[i].equals("NOUN") && IRREGULAR_PAST.contains(words[i + 1]))) {
				// "said growth/ADP slowed/ADJ", "said prices rose/NOUN": an open word the tagger read as a preposition
				// after a cue is the content's subject, and the past tense after the subject its verb
				tags[i] = "NOUN";
				tags[i + 1] = "VERB";
			}
		}
		for (int i = 0; i < words.length; i++) {
			if (isSplitAbbreviatedCompound(words, spans, i)) {
				// "Mass", ".", "-", "based": a state's abbreviation in a compound, "Bedford, Mass.-based maker"
				tokens.add(new Token(text.substring(spans[i].getStart(), spans[i + 3].getEnd()),
						sentence.start() + spans[i].getStart(), sentence.start() + spans[i + 3].getEnd(), "ADJ"));
				i += 3;
				continue;
			}
			if (isSplitCompound(words, spans, text, i)) {
				// "Long", "-", "standing": a compound that the tokenizer split, as the tagger learned to read it, is one
				// word, a modifier before a noun ("long-standing minister") and else a noun when it ends in one
				boolean head = tags[i + 2].equals("NOUN") && !(i + 3 < words.length
						&& (tags[i + 3].equals("NOUN") || tags[i + 3].equals("PROPN")));
				tokens.add(new Token(text.substring(spans[i].getStart(), spans[i + 2].getEnd()),
						sentence.start() + spans[i].getStart(), sentence.start() + spans[i + 2].getEnd(),
						head ? "NOUN" : "ADJ"));
				i += 2;
				continue;
			}
			tokens.add(new Token(words[i], sentence.start() + spans[i].getStart(), sentence.start() + spans[i].getEnd(),
					tags[i]));
		}
		return tokens;
	}

	/** Whether words {@code i} to {@code i + 3} are an abbreviation, its stop, a hyphen and a lowercase word, unspaced. */
	private static boolean isSplitAbbreviatedCompound(String[] words, opennlp.tools.util.Span[] spans, int i) {
		return i + 3 < words.length && words[i + 1].equals(".") && words[i + 2].equals("-")
				&& Character.isUpperCase(words[i].charAt(0)) && words[i].chars().allMatch(Character::isLetter)
				&& Character.isLowerCase(words[i + 3].charAt(0)) && spans[i].getEnd() == spans[i + 1].getStart()
				&& spans[i + 1].getEnd() == spans[i + 2].getStart() && spans[i + 2].getEnd() == spans[i + 3].getStart();
	}

	/**
	 * Whether words {@code i} to {@code i + 2} are a word, a hyphen and a lowercase word, with no space between them:
	 * "long-standing", "so-called" (not an age's "55-year-old", whose first hyphen the tokenizer left).
	 */
	private static boolean isSplitCompound(String[] words, opennlp.tools.util.Span[] spans, String text, int i) {
		return i + 2 < words.length && words[i + 1].equals("-") && spans[i].getEnd() == spans[i + 1].getStart()
				&& spans[i + 1].getEnd() == spans[i + 2].getStart() && words[i].chars().allMatch(Character::isLetter)
				&& Character.isLowerCase(words[i + 2].charAt(0)) && words[i + 2].chars().allMatch(Character::isLetter)
				&& (spans[i].getStart() == 0 || text.charAt(spans[i].getStart() - 1) != '-');
	}

	/**
	 * Words that a dash joins with no space, "Kurdistan—Northern", as three tokens: the dash sets them apart (and from a
	 * word it opens or ends: "(SDF)—has" is two tokens).
	 */
	private static opennlp.tools.util.Span[] splitDashes(opennlp.tools.util.Span[] spans, String text) {
		List<opennlp.tools.util.Span> split = new ArrayList<>(spans.length);
		for (opennlp.tools.util.Span span : spans) {
			int start = span.getStart();
			for (int i = span.getStart(); i < span.getEnd() && span.length() > 1; i++) {
				char c = text.charAt(i);
				if (c == '—' || c == '–') {
					if (i > start) {
						split.add(new opennlp.tools.util.Span(start, i));
					}
					split.add(new opennlp.tools.util.Span(i, i + 1));
					start = i + 1;
				}
			}
			if (start < span.getEnd()) {
				split.add((start == span.getStart()) ? span : new opennlp.tools.util.Span(start, span.getEnd()));
			}
		}
		return split.toArray(new opennlp.tools.util.Span[0]);
	}

	/**
	 * Single quotation marks the tokenizer leaves on their words: "‘escalate", ".’". An opening mark before a word is
	 * a token of its own, and so is a closing one after punctuation (not an apostrophe: "farmers’", "Gaza’s"); and a
	 * closing double mark, which the tokenizer leaves on a word before a comma ("so”,") or on the word after it when
	 * no space follows ("years.”Arun", "Vell”Arun").
	 */
	private static opennlp.tools.util.Span[] splitSingleQuotes(opennlp.tools.util.Span[] spans, String text) {
		List<opennlp.tools.util.Span> split = new ArrayList<>(spans.length + 4);
		for (opennlp.tools.util.Span span : spans) {
			int start = span.getStart();
			int end = span.getEnd();
			// (a closing double mark between two words with no space: "Dov Vell”Arun Tesk explained")
			int glued = start;
			while (glued < end && text.charAt(glued) != '”') {
				glued++;
			}
			if (glued > start && glued + 1 < end && Character.isLetterOrDigit(text.charAt(glued - 1))
					&& Character.isUpperCase(text.charAt(glued + 1))) {
				split.add(new opennlp.tools.util.Span(start, glued));
				start = glued;
			}
			// (and a closing double mark glued to the next word: "years.”Arun Tesk stated")
			boolean opening = end - start > 1 && (text.charAt(start) == '‘' || text.charAt(start) == '”'
					&& Character.isUpperCase(text.charAt(start + 1)) && start > 0
					&& !Character.isWhitespace(text.charAt(start - 1)));
			if (opening) {
				split.add(new opennlp.tools.util.Span(start, start + 1));
				start++;
			}
			boolean closing = end - start > 1 && (text.charAt(end - 1) == '’' && ".,!?;:".indexOf(text.charAt(end - 2)) >= 0
					|| "”»".indexOf(text.charAt(end - 1)) >= 0);
			if (closing) {
				split.add(new opennlp.tools.util.Span(start, end - 1));
				split.add(new opennlp.tools.util.Span(end - 1, end));
			}
			else {
				split.add((start == span.getStart()) ? span : new opennlp.tools.util.Span(start, end));
			}
		}
		return split.toArray(new opennlp.tools.util.Span[0]);
	}

	/** Whether the clause round token {@code at}, between commas or the sentence's ends, holds a verb or an auxiliary. */
	private static boolean clauseHasVerb(String[] words, String[] tags, int at) {
		int from = at;
		while (from > 0 && !words[from - 1].equals(",")) {
			from--;
		}
		for (int k = from; k < words.length && !words[k].equals(","); k++) {
			if (k != at && (tags[k].equals("VERB") || tags[k].startsWith("AUX"))) {
				return true;
			}
		}
		return false;
	}

	/** Irregular pasts of cues, which are never nouns: "told", "said", "wrote". */
	private static final Set<String> IRREGULAR_CUES = Set.of("told", "said", "wrote");

	/** Initials of a name whose last period the tokenizer reads apart: "U.N". */
	private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}");

	/**
	 * The tokenizer splits some hyphenated words after the hyphen ("fly", "-half"; "Commissioner", "-General") and
	 * the tagger then reads the first part alone ("fly/VERB"): a token that opens with a hyphen and a letter, right
	 * after a word, is joined to it.
	 */
	private static opennlp.tools.util.Span[] joinHyphenated(opennlp.tools.util.Span[] spans, String text) {
		List<opennlp.tools.util.Span> joined = new ArrayList<>(spans.length);
		for (int s = 0; s < spans.length; s++) {
			opennlp.tools.util.Span span = spans[s];
			opennlp.tools.util.Span previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			// "U.N. aid agencies say", read as "U.N", ".": the period closes the initials, unless it ends the sentence
			// (and a single initial before a capitalised word: "Lewis B. Puller", "T. Rowe Price")
			boolean initials = previous != null && s + 1 < spans.length && previous.getEnd() == span.getStart()
					&& span.length() == 1 && text.charAt(span.getStart()) == '.'
					&& (INITIALS.matcher(text.substring(previous.getStart(), previous.getEnd())).matches()
							|| previous.length() == 1 && Character.isUpperCase(text.charAt(previous.getStart()))
									&& Character.isUpperCase(text.charAt(spans[s + 1].getStart())));
			if (initials) {
				joined.set(joined.size() - 1, new opennlp.tools.util.Span(previous.getStart(), span.getEnd()));
				continue;
			}
			boolean hyphenated = previous != null && previous.getEnd() == span.getStart() && span.length() > 1
					&& text.charAt(span.getStart()) == '-' && Character.isLetter(text.charAt(span.getStart() + 1))
					&& Character.isLetter(text.charAt(previous.getEnd() - 1));
			// "U.S-backed", read as "U.S-" and "backed": the hyphen closes the first part
			boolean hyphenEnded = previous != null && previous.getEnd() == span.getStart() && previous.length() > 1
					&& text.charAt(previous.getEnd() - 1) == '-' && Character.isLetter(text.charAt(span.getStart()));
			// ("al", "-", "Sallak": a hyphen read apart before a name's capitalised part)
			opennlp.tools.util.Span beforeHyphen = (joined.size() >= 2) ? joined.get(joined.size() - 2) : null;
			boolean split = beforeHyphen != null && previous.length() == 1 && text.charAt(previous.getStart()) == '-'
					&& beforeHyphen.getEnd() == previous.getStart() && previous.getEnd() == span.getStart()
					&& Character.isLetter(text.charAt(beforeHyphen.getEnd() - 1))
					&& (Character.isUpperCase(text.charAt(span.getStart()))
							// (and "54-year", "-", "old": an age)
							|| AGE.matcher(text.substring(beforeHyphen.getStart(), span.getEnd())).matches());
			if (split) {
				joined.remove(joined.size() - 1);
				joined.set(joined.size() - 1, new opennlp.tools.util.Span(beforeHyphen.getStart(), span.getEnd()));
			}
			else if (hyphenated || hyphenEnded) {
				joined.set(joined.size() - 1, new opennlp.tools.util.Span(previous.getStart(), span.getEnd()));
			}
			else {
				joined.add(span);
			}
		}
		return joined.toArray(new opennlp.tools.util.Span[0]);
	}

	/** An age as one compound: "54-year-old", "six-month-old". */
	private static final Pattern AGE = Pattern.compile("(?i)\\S+-(?:year|month|week|day)s?-old");

	/** A word compounded with a participle, which makes an adjective: "state-controlled", "Iran-backed". */
	private static final Pattern COMPOUND_PARTICIPLE = Pattern.compile("\\p{L}+-(?:\\p{Ll}+ed|run|made|born)");

	/** A particle that opens the next part of an Arabic name: "al-Sallak", "bin", "ibn". */
	private static final Pattern NAME_PARTICLE = Pattern.compile("(?:(?:al|el|as|ad|ash|an|ar|at|az)-\\p{Lu}\\S*|bin|ibn)");

	/** Tags the tagger gives a speaker's noun by mistake before its cue: "ambassador/ADP says". */
	private static final Set<String> MISREAD_NOUN_TAGS = Set.of("ADP", "ADV", "ADJ");

	/** What opens a report right after its cue: "tweeted: “Q”", "tweeted that ...". */
	private static final Set<String> REPORT_OPENERS = Set.of(":", "that", "“", "\"", ",");

	/** Tags the tagger gives a cue's finite form by mistake: "Stokes insists/ADP". */
	private static final Set<String> MODIFIER_TAGS = Set.of("ADP", "ADJ", "ADV");

	/** Words before "said" in its rare use as an adjective: "the said agreement". */
	private static final Set<String> DEMONSTRATIVES = Set.of("the", "this", "that", "such");

	/** Tags before a participle that modifies the next noun: "the army and allied forces". */
	private static final Set<String> BEFORE_MODIFIER_TAGS = Set.of("DET", "CCONJ", "ADJ");

	/** Tags before a speaker's noun that opens the subject: "The/DET boss", "Riverside/PROPN boss", "new/ADJ boss". */
	private static final Set<String> SUBJECT_OPENERS = Set.of("DET", "PROPN", "ADJ");

	/** Prepositions after an adjective that follows its noun: "sources close to", "an official involved in". */
	private static final Set<String> POSTMODIFIER_PREPOSITIONS = Set.of("to", "with", "in", "on");

	/** Whether a verb that characterises its object as something ("described", "condemned") comes before word i. */
	private boolean characterizes(String[] words, String[] tags, int i) {
		for (int j = i - 1; j >= 0 && j >= i - 8; j--) {
			boolean as = tags[j].equals("VERB") && this.lexicon.cuesStartingWith(words[j].toLowerCase(Locale.ROOT))
				.stream()
				.anyMatch((cue) -> cue.characterization() == Lexicon.Characterization.AS);
			if (as) {
				return true;
			}
		}
		return false;
	}

	/** A cue's past tense: "told", "said", "wrote", "added". */
	private static final Pattern PAST_CUE = Pattern.compile("\\p{Ll}+ed|told|said|wrote");

	private static final Set<String> TIME_ADVERBS = Set.of("later", "earlier", "further");

	/** Whether a verb or an auxiliary stands from {@code from} to the first comma. */
	private static boolean hasVerbBeforeComma(String[] tags, String[] words, int from) {
		for (int i = from; i < words.length && !words[i].equals(","); i++) {
			if (tags[i].equals("VERB") || tags[i].startsWith("AUX")) {
				return true;
			}
		}
		return false;
	}

	/** Determiners and pronouns, which the tagger rightly reads as such at a sentence's start. */
	private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "this", "that", "these", "those", "it",
			"he", "she", "they", "we", "i", "you", "who", "which", "what", "all", "both", "each", "every", "some",
			"any",
			"no", "none", "one", "another", "many", "few", "several", "most", "his", "her", "their", "its", "our", "my",
			"your", "everyone", "nobody", "someone", "anyone", "everybody", "somebody", "such", "either", "neither",
			"whoever", "whatever", "everything", "nothing", "something", "anything", "there", "here", "much", "more",
			"less", "half", "other", "others", "whose", "whom", "us", "them", "him", "me");

	/** Words in -'s that are a pronoun's contraction, not a possessive: "It's", "There's". */
	private static final Set<String> CONTRACTIONS = Set.of("it's", "it’s", "that's", "that’s", "there's", "there’s",
			"here's", "here’s", "what's", "what’s", "who's", "who’s", "he's", "he’s", "she's", "she’s", "let's",
			"let’s");

	/** Auxiliaries of the perfect: "has revealed", "had told". */
	private static final Set<String> PERFECT = Set.of("has", "have", "had");

	/** Capitals of an acronym: "WHO", "US", "UN". */
	private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");

	/** Tags of function words, which an acronym in capitals never is. */
	private static final Set<String> FUNCTION_TAGS = Set.of("PRON", "DET", "ADP", "SCONJ", "CCONJ", "ADV", "PART", "AUX");

	/** Verbs that take an infinitive, which the tagger may read as nouns after a plural subject: "aim to". */
	private static final Set<String> AIMING_VERBS = Set.of("aim", "plan", "seek", "want", "hope", "need", "intend",
			"continue", "refuse", "try");

	/** Adverbs between a speaker's name and the cue: "X also noted". */
	private static final Set<String> SPEAKER_ADVERBS = Set.of("also", "further", "later", "earlier", "then", "again");

	/** Verbs the tagger reads as nouns that copy never uses as one. */
	private static final Set<String> ONLY_VERBS = Set.of("constitute", "constitutes", "represent", "represents",
			"undermine", "undermines", "indicate", "indicates", "exceed", "exceeds", "threaten", "threatens", "require",
			"requires", "reflect", "reflects");

	/** Nouns the tagger reads as verbs that copy never uses as one. */
	private static final Set<String> ONLY_NOUNS = Set.of("platform", "platforms");

	private static final Set<String> ARTICLES = Set.of("a", "an", "the");

	/** Prepositions that are never a subordinating conjunction: "in", "of". */
	private static final Set<String> NO_CONJUNCTIONS = Set.of("in", "of", "on", "at", "into", "onto", "from", "with",
			"within", "without", "by", "among", "between", "across", "toward", "towards", "under", "over");

	/** Prepositions that are no other word, nor anyone's name, capitalised or not. */
	private static final Set<String> ONLY_PREPOSITIONS = Set.of("regarding", "concerning", "despite", "amid", "amidst",
			"notwithstanding");

	/** English prepositions, which the tagger rightly reads as such at a sentence's start: "Despite repeated ...". */
	private static final Set<String> PREPOSITIONS = Set.of("despite", "after", "before", "during", "since", "following",
			"amid", "under", "over", "with", "without", "about", "against", "between", "among", "through", "across",
			"into", "upon", "within", "regarding", "concerning", "including", "like", "unlike", "per", "via", "as", "at",
			"by", "for", "from", "in", "of", "on", "to", "toward", "towards", "behind", "beyond", "near", "off", "out",
			"around", "along", "above", "below", "until", "till", "except", "besides", "beside", "throughout");

	/**
	 * Whether a word ({@code ","}, {@code "that"}) and a short noun phrase with no verb stand right before word
	 * {@code i}: ", Turkish state media", "that its personnel".
	 */
	private static boolean nounPhraseAfter(String opener, String[] words, String[] tags, int i) {
		for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
			if (words[k].equalsIgnoreCase(opener)) {
				return k < i - 1;
			}
			if (!SUBJECT_TAGS.contains(tags[k])) {
				return false;
			}
		}
		return false;
	}

	/** Pronouns that are the subject of a verb in -s after them. */
	private static final Set<String> SINGULAR_SUBJECTS = Set.of("he", "she", "it");

	/** Determiners that open an object: "derives its credibility", "includes a clause". */
	private static final Set<String> OBJECT_DETERMINERS = Set.of("its", "his", "her", "their", "a", "an");

	/** A lower-case word in -s that is no -ss or -us word: "clients", "talks". */
	private static final java.util.regex.Pattern PLURAL = java.util.regex.Pattern.compile("\\p{Ll}+[^su]s");

	/** A finite verb's form in -ed or -s: "remained", "rises". */
	private static final java.util.regex.Pattern FINITE = java.util.regex.Pattern.compile("\\p{Ll}+(?:ed|s)");

	/** A word in neither -ed nor -s, which could be a base form: "antitrust", "Conservative". */
	private static final java.util.regex.Pattern BASE_FORM = java.util.regex.Pattern.compile("(?!.*(?:ed|s)$)\\p{L}\\p{Ll}+");

	/** The particles of phrasal verbs, between the verb and its object: "struck down the cell". */
	private static final Set<String> PARTICLES = Set.of("down", "up", "off", "out", "back");

	private static final Set<String> IRREGULAR_PAST = Set.of("struck", "shot", "fought", "fled", "led", "seized",
			"sent", "took", "made", "won", "lost", "held", "left", "met", "gave", "began", "came", "became", "brought",
			"caught", "found", "built", "broke", "drove", "fell", "flew", "grew", "kept", "knew", "paid", "ran", "rose",
			"sold", "sank", "spoke", "stole", "stood", "threw", "wrote", "bore", "hid", "overran", "withdrew", "tore",
			"swore", "wore", "shook", "slew", "forbade", "undertook", "overtook", "blew", "drew", "froze", "rode");

	/** Past tenses spelt as their present that are seldom nouns after a subject's noun: "the protests spread". */
	private static final Set<String> SAME_FORM_PAST = Set.of("spread", "shut", "quit", "hurt", "burst");

	/** Verbs in -ly, no adverbs: "multiply", "supply". */
	private static final Set<String> LY_VERBS = Set.of("multiply", "supply", "resupply", "comply", "apply", "reply",
			"imply", "rely", "rally", "tally", "bully", "sully", "dally", "ally");

	/** Nouns in -ly, no adverbs: "the family said". */
	private static final Set<String> LY_NOUNS = Set.of("family", "assembly", "anomaly", "monopoly", "homily", "panoply",
			"melancholy", "butterfly", "elderly", "jelly", "belly", "folly", "holly", "bully", "ally", "rally",
			"tally");

	/** English prepositions, a closed class: a capitalised word the tagger reads as one and is none is a name. */
	static final Set<String> ADPOSITIONS = Set.of("about", "above", "across", "after", "against", "along",
			"amid", "amidst", "among", "amongst", "around", "as", "at", "before", "behind", "below", "beneath", "beside",
			"besides", "between", "beyond", "but", "by", "concerning", "despite", "down", "during", "except", "for",
			"from", "in", "inside", "into", "like", "near", "of", "off", "on", "onto", "out", "outside", "over", "past",
			"per", "regarding", "since", "than", "through", "throughout", "till", "to", "toward", "towards", "under",
			"underneath", "unlike", "until", "up", "upon", "versus", "via", "with", "within", "without", "whether", "if",
			"that", "because", "while", "although", "though", "unless", "whereas", "once", "so", "following",
			"including", "according", "plus", "minus", "worth", "ago", "next", "opposite", "round", "save");

	/** An auxiliary's contraction with "not": "wasn't", "didn’t", "can't" ("ca"), "won't" ("wo"). */
	private static final Pattern NEGATED_AUXILIARY = Pattern.compile("(\\p{Ll}+)n['’]t");

	private static final Set<String> AUXILIARY_WORDS = Set.of("be", "am", "is", "are", "was",
			"were", "been", "being", "have", "has", "had", "having", "do", "does", "did", "will", "would", "shall",
			"should", "can", "could", "may", "might", "must", "ought", "need", "dare", "get", "got", "gets", "'s", "’s",
			"'re", "’re", "'ve", "’ve", "'d", "’d", "'ll", "’ll", "'m", "’m", "ca", "wo", "sha", "not", "n't", "used");

	private interface ModelReader<M> {

		M read(InputStream in) throws IOException;

	}

	private static <M> M load(String resource, ModelReader<M> reader) {
		try (InputStream in = Nlp.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
			}
			return reader.read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read OpenNLP model " + resource, ex);
		}
	}

}
