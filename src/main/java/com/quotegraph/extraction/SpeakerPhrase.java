package com.quotegraph.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A phrase that names who speaks, read into its parts: a pronoun ({@code he}), a name with an optional role before
 * it ({@code Iraqi Prime Minister Mohammed Shia Al-Sudani}), or a description ({@code the spokesman},
 * {@code an informed Kurdish source}) with its head noun.
 */
record SpeakerPhrase(String text, Form form, @Nullable String name, @Nullable String role, String head,
		boolean definite, boolean plural, boolean organization) {

	enum Form {

		PRONOUN, NAME, DESCRIPTION

	}

	private static final Set<String> LEADING_CONNECTORS = Set.of("however", "meanwhile", "but", "and", "even", "before",
			"after", "when", "while", "as", "so", "since", "although", "though", "then", "now", "yet", "also", "where",
			"whereas", "because", "if", "once", "until", "moreover", "furthermore", "still", "instead", "separately",
			"shortly", "just", "soon", "immediately");

	/** Verbs that open a sentence bidding the reader, capitalised as a name's first word would be. */
	private static final Set<String> IMPERATIVES = Set.of("Take", "Consider", "Meet", "Imagine", "Remember");

	private static final Set<String> INDEFINITE_PRONOUNS = Set.of("nobody", "no one", "everyone", "everybody",
			"someone", "somebody", "anyone", "anybody", "nothing", "everything", "something", "none", "all", "both",
			"many", "few", "some", "this", "that", "these", "those", "there", "what", "which");

	/**
	 * The longest phrase read as a speaker: titles run long ("Special Representative of the United Nations
	 * Secretary-General for Libya and Head of the UN Support Mission in Libya Abdoulaye Bathily").
	 */
	private static final int MAX_WORDS = 28;

	private static final Pattern NAMING = Pattern.compile("\\s(?:calling (?:itself|themselves|himself|herself)|known as|called|named)\\s+(?:the\\s+)?");

	private static final Map<String, String> OBJECT_PRONOUNS = Map.of("him", "he", "her", "she",
			"them", "they", "us", "we", "me", "i");

	/** An organisation's acronym: "SPA", "UNRWA", "AT&T". */
	static final String ACRONYM = "\\p{Lu}[\\p{Lu}\\d&.-]{1,9}";

	/** Possessives that only stand before a noun. */
	private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("their", "his", "its", "our", "my", "your");

	/** The parts in a lawsuit, which legal copy writes capitalised and alone: "Plaintiff says". */
	private static final Set<String> PARTIES_TO_A_SUIT = Set.of("plaintiff", "plaintiffs", "defendant", "defendants",
			"complainant", "petitioner", "claimant");

	/** Words that take a part of a group: "one of the sources", "two of the officials". */
	private static final Set<String> PARTITIVES = Set.of("one", "two", "three", "four", "some", "several", "many",
			"most", "each", "another", "none");

	private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "its", "his", "her",
			"their", "our");

	private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "some", "several", "many", "other",
			"two", "three", "senior", "one");

	private static final Set<String> PARTICLES = Set.of("al", "el", "al-", "el-", "bin", "ibn", "abu", "bint", "de",
			"da", "van", "von", "der", "di", "du", "la", "le", "ben", "bou", "abdel", "abd");

	/**
	 * The head given to an epithet: a description by age or nation ("the 61-year-old", "the Scot", "the 68-year-old
	 * leader"), which refers back to a person the article has named as a personal pronoun does.
	 */
	static final String EPITHET = "(epithet)";

	/** A name compounded with a participle, which makes an adjective: "Iran-backed", "Saudi-led", "state-run". */
	private static final Pattern COMPOUND_ADJECTIVE = Pattern.compile(".+-\\p{Ll}+");

	/** A name compounded with a participle: "Tehran-backed", "Saudi-led", "Kremlin-run". */
	private static final Pattern BACKED = Pattern.compile("\\p{Lu}\\S*-(?:\\p{Ll}+ed|run|led)");

	/** Nouns after a group's name: "the Likud party", "the Wagner group". */
	private static final Set<String> NAMED_GROUPS = Set.of("party", "movement", "group", "militia", "faction", "bloc",
			"alliance", "coalition");

	/** What may follow a person's name: "Jr.", "Sr.", "III". */
	private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

	/** Courtesies a given name follows, never an office: "Prince Sultan" is a prince named Sultan. */
	private static final Set<String> COURTESIES = Set.of("prince", "princess", "sheikh", "sheikha");

	private static final Set<String> ROYAL = Set.of("prince", "princess", "sheikh", "sheikha", "emir", "sultan",
			"ayatollah");

	/** A subject pronoun and its auxiliary in one word: "He's", "They've", "She'd". */
	private static final Pattern CONTRACTED_PRONOUN = Pattern.compile("(?i)(?:he|she|they|we|i)['’](?:s|ve|d)");

	/** Whether a phrase names a person with a title: "U.S. Secretary of State Mike X". */
	static boolean isTitledPerson(SpeakerPhrase phrase) {
		return phrase.isName() && !phrase.organization() && phrase.role() != null
				&& NameKey.words(phrase.name()).size() >= 2;
	}

	/** Whether a role is only a royal's courtesy, no office: "Prince", "Sheikh". */
	static boolean isCourtesyOnly(String role) {
		return ROYAL.contains(role.strip().toLowerCase(Locale.ROOT)) && !role.strip().equalsIgnoreCase("emir")
				&& !role.strip().equalsIgnoreCase("sultan");
	}

	/** The head of "another" and "a second": one more of the group of sources the article quoted last. */
	static final String ANOTHER = "(another)";

	private static final Set<String> OTHERS = Set.of("another", "a second", "a third", "a fourth", "another one");

	/** One or more of a group named before: "one of them", "two of them", "some of those". */
	private static final Pattern OF_THEM = Pattern.compile(
			"(?:one|two|three|some|several|many|most|a few|another|another one) of (?:them|those)");

	private static final Pattern AGE = Pattern.compile("\\d+-year-old");

	private static final Set<String> DOCUMENTS = Set.of("statement", "statements", "communique", "report", "reports",
			"release", "announcement", "letter", "post", "message", "spokesman", "spokeswoman", "spokesperson", "survey",
			"poll", "study");

	/** "a survey published Thursday by X": the participle between a document and its author. */
	private static final Pattern PUBLISHED_BY = Pattern.compile(
			"(?i)^(?:\\S+\\s+){1,4}?(?:statement|report|survey|poll|study|letter|communique)\\s+"
					+ "(?:published|released|issued|conducted|carried out|posted)(?:\\s+\\S+){0,3}?\\s+by\\s+(.+)$");

	private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday");

	private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson");

	/** Endings of adjectives, not of nouns: "defiant", "frustrated", "tearful" (not "statement", "comment"). */
	private static final Pattern ADJECTIVE = Pattern
		.compile("(?:\\p{Ll}+-)?(?:\\p{Ll}+(?:ed|ful|ous|ive|ant|ic|less|ish|ional|ible|able)|\\p{Ll}+(?<!m)ent)"
				+ "|\\p{Ll}+-looking");

	/** Bodies of a government that news copy names without an article: "health ministry said". */
	private static final Set<String> GOVERNMENT_BODIES = Set.of("ministry", "agency", "authority", "department");

	/** Members of a party, whom copy calls by their state and party: "the Kentucky Republican". */
	private static final Set<String> PARTISANS = Set.of("republican", "democrat");

	/** Adjectives that a sentence's start capitalises before an outlet's noun, naming none: "State television". */
	private static final Set<String> OUTLET_ADJECTIVES = Set.of("state", "public", "local", "official", "national",
			"private", "regional", "independent");

	/** What an outlet named before it is: "LBCI television", "Kan radio". */
	private static final Set<String> MEDIA = Set.of("television", "tv", "radio", "channel", "newspaper", "daily",
			"network", "broadcaster", "website");

	/** The press as a whole, which issues no document of its own: "a media report", "a news report". */
	private static final Set<String> COLLECTIVE_PRESS = Set.of("media", "press", "news");

	private static final Set<String> COLLECTIVES = Set.of("media", "police", "press", "television", "tv", "radio",
			"military", "intelligence");

	/** Nouns of groups whose members a complement names: "a group of senators". */
	private static final Set<String> GROUPS_OF = Set.of("group", "delegation", "team", "panel", "bloc", "coalition");

	/** Words that open when a document came out, after its author: "following its meeting", "after the talks". */
	private static final Pattern WHEN_AFTER = Pattern.compile("\\s+(?:following|after|during|ahead of)\\s+");

	/** Participles of the anonymity a source is granted: "a person granted anonymity". */
	private static final Set<String> GRANTED = Set.of("granted", "given", "offered", "promised");

	/** Adjectives that follow the head of a source: "sources familiar with the matter". */
	static final Set<String> POSTMODIFIERS = Set.of("familiar", "close", "loyal", "aware", "involved", "linked", "present",
			"opposed", "briefed", "knowledgeable", "speaking", "allied", "affiliated", "connected", "aligned");

	/** Words of rank that make "figures" people: "senior figures", "leading opposition figures". */
	private static final Set<String> SENIORITY = Set.of("senior", "leading", "prominent", "top", "key", "political",
			"opposition", "religious", "public");

	/** Nouns that head phrases before a reporting verb without being a source. */
	private static final Set<String> NOT_SPEAKERS = Set.of("thing", "things", "time", "times", "way", "day", "year",
			"week", "month", "fact", "idea", "question", "issue", "problem", "reason", "point", "part", "rest", "lot",
			"number", "majority", "one", "others", "other", "same", "move", "decision", "plan", "plans", "deal", "bill",
			"law", "rule", "rules", "change", "changes", "attack", "attacks", "war", "situation", "case", "result",
			"results", "figures", "data", "level", "levels", "rate", "rates", "price", "prices", "cost", "costs");

	/** Bodies posted somewhere, whose place is part of their name: "the UN Mission in Libya", "the Embassy in Baghdad". */
	private static final Set<String> POSTED_BODIES = Set.of("mission", "force", "embassy", "consulate", "delegation",
			"office");

	private static final Set<String> PREPOSITIONS = Set.of("for", "of", "to", "at", "in", "with", "from", "on", "inside",
			"within", "under", "by", "without");

	private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "This", "These", "Those", "That", "It", "He",
			"She", "They", "We", "I", "His", "Her", "Their", "Its", "In", "On", "At", "According", "But", "And", "Others", "Some", "Many", "Most", "Several");

	static Optional<SpeakerPhrase> parse(String raw, Lexicon lexicon) {
		// ("Deputy Minister of Interior for Security Affairs X on Wednesday ruled": the day is no part of the phrase)
		String undated = DAY_AFTER.matcher(raw).replaceFirst("");
		// "Senior Defense Official said": an unnamed source's noun capitalised as a title, no one's name
		return parseWords(undated.isEmpty() ? raw : undated, lexicon).map((phrase) -> phrase.isName() && !phrase.organization() && phrase.name() != null
				&& UNNAMED_CAPITALIZED.contains(NameKey.surnameOf(phrase.name()))
						? new SpeakerPhrase(phrase.text(), Form.DESCRIPTION, null, phrase.text(),
								NameKey.surnameOf(phrase.name()), false, false, false)
						: phrase);
	}

	/** A day after a speaker's phrase: "on Wednesday". */
	private static final Pattern DAY_AFTER = Pattern
		.compile("\\s+on\\s+" + Nlp.WEEKDAYS + "$");

	private static final Set<String> REPORT_DETERMINERS = Set.of("a", "an", "his", "her", "its", "their", "the");

	/** What words come in, after a speaker's phrase: "in a statement", "in his speech". */
	private static final Set<String> REPORT_OCCASIONS = Set.of("statement", "speech", "interview", "post", "tweet",
			"letter", "message", "briefing", "televised", "video", "communique", "remarks");

	/** Nouns of unnamed sources that a capital does not make a name: "Senior Defense Official". */
	private static final Set<String> UNNAMED_CAPITALIZED = Set.of("official", "source", "diplomat");

	private static Optional<SpeakerPhrase> parseWords(String raw, Lexicon lexicon) {
		List<String> words = new ArrayList<>(Arrays.asList(clean(raw).split("\\s+")));
		while (!words.isEmpty() && LEADING_CONNECTORS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
			words.remove(0);
		}
		// ("Take Arsenal’s Mikel Arteta, for example": a verb that bids the reader opens no name or role)
		if (words.size() > 2 && IMPERATIVES.contains(words.get(0))) {
			words.remove(0);
		}
		words.removeIf(String::isEmpty);
		if (words.isEmpty() || words.size() > MAX_WORDS) {
			return Optional.empty();
		}
		// (in lower case: "Coach Maria Close" ends in a name)
		while (words.size() > 2 && POSTMODIFIERS.contains(words.get(words.size() - 1))) {
			// "said a senior official involved [in the review]": the adjective without its complement
			words.remove(words.size() - 1);
		}
		// "a person granted anonymity to discuss private conversations": the terms of the source, no part of who it is
		for (int k = 1; k + 1 < words.size(); k++) {
			if (GRANTED.contains(words.get(k)) && words.get(k + 1).equals("anonymity")) {
				words.subList(k, words.size()).clear();
				break;
			}
		}
		// "a coalition of human rights groups including Article 19": the examples of a plural, no part of who speaks
		for (int k = 2; k + 1 < words.size(); k++) {
			if (words.get(k).equals("including") && words.get(k - 1).replaceFirst(",$", "").endsWith("s")) {
				words.subList(k, words.size()).clear();
				words.set(k - 1, words.get(k - 1).replaceFirst(",$", ""));
				break;
			}
		}
		// "Plaintiff in her suit", "the minister in his speech": an adverbial of the report, no part of who speaks
		int adverbial = words.size() - 3;
		if (adverbial >= 1 && Set.of("in", "during").contains(words.get(adverbial))
				&& (POSSESSIVE_DETERMINERS.contains(words.get(adverbial + 1).toLowerCase(Locale.ROOT))
						|| words.get(adverbial + 1).equalsIgnoreCase("her"))) {
			words.subList(adverbial, words.size()).clear();
		}
		// "Sudanese army spokesman in a statement a copy of which ...": where the words came, no part of who spoke
		for (int k = 1; k + 2 < words.size(); k++) {
			if (words.get(k).equals("in") && REPORT_DETERMINERS.contains(words.get(k + 1).toLowerCase(Locale.ROOT))
					&& REPORT_OCCASIONS.contains(strip(words.get(k + 2)).toLowerCase(Locale.ROOT))) {
				words.subList(k, words.size()).clear();
				break;
			}
		}
		// "In a speech that Nasrallah [addressed ...]": who opens the relative clause after an adverbial
		if (words.size() > 3 && PREPOSITIONS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
			int relative = words.indexOf("that");
			if (relative > 1 && relative + 1 < words.size() && isNameCapitalized(words.get(relative + 1))) {
				words.subList(0, relative + 1).clear();
			}
		}
		// "the Syria- Tehran-backed Hezbollah": who backs a group is no part of its name
		for (int i = words.size() - 2; i >= 0; i--) {
			if (BACKED.matcher(words.get(i)).matches() && isNameCapitalized(words.get(i + 1))) {
				words.remove(i);
				if (i > 0 && words.get(i - 1).matches("\\p{Lu}\\S*-")) {
					// (its first half, when two backers share the participle)
					words.remove(i - 1);
				}
				break;
			}
		}
		// "the spokesman's post on X (formerly Twitter)": where the owner's document came out names nobody
		for (int i = 1; i + 1 < words.size(); i++) {
			if (isPossessive(words.get(i - 1)) && DOCUMENTS.contains(words.get(i).toLowerCase(Locale.ROOT))
					&& Set.of("on", "in").contains(words.get(i + 1))) {
				words.subList(i + 1, words.size()).clear();
				break;
			}
		}
		if (words.size() == 1 && CONTRACTED_PRONOUN.matcher(words.get(0)).matches()) {
			// "He's said that ...": the pronoun, its auxiliary the verb's
			words.set(0, words.get(0).replaceFirst("['’]\\p{L}+$", ""));
		}
		String text = String.join(" ", words);
		String lower = text.toLowerCase(Locale.ROOT);
		int bracket = words.size() - 1;
		while (bracket > 0 && !words.get(bracket).startsWith("(")) {
			bracket--;
		}
		if (bracket > 1 && words.get(words.size() - 1).endsWith(")")) {
			// "opposition leader X Y (Zionist Union)", "MK X Y (Likud)": a person's party in brackets after the name
			Optional<SpeakerPhrase> person = parse(String.join(" ", words.subList(0, bracket)), lexicon)
				.filter((phrase) -> phrase.isName() && !phrase.organization() && phrase.name() != null
						&& NameKey.words(phrase.name()).size() >= 2);
			if (person.isPresent()) {
				return person;
			}
		}
		int ampersand = words.indexOf("&");
		if (ampersand > 0 && ampersand + 1 < words.size() && words.subList(ampersand + 1, words.size()).stream()
			.allMatch(SpeakerPhrase::isNameCapitalized) && isNameCapitalized(words.get(ampersand - 1))) {
			// "Pacific Gas & Electric", "Teather & Greenwood": names joined by an ampersand name a firm
			int from = ampersand - 1;
			while (from > 0 && isNameCapitalized(words.get(from - 1)) && !isPossessive(words.get(from - 1))) {
				from--;
			}
			// (only the firm, past an article: "an analyst at Teather & Greenwood" is the analyst)
			if (from == 0 || from == 1 && DEFINITE.contains(words.get(0).toLowerCase(Locale.ROOT))) {
				String firm = String.join(" ", words.subList(from, words.size()));
				return Optional.of(new SpeakerPhrase(text, Form.NAME, firm, null, NameKey.surnameOf(firm), false, false,
						true));
			}
		}
		for (int and = text.indexOf(" and "); and > 0; and = text.indexOf(" and ", and + 5)) {
			if (and + 5 >= text.length() || !Character.isUpperCase(text.charAt(and + 5))
					|| portfoliosJoined(List.of(text.substring(0, and).split(" ")), text.substring(and + 5).split(" ")[0],
							lexicon)) {
				continue;
			}
			// "Minister of Foreign Affairs X Y and U.S. Secretary of State Z W": two titled people speak together
			Optional<SpeakerPhrase> first = parse(text.substring(0, and), lexicon);
			Optional<SpeakerPhrase> second = parse(text.substring(and + 5), lexicon);
			boolean titledPair = first.filter(SpeakerPhrase::isTitledPerson).isPresent()
					&& second.filter(SpeakerPhrase::isTitledPerson).isPresent();
			if (titledPair) {
				String names = first.get().name() + " and " + second.get().name();
				return Optional.of(new SpeakerPhrase(text, Form.NAME, names, null, second.get().head(), false, true,
						true));
			}
		}
		int comma = text.lastIndexOf(", ");
		if (comma > 0) {
			// "EU Commissioner for Enlargement Oliver X, Tomas Y": a person named before the comma is one of a list,
			// no title of the name after it
			Optional<SpeakerPhrase> before = parse(text.substring(0, comma), lexicon);
			Optional<SpeakerPhrase> after = parse(text.substring(comma + 2), lexicon);
			boolean listed = before.filter((phrase) -> phrase.isName() && !phrase.organization() && phrase.role() != null
					&& NameKey.words(phrase.name()).size() >= 2).isPresent()
					&& after.filter((phrase) -> phrase.isName() && !phrase.organization()).isPresent();
			if (listed) {
				return after;
			}
		}
		Matcher naming = NAMING.matcher(text);
		if (naming.find()) {
			// "a group calling itself the Sudan Liberation Army": the name it goes by
			Optional<SpeakerPhrase> named = parse(text.substring(naming.end()), lexicon).filter(SpeakerPhrase::isName);
			if (named.isPresent()) {
				SpeakerPhrase name = named.get();
				boolean group = Arrays.stream(text.substring(0, naming.start()).split("\\s+"))
					.anyMatch((word) -> lexicon.isOrganizationWord(strip(word)));
				return Optional.of(new SpeakerPhrase(text, Form.NAME, name.name(), name.role(), name.head(), false,
						false, name.organization() || group));
			}
		}
		Optional<SpeakerPhrase> firstOfTwo = firstOfTwoPeople(words, text, lexicon);
		if (firstOfTwo.isPresent()) {
			return firstOfTwo;
		}
		if (OTHERS.contains(lower) || OF_THEM.matcher(lower).matches()) {
			// (and "Residents said A. “B,” one of them said": one of the group named before)
			// "One of the sources said A. Another said B."
			return Optional.of(new SpeakerPhrase(text, Form.DESCRIPTION, null, null, ANOTHER, true, false, false));
		}
		if (INDEFINITE_PRONOUNS.contains(lower) || POSSESSIVE_DETERMINERS.contains(lower)) {
			// (nor is "their" alone anyone: "their questions regarding ...")
			return Optional.empty();
		}
		if (words.size() == 1 && OBJECT_PRONOUNS.containsKey(lower)) {
			// "according to him"
			lower = OBJECT_PRONOUNS.get(lower);
		}
		if (words.size() == 1 && Lexicon.PRONOUNS.contains(lower)) {
			boolean plural = lower.equals("they") || lower.equals("we");
			return Optional.of(new SpeakerPhrase(text, Form.PRONOUN, null, null, lower, true, plural, lower.equals("it")));
		}
		String last = strip(words.get(words.size() - 1));
		String lastLower = last.toLowerCase(Locale.ROOT);
		if (words.size() > 1 && !last.equals(lastLower) && Character.isLowerCase(last.charAt(last.length() - 1))
				&& plural(lastLower) && lexicon.isSpeakerNoun(lastLower) && lexicon.isTitleWord(lastLower.replaceAll("s$", ""))) {
			// "More than 100 Labour MPs": a group of titled people, not a name
			return description(words, text, lexicon);
		}
		if (words.size() == 1 && PARTIES_TO_A_SUIT.contains(lower)) {
			// "Plaintiff says she would not have ...": a party to a suit named by its part, as legal copy does
			return description(words, text, lexicon);
		}
		if (words.size() == 1 && plural(lower) && lexicon.isSpeakerNoun(lower)) {
			// "Analysts said", "Authorities said": a plural source noun opening the sentence, not a name
			return description(words, text, lexicon);
		}
		// "the Italian", "the 26-year-old Italian", "the New Zealander": a demonym after lowercase words is an
		// epithet, no name
		int demonym = demonymStart(words, lexicon);
		if (demonym > 0 && words.get(0).equalsIgnoreCase("the")
				&& words.subList(1, demonym).stream().noneMatch(SpeakerPhrase::isNameCapitalized)) {
			return description(words, text, lexicon);
		}
		String beforeLast = strip(words.get(Math.max(0, words.size() - 2))).toLowerCase(Locale.ROOT);
		// (nor "Israeli television", "the Turkish newspaper": a nation's adjective names no outlet)
		if (words.size() >= 2 && MEDIA.contains(lastLower) && last.equals(lastLower)
				&& isNameCapitalized(words.get(words.size() - 2)) && !MEDIA.contains(beforeLast)
				&& !COLLECTIVES.contains(beforeLast) && !nationsOnly(words.subList(0, words.size() - 1), lexicon)
				&& !(words.size() == 2 && OUTLET_ADJECTIVES.contains(beforeLast))) {
			// (but "the TV network" is no outlet named TV)
			// "LBCI television said", "Al-Manar television": the outlet's name before what it is
			Optional<SpeakerPhrase> outlet = parse(String.join(" ", words.subList(0, words.size() - 1)), lexicon)
				.filter(SpeakerPhrase::isName);
			if (outlet.isPresent()) {
				SpeakerPhrase named = outlet.get();
				// ("the Saudi Arabian X newspaper": the outlet's nation is no part of its name)
				List<String> name = new ArrayList<>(List.of(named.name().split("\\s+")));
				int nation = 0;
				while (nation < name.size() - 1 && (lexicon.isDemonym(strip(name.get(nation)))
						|| lexicon.isNationality(strip(name.get(nation))))) {
					nation++;
				}
				String outletName = (nation > 0 && nation < name.size() - 1 || nation > 0 && name.size() - nation == 1
						&& !lexicon.isOrganizationWord(strip(name.get(nation))))
						? String.join(" ", name.subList(nation, name.size())) : named.name();
				return Optional.of(new SpeakerPhrase(text, Form.NAME, outletName, named.role(),
						NameKey.surnameOf(outletName), false, false, true));
			}
		}
		if (words.size() > 4 && AFFILIATIONS.contains(words.get(2)) && !isNameCapitalized(words.get(3))
				&& !words.get(3).equalsIgnoreCase("the")) {
			// "Olivier Jakob of oil market analysis group Petromatrix": a person's name, then where they work, not
			// the name that ends the phrase
			Optional<SpeakerPhrase> affiliated = affiliatedPerson(words, text, lexicon);
			if (affiliated.isPresent()) {
				return affiliated;
			}
		}
		int runStart = nameRunStart(words, lexicon);
		// "the head of the Supreme Committee for People’s Assembly Elections": who holds an office in an organisation
		// the phrase ends with, not a name (but "the head of the UN mission Abdoulaye Bathily" ends in one)
		// (and "Israel’s ambassador to the United Nations": an owner in the possessive for the article)
		boolean office = words.size() > 3 && (DEFINITE.contains(words.get(0).toLowerCase(Locale.ROOT))
				|| isPossessive(words.get(0)) && isNameCapitalized(words.get(0))) && Character.isLowerCase(words.get(1).charAt(0))
				&& (lexicon.isTitleWord(strip(words.get(1))) || lexicon.isSpeakerNoun(strip(words.get(1))))
				&& PREPOSITIONS.contains(words.get(2)) && runStart < words.size()
				&& !personsName(words.subList(Math.max(3, words.size() - 2), words.size()), lexicon)
				&& (words.subList(3, words.size()).stream().anyMatch((word) -> lexicon.isOrganizationWord(strip(word)))
						// ("the leaders of Iraq's semi-autonomous Kurdistan Region": people of a place or a body)
						|| plural(words.get(1).toLowerCase(Locale.ROOT)) && lexicon.isSpeakerNoun(words.get(1)));
		if (office || agentOfTitled(words, runStart, lexicon) || agentOfTitledOffice(words, runStart, lexicon)) {
			return description(words, text, lexicon);
		}
		// "the Prime Minister", "the Crown Prince": capitalised titles and nobody's name
		// (and "Iran’s Supreme Leader": after an owner in the possessive)
		int titlesFrom = (runStart + 1 < words.size() && isPossessive(words.get(runStart))) ? runStart + 1 : runStart;
		boolean onlyTitles = words.subList(titlesFrom, words.size()).stream().allMatch((word) -> isTitle(word, lexicon));
		// (and "the Iraqi Prime Minister", "the Egyptian Foreign Minister": an office of a nation, no one's name)
		int nationalOffice = titlesFrom;
		while (nationalOffice < words.size() - 1 && lexicon.isNationality(strip(words.get(nationalOffice)))) {
			nationalOffice++;
		}
		onlyTitles |= nationalOffice > titlesFrom && isTitle(words.get(words.size() - 1), lexicon)
				&& words.subList(nationalOffice, words.size()).stream()
					.allMatch((word) -> isTitle(word, lexicon) || lexicon.isPortfolioWord(strip(word)));
		// (and "the Fed Chair", "the Kremlin Spokesman", "the Foreign Minister": "the" and what ends in a title is an
		// office, neither a name nor an organisation, which has a word of its own: "the Office of the President")
		// (but "the White House Press Secretary" holds an office in one)
		int lastOrganization = -1;
		for (int i = 0; i < words.size(); i++) {
			lastOrganization = lexicon.isOrganizationWord(strip(words.get(i))) ? i : lastOrganization;
		}
		boolean officeInOrganization = lastOrganization < words.size() - 1 && words.subList(lastOrganization + 1,
				words.size()).stream().noneMatch(PREPOSITIONS::contains);
		onlyTitles |= words.size() >= 3 && words.get(0).equalsIgnoreCase("the")
				&& isTitle(words.get(words.size() - 1), lexicon) && officeInOrganization;
		// (but "Prince Sultan", "Sheikh Sultan": after a royal's courtesy, a title's word is a given name)
		onlyTitles &= !(words.size() - titlesFrom == 2
				&& COURTESIES.contains(strip(words.get(titlesFrom)).toLowerCase(Locale.ROOT)));
		if (runStart < words.size() && !onlyTitles) {
			int nameStart = runStart;
			// "the United Kingdom Maritime Trade Operations (UKMTO)" is one organisation's name, portfolio and all;
			// "Egypt’s Al-Qahera News TV" is Al-Qahera News TV
			int orgStart = runStart;
			// (but "Syria’s Foreign Ministry" is no one Foreign Ministry: a generic name keeps its country)
			if (runStart + 1 < words.size() && words.get(runStart).matches(".*['’]s")
					&& lexicon.isPlace(strip(words.get(runStart)))
					&& !genericName(words.subList(runStart + 1, words.size()), lexicon)) {
				orgStart = runStart + 1;
			}
			boolean namesOrganization = isOrganization(words.subList(orgStart, words.size()), lexicon)
					&& words.stream().noneMatch((word) -> isTitle(word, lexicon))
					&& !endsInPersonsName(words.subList(orgStart, words.size()), lexicon);
			if (namesOrganization) {
				nameStart = orgStart;
			}
			if (!namesOrganization && nameStart == 0 && nameStart + 1 < words.size() && isPossessive(words.get(nameStart))) {
				// "Hezbollah's Yazbeck": the owner in the possessive is no part of the person's name
				nameStart++;
			}
			List<String> bare = words.stream().map(SpeakerPhrase::strip).toList();
			// "Chief Executive John Chambers", "Mayor Ann Banks": after a title and a given name, a plural of an
			// organisation's word is a surname
			boolean titledSurname = titledSurname(words, lexicon);
			int nameEnd = titledSurname ? words.size() - 1 : words.size();
			int lastOrganizationWord = -1;
			for (int i = 0; i < nameEnd; i++) {
				lastOrganizationWord = lexicon.isOrganizationWord(bare.get(i)) ? i : lastOrganizationWord;
			}
			for (int i = runStart; i < words.size() - 1; i++) {
				String word = words.get(i);
				boolean organizationEnds = i == lastOrganizationWord;
				// a portfolio or a place before at least two words of a name: "Minister of Information Jamal
				// Jarrah", "Head of the UN Support Mission in Libya Abdoulaye Bathily" (but "Israel Katz")
				// (but "the official National News Agency": a portfolio word opening an organisation's name)
				boolean opensOrganization = i == runStart && isOrganization(words.subList(i, words.size()), lexicon)
						&& !endsInPersonsName(words.subList(i, words.size()), lexicon);
				boolean portfolio = (lexicon.isPortfolioWord(bare.get(i)) || lexicon.isPlace(bare.get(i)))
						&& words.size() - (i + 1) >= 2 && !namesOrganization && !opensOrganization;
				// a title before an organisation's word is part of its name: "the International Energy Agency"
				// (but after a courtesy title a title's word is a given name: "Minister of Investment Eng. Sultan X")
				// ("Mayors Anna Kiro and ...": a plural title opening the name is a title too)
				boolean plural = i == runStart && bare.get(i).length() > 3 && bare.get(i).endsWith("s")
						&& lexicon.isTitleWord(bare.get(i).substring(0, bare.get(i).length() - 1));
				boolean title = (lexicon.isTitleWord(bare.get(i)) || plural || pairedHonorific(bare, i))
						&& i > lastOrganizationWord
						&& !(i > runStart && HONORIFIC.matcher(words.get(i - 1)).matches());
				boolean possessive = isPossessive(word);
				// "McLaren's Lando Norris": a team or company in the possessive before a person's name
				// (or before a surname alone: "Security Dynamics’ Stuckey"; not a place's: "the service in Norwana’s Tavers")
				boolean owner = possessive && !title && (personsName(words.subList(i + 1, words.size()), lexicon)
						|| i + 2 == words.size() && (runStart == 0 || !PREPOSITIONS.contains(words.get(runStart - 1)))
								&& isNameCapitalized(words.get(i + 1)) && namesNoBody(bare.get(i + 1), lexicon));
				if ((title && !possessive) || (organizationEnds && !namesOrganization) || word.startsWith("(")
						|| portfolio || owner) {
					nameStart = i + 1;
				}
				else if (title) {
					// "the Prime Minister's Office": the titles before a possessive one name the office too
					nameStart = runStart;
				}
			}
			// "Martin Luther King Jr.": a suffix alone is no name; the title word before it is part of the name
			boolean suffixOnly = words.subList(nameStart, words.size()).stream()
				.allMatch((word) -> NAME_SUFFIXES.contains(strip(word).toLowerCase(Locale.ROOT).replace(".", "")));
			if (words.get(nameStart).startsWith("(") || suffixOnly) {
				nameStart = runStart;
			}
			String before = (runStart > 0) ? words.get(runStart - 1).toLowerCase(Locale.ROOT) : "";
			// (also past a determiner and adjectives: "the ministry in the besieged Gaza Strip", and an owner:
			// "a leading figure in Yemen’s ruling General People’s Congress")
			int back = runStart - 1;
			while (back > 0 && runStart - back <= 3 && !PREPOSITIONS.contains(words.get(back))
					&& (Character.isLowerCase(words.get(back).charAt(0)) || isPossessive(words.get(back)))) {
				back--;
			}
			// (but "spokesman for the government Mohamed X": a person's name after a title's complement)
			boolean titledPerson = (lexicon.isTitleWord(strip(words.get(0))) || lexicon.isSpeakerNoun(strip(words.get(0)))
					|| words.size() > 1 && DEFINITE.contains(words.get(0).toLowerCase(Locale.ROOT))
							&& lexicon.isTitleWord(strip(words.get(1))))
					&& personsName(words.subList(runStart, words.size()), lexicon);
			boolean farComplement = back > 0 && back < runStart - 1 && PREPOSITIONS.contains(words.get(back))
					&& !words.get(runStart).startsWith("(") && !titledPerson;
			// (and "The Emergency Service in Libya’s Tripoli": where it is, a place's possessive and a place)
			boolean placed = PREPOSITIONS.contains(before) && words.subList(runStart, words.size()).stream()
				.allMatch((word) -> lexicon.isPlace(strip(word)));
			boolean complement = nameStart == runStart && (PREPOSITIONS.contains(before) || before.equals("and")
					|| (before.equals("the") && runStart > 1) || farComplement) || placed;
			int ownerStart = runStart - 2;
			while (ownerStart > 0 && isNameCapitalized(words.get(ownerStart - 1))
					&& !DEFINITE.contains(words.get(ownerStart - 1).toLowerCase(Locale.ROOT))) {
				ownerStart--;
			}
			if (complement && (before.equals("of") || before.equals("at")) && runStart >= 2
					&& words.size() - runStart == 3 && isTitle(words.get(runStart - 2), lexicon)
					&& personsName(words.subList(runStart + 1, words.size()), lexicon)
					&& !lexicon.isPortfolioWord(strip(words.get(runStart))) && !lexicon.isPlace(strip(words.get(runStart)))
					&& !lexicon.isTitleWord(strip(words.get(runStart)))) {
				// "General Counsel of Google Kent Walker": a one-word organisation, then the person's name
				String name = String.join(" ", words.subList(runStart + 1, words.size()));
				String role = trimRole(String.join(" ", words.subList(0, runStart + 1)));
				return Optional.of(new SpeakerPhrase(text, Form.NAME, name, role, NameKey.surnameOf(name), false, false,
						false));
			}
			if (complement && before.equals("in") && runStart >= 3 && nameStart == runStart) {
				// "The Coordination of Resistance Committees in El Fasher": the organisation, where it is
				// (and "the Elysee Palace in Paris": a place the article's word lists know)
				boolean place = words.subList(runStart, words.size()).stream().allMatch((word) -> lexicon.isPlace(strip(word)));
				Optional<SpeakerPhrase> located = parse(String.join(" ", words.subList(0, runStart - 1)), lexicon)
					// (but "the Palestinian Health Ministry in Gaza" is no one Health Ministry: a generic name keeps
					// its place)
					// (nor is "the United Nations Interim Force in Lebanon" one force: a mission's place names it)
					.filter((found) -> found.isName() && found.organization() && !POSTED_BODIES.contains(found.head())
							&& (found.name().contains(" of ")
							|| place && !genericName(List.of(found.name().split(" ")), lexicon)
									&& !lexicon.isNationality(strip(found.name().split(" ")[0]))));
				if (located.isPresent()) {
					return Optional.of(new SpeakerPhrase(text, Form.NAME, located.get().name(), null,
							located.get().head(), false, false, true));
				}
			}
			// (a person's name takes no article: "Dana X of Harrow Capital" is a person)
			if (complement && before.equals("of") && runStart >= 2 && nameStart == runStart
					&& isNameCapitalized(words.get(runStart - 2)) && !isTitle(words.get(runStart - 2), lexicon)
					&& words.subList(0, ownerStart).stream().anyMatch((word) -> DEFINITE.contains(word.toLowerCase(Locale.ROOT)))
					&& words.subList(0, ownerStart).stream().noneMatch((word) -> isNameCapitalized(word)
							&& !DEFINITE.contains(word.toLowerCase(Locale.ROOT)))
					&& lexicon.isOrganizationWord(strip(words.get(words.size() - 1)))
					&& words.subList(ownerStart, words.size()).stream()
						.noneMatch((word) -> isTitle(word, lexicon) || lexicon.isSpeakerNoun(strip(word)))) {
				// "The Coordination of Resistance Committees": an organisation's name with "of" in it
				String name = String.join(" ", words.subList(ownerStart, words.size()));
				return Optional.of(new SpeakerPhrase(text, Form.NAME, name, null, NameKey.surnameOf(name), false,
						false, true));
			}
			// (no name of portfolio words alone: "The Minister of State for Cabinet Affairs" is an office)
			boolean portfolioOnly = nameStart > runStart && words.subList(nameStart, words.size()).stream()
				.allMatch((word) -> lexicon.isPortfolioWord(strip(word)));
			if (!complement && !portfolioOnly) {
				// "The UN agency for Palestinian refugees (UNRWA)": the acronym is the name
				// (and "Saudi Press Agency (SPA)" is the Saudi Press Agency, the acronym kept in the phrase)
				String name = String.join(" ", words.subList(nameStart, words.size())).replaceFirst("^\\((\\S+)\\)$", "$1")
					.replaceFirst("(?<=\\S)\\s+\\(" + ACRONYM + "\\)$", "");
				int roleEnd = nameStart;
				if (roleEnd >= 2 && ROYAL.contains(words.get(roleEnd - 1).toLowerCase(Locale.ROOT))
						&& !words.get(roleEnd - 2).equalsIgnoreCase("crown")) {
					// "Foreign Minister Prince Faisal": the prince is how he is called, the minister his role
					roleEnd--;
				}
				String role = (nameStart > 0) ? trimRole(String.join(" ", words.subList(0, roleEnd))) : null;
				String roleHead = (nameStart > 0) ? strip(words.get(nameStart - 1)).toLowerCase(Locale.ROOT) : "";
				boolean indefinite = nameStart > 1 && INDEFINITE.contains(words.get(0).toLowerCase(Locale.ROOT));
				// "a defiant Asir", "a visibly emotional Okafor": how the person was, no role
				boolean described = indefinite && runStart == nameStart && words.subList(1, nameStart)
					.stream()
					.map((word) -> word.toLowerCase(Locale.ROOT))
					.allMatch((word) -> ADJECTIVE.matcher(word).matches() || word.endsWith("ly"));
				if (described) {
					role = null;
				}
				else if (indefinite && runStart == nameStart && !lexicon.isTitleWord(roleHead)
						&& !lexicon.isSpeakerNoun(roleHead)) {
					// "a charge Abu Dhabi has denied": a relative clause without "that", not a person so described
					return Optional.empty();
				}
				// "the Sudan Liberation Army" names a group; "the Secretary-General Amara Okello" a titled person
				boolean theGroup = before.equals("the") && nameStart == runStart;
				// "Utility company Gulf Power said": a name that an organisation's lowercase noun describes
				String roleLast = (nameStart > 0) ? words.get(nameStart - 1) : "";
				// (but "member of the parliamentary oil committee X" is a person, who belongs to it)
				boolean member = nameStart > 1 && words.subList(0, nameStart - 1).stream()
					.map(SpeakerPhrase::strip)
					.anyMatch((word) -> !lexicon.isOrganizationWord(word)
							&& (lexicon.isSpeakerNoun(word) || lexicon.isTitleWord(word)));
				boolean describedOrganization = !roleLast.isEmpty() && Character.isLowerCase(roleLast.charAt(0))
						&& lexicon.isOrganizationWord(strip(roleLast)) && !member;
				boolean organization = isOrganization(words.subList(nameStart, nameEnd), lexicon) || theGroup
						|| describedOrganization;
				if (theGroup) {
					role = null;
				}
				return Optional.of(new SpeakerPhrase(text, Form.NAME, name, role, NameKey.surnameOf(name), false, false,
						organization));
			}
		}
		return affiliatedPerson(words, text, lexicon).or(() -> description(words, text, lexicon))
			.or(() -> institution(words, text, lexicon))
			.or(() -> jointSpeakers(words, text, lexicon));
	}

	/**
	 * Two governments or organisations speaking together, {@code Egypt and Jordan said in a joint statement}: one
	 * speaker named by both. Two people are left alone.
	 */
	private static Optional<SpeakerPhrase> jointSpeakers(List<String> words, String text, Lexicon lexicon) {
		int and = words.indexOf("and");
		if (and < 1 || and >= words.size() - 1 || words.lastIndexOf("and") != and || words.size() > 12
				|| !isNameCapitalized(words.get(and + 1)) && !words.get(and + 1).equalsIgnoreCase("the")
				|| portfoliosJoined(words, and, lexicon)) {
			return Optional.empty();
		}
		Optional<SpeakerPhrase> first = parse(String.join(" ", words.subList(0, and)), lexicon);
		Optional<SpeakerPhrase> second = parse(String.join(" ", words.subList(and + 1, words.size())), lexicon);
		boolean groups = first.filter((p) -> p.isName() && p.organization()).isPresent()
				&& second.filter((p) -> p.isName() && p.organization()).isPresent();
		if (!groups && first.filter((p) -> p.form() == Form.DESCRIPTION && p.plural() && !p.organization())
			.isPresent() && second.filter(SpeakerPhrase::organization).isPresent()) {
			// "negotiators and the Kremlin have said": people and a body together are one group of sources
			return Optional.of(new SpeakerPhrase(text, Form.DESCRIPTION, null, text, first.get().head(), false, true,
					false));
		}
		if (!groups) {
			return Optional.empty();
		}
		String name = first.get().name() + " and " + second.get().name();
		return Optional.of(new SpeakerPhrase(text, Form.NAME, name, null, NameKey.surnameOf(name), false, true, true));
	}

	/** Words that date a role before its sides: "Former Tottenham and Newcastle defender X". */
	private static final Set<String> FORMERLY = Set.of("former", "ex", "then", "retired", "veteran");

	/** Whether "and" joins two portfolios of one office: "Foreign Affairs and Trade Minister X". */
	private static boolean portfoliosJoined(List<String> words, int and, Lexicon lexicon) {
		return portfoliosJoined(words.subList(0, and), words.get(and + 1), lexicon);
	}

	private static boolean portfoliosJoined(List<String> before, String after, Lexicon lexicon) {
		return !before.isEmpty() && lexicon.isPortfolioWord(strip(before.get(before.size() - 1)))
				&& lexicon.isPortfolioWord(strip(after));
	}

	/**
	 * Two people speaking together, {@code Minister A and his Jordanian counterpart B stressed ...}: the first named
	 * speaks for both, in their own role.
	 */
	private static Optional<SpeakerPhrase> firstOfTwoPeople(List<String> words, String text, Lexicon lexicon) {
		int and = words.indexOf("and");
		if (words.size() == 3 && and == 1 && isNameCapitalized(words.get(0)) && isNameCapitalized(words.get(2))
				&& !isOrganization(List.of(words.get(0)), lexicon) && !isOrganization(List.of(words.get(2)), lexicon)
				&& !lexicon.isTitleWord(strip(words.get(0))) && !lexicon.isTitleWord(strip(words.get(2)))) {
			// "Biden and Macron noted": two surnames, the first speaking for both when the article names that person
			// (else two parties together: "Hamas and Fatah said")
			String first = strip(words.get(0));
			return Optional.of(new SpeakerPhrase(text, Form.NAME, first, null, NameKey.surnameOf(first), false, true,
					false));
		}
		if (and < 2 || and >= words.size() - 2 || words.lastIndexOf("and") != and || words.size() > 14) {
			return Optional.empty();
		}
		// "Mayors Muriel X and Eric Y": a plural title both hold
		List<String> each = new ArrayList<>(words);
		String opening = strip(words.get(0));
		if (opening.length() > 3 && opening.endsWith("s") && isNameCapitalized(opening)
				&& lexicon.isTitleWord(opening.substring(0, opening.length() - 1))) {
			each.set(0, opening.substring(0, opening.length() - 1));
		}
		Optional<SpeakerPhrase> first = parse(String.join(" ", each.subList(0, and)), lexicon);
		Optional<SpeakerPhrase> second = parse(String.join(" ", words.subList(and + 1, words.size())), lexicon);
		// (nor "Former Tottenham and Newcastle defender X": two sides a former player played for)
		boolean formerly = FORMERLY.contains(words.get(0).toLowerCase(Locale.ROOT));
		// (nor "Aramco President and CEO X": two titles of one person)
		// (nor "Health Minister and Meretz leader X": a bare title before "and", no one's name)
		boolean titles = lexicon.isTitleWord(strip(words.get(and - 1)))
				&& (lexicon.isTitleWord(strip(words.get(and + 1))) || !isNameCapitalized(words.get(and - 2))
						|| lexicon.isPortfolioWord(strip(words.get(and - 2))) || lexicon.isTitleWord(strip(words.get(and - 2))));
		boolean people = !portfoliosJoined(words, and, lexicon) && !formerly && !titles
				&& first.filter((p) -> p.isName() && !p.organization() && p.name().contains(" ")).isPresent()
				&& second.filter((p) -> p.isName() && !p.organization() && p.name().contains(" ")).isPresent();
		if (!people) {
			return Optional.empty();
		}
		SpeakerPhrase person = first.get();
		return Optional.of(new SpeakerPhrase(text, Form.NAME, person.name(), person.role(), person.head(), false, false,
				false));
	}

	private static final Set<String> AFFILIATIONS = Set.of("of", "from", "at", "for", "with");

	/**
	 * A person's name and where they work: {@code Dan Ives of Wedbush Securities}, {@code Jane Roe at the University
	 * of Chicago}. The person speaks; the organisation is their role.
	 */
	private static Optional<SpeakerPhrase> affiliatedPerson(List<String> words, String text, Lexicon lexicon) {
		int at = 2;
		while (at < words.size() - 1 && !AFFILIATIONS.contains(words.get(at))) {
			at++;
		}
		if (at >= words.size() - 1) {
			return Optional.empty();
		}
		List<String> rest = words.subList(at + 1, words.size());
		int first = rest.get(0).equalsIgnoreCase("the") ? 1 : 0;
		// (or what it is before its name: "X of oil market analysis group Petromatrix")
		// (but "with" only before a name: "X with Tradition Energy", not "X with his wife Y")
		boolean described = rest.size() > first + 1 && isNameCapitalized(rest.get(rest.size() - 1))
				&& !isNameCapitalized(rest.get(first)) && !words.get(at).equals("with");
		if (first >= rest.size() || !isNameCapitalized(rest.get(first)) && !described) {
			return Optional.empty();
		}
		int titles = 0;
		while (titles < at - 2 && (isTitle(words.get(titles), lexicon)
				|| lexicon.isPortfolioWord(strip(words.get(titles))) && isTitle(words.get(titles + 1), lexicon))) {
			// "Professor X Y of Z University" (and an office's portfolio: "Labor Minister X Y of Hezbollah")
			titles++;
		}
		List<String> person = words.subList(titles, at);
		boolean plainName = person.stream().allMatch((word) -> {
			String bare = strip(word);
			return isNameCapitalized(word) && !NOT_NAMES.contains(word) && !lexicon.isTitleWord(bare)
					&& !lexicon.isPortfolioWord(bare) && !lexicon.isPlace(bare) && !lexicon.isSpeakerNoun(bare);
		});
		if (!plainName || isOrganization(person, lexicon)) {
			return Optional.empty();
		}
		String name = String.join(" ", person);
		String affiliation = String.join(" ", rest);
		String role = (titles > 0) ? String.join(" ", words.subList(0, titles)) + ", " + affiliation : affiliation;
		return Optional.of(new SpeakerPhrase(text, Form.NAME, name, role, NameKey.surnameOf(name), false, false, false));
	}

	/** A capitalised institution with a complement: {@code The Times of Israel}, {@code the Ministry of Health}. */
	private static Optional<SpeakerPhrase> institution(List<String> words, String text, Lexicon lexicon) {
		int start = words.get(0).equalsIgnoreCase("the") ? 1 : 0;
		if (start >= words.size()) {
			return Optional.empty();
		}
		int end = words.size();
		for (int i = start + 1; i < words.size(); i++) {
			if (PREPOSITIONS.contains(words.get(i))) {
				end = i;
				break;
			}
		}
		String head = words.get(end - 1);
		if (!Character.isUpperCase(head.charAt(0)) || !lexicon.isOrganizationWord(strip(head))) {
			return Optional.empty();
		}
		String name = String.join(" ", words.subList(start, words.size()));
		return Optional.of(new SpeakerPhrase(text, Form.NAME, name, null, NameKey.surnameOf(name), false, false, true));
	}

	/** The same name, read as an organisation's: "Thames Water, the UK's biggest water firm". */
	SpeakerPhrase asOrganization() {
		return new SpeakerPhrase(this.text, this.form, this.name, this.role, this.head, this.definite, this.plural, true);
	}

	SpeakerPhrase withRole(String role) {
		String trimmed = trimRole(role);
		return new SpeakerPhrase(this.text, this.form, this.name, (trimmed != null) ? trimmed : this.role, this.head,
				this.definite, this.plural, this.organization);
	}

	/** True for "he" and "she". */
	boolean isPersonalPronoun() {
		return this.form == Form.PRONOUN && (this.head.equals("he") || this.head.equals("she"));
	}

	/** True for a phrase that names its speaker outright. */
	boolean isName() {
		return this.form == Form.NAME;
	}

	private static Optional<SpeakerPhrase> description(List<String> words, String text, Lexicon lexicon) {
		List<String> lower = words.stream().map((word) -> strip(word).toLowerCase(Locale.ROOT)).toList();
		if (lower.size() > 2 && PARTITIVES.contains(lower.get(0)) && lower.get(1).equals("of")) {
			// "one of the sources" is one of the group the article named before
			return description(words.subList(2, words.size()), String.join(" ", words.subList(2, words.size())),
					lexicon)
				.map((group) -> new SpeakerPhrase(text, Form.DESCRIPTION, null, group.role(), group.head(),
						group.definite(), false, group.organization()));
		}
		int end = lower.size();
		for (int i = 1; i < lower.size(); i++) {
			// (and "the federal judge overseeing the trial": a participle after a person's noun modifies it)
			// (but "the club's sporting director": after a possessive it is the noun's modifier)
			// (and after a body's: "the joint force leading the battles in X")
			boolean participle = lower.get(i).endsWith("ing") && lower.get(i).length() > 5
					&& (lexicon.isTitleWord(lower.get(i - 1)) || lexicon.isSpeakerNoun(lower.get(i - 1))
							|| lexicon.isOrganizationWord(lower.get(i - 1)))
					&& !isPossessive(words.get(i - 1));
			if (PREPOSITIONS.contains(lower.get(i)) || participle) {
				end = i;
				break;
			}
		}
		while (end > 1 && POSTMODIFIERS.contains(lower.get(end - 1))) {
			end--;
		}
		if (end > 1 && end == words.size() && words.get(end - 1).startsWith("(")) {
			// "the Saudi Data and Artificial Intelligence Authority (SDAIA)": the acronym after the head
			end--;
		}
		String head = lower.get(end - 1);
		// ("a report on Tuesday by the X newspaper": the day the document came out, then its author)
		int by = end;
		if (DOCUMENTS.contains(head) && end + 2 < words.size() && lower.get(end).equals("on")
				&& DAYS.contains(lower.get(end + 1)) && lower.get(end + 2).equals("by")) {
			by = end + 2;
		}
		if (by > end) {
			Optional<SpeakerPhrase> author = parse(String.join(" ", words.subList(by + 1, words.size())), lexicon);
			if (author.isPresent() && author.get().form() != Form.PRONOUN) {
				return author;
			}
		}
		// (but "The spokesperson of the ministry" is one person, whom the article may name)
		boolean person = SPOKESPEOPLE.contains(head) && DEFINITE.contains(lower.get(0));
		if (DOCUMENTS.contains(head) && !person && end < words.size() && (lower.get(end).equals("from")
				|| lower.get(end).equals("by") || lower.get(end).equals("of")) && end + 1 < words.size()) {
			// "a statement from the ministry": the ministry speaks
			Optional<SpeakerPhrase> author = parse(String.join(" ", words.subList(end + 1, words.size())), lexicon);
			if (author.isPresent() && author.get().form() != Form.PRONOUN) {
				return author;
			}
		}
		Matcher published = PUBLISHED_BY.matcher(text);
		if (published.matches()) {
			// (not when it came out: "a statement released by the KRG following its Wednesday meeting")
			Optional<SpeakerPhrase> author = parse(WHEN_AFTER.split(published.group(1), 2)[0], lexicon);
			if (author.isPresent() && author.get().form() != Form.PRONOUN) {
				return author;
			}
		}
		if (DOCUMENTS.contains(head) && !SPOKESPEOPLE.contains(head) && end == words.size() && end >= 2) {
			// "the party's statement said": the party speaks
			String owner = words.get(end - 2);
			if (owner.endsWith("'s") || owner.endsWith("’s") || owner.endsWith("s'") || owner.endsWith("s’")) {
				List<String> ownerWords = new ArrayList<>(words.subList(0, end - 1));
				ownerWords.set(ownerWords.size() - 1, owner.replaceAll("['’]s?$", ""));
				Optional<SpeakerPhrase> author = parse(String.join(" ", ownerWords), lexicon);
				if (author.isPresent() && author.get().form() != Form.PRONOUN) {
					return author;
				}
			}
		}
		if (DOCUMENTS.contains(head) && !SPOKESPEOPLE.contains(head) && end == words.size() && end >= 3
				&& (DEFINITE.contains(lower.get(0)) || INDEFINITE.contains(lower.get(0)))) {
			// "a ministry statement said", "a Hamas statement": the body named before the document speaks
			List<String> modifiers = words.subList(1, end - 1);
			boolean named = modifiers.stream().allMatch(SpeakerPhrase::isNameCapitalized);
			// (but "a media report" is the report's: the media are no body that issues one)
			boolean body = modifiers.size() == 1 && lexicon.isOrganizationWord(lower.get(1))
					&& !COLLECTIVE_PRESS.contains(lower.get(1));
			Optional<SpeakerPhrase> author = (named || body)
					? parse((named ? "" : "the ") + String.join(" ", modifiers), lexicon) : Optional.empty();
			if (author.isPresent() && author.get().form() != Form.PRONOUN
					&& (author.get().organization() || author.get().isName())) {
				// ("the Xinhua report said": a name that issues a document is a body's, an outlet's)
				return (named && modifiers.size() == 1) ? author.map(SpeakerPhrase::asOrganization) : author;
			}
		}
		// "Prime Minister X's office said", "Yemen's internationally recognized government": an office or a body that
		// someone named owns is a definite organisation
		// (and "Hamas’ military wing": a name's possessive may be its bare mark)
		boolean owned = lexicon.isOrganizationWord(head) && words.subList(0, end - 1)
			.stream()
			.anyMatch((word) -> isNameCapitalized(word) && (isPossessive(word) || word.endsWith("s’")
					|| word.endsWith("s'")));
		// "Turkey's foreign minister": one office of one country
		boolean office = end > 1 && isPossessive(words.get(0)) && lexicon.isPlace(strip(words.get(0)))
				&& lexicon.isTitleWord(head);
		boolean definite = DEFINITE.contains(lower.get(0)) || owned || office;
		if (definite && end == words.size() && end >= 3 && NAMED_GROUPS.contains(head)) {
			// "the Likud party", "his Hamas movement": the group's name before its noun
			// (past the adjectives before it: "the ruling Likud party", "the Iran-backed Hezbollah group")
			int nameFrom = 1;
			while (nameFrom < end - 2 && (!isNameCapitalized(words.get(nameFrom))
					|| COMPOUND_ADJECTIVE.matcher(words.get(nameFrom)).matches()
					|| lexicon.isDemonym(strip(words.get(nameFrom))))) {
				nameFrom++;
			}
			// (and past its owner's name: "Opposition leader X Y's Likud party")
			for (int k = nameFrom; k < end - 2; k++) {
				if (isPossessive(words.get(k)) && isNameCapitalized(words.get(k + 1))) {
					nameFrom = k + 1;
				}
			}
			// (but not into an organisation's word: "the Lebanese Forces party" is no party called "Forces")
			if (nameFrom > 1 && words.subList(nameFrom, end - 1).stream()
				.allMatch((word) -> lexicon.isOrganizationWord(strip(word)))) {
				nameFrom = 1;
			}
			// (and past the lower-case words that say what kind of group it is: "the Islamic Jihad terrorist group")
			int nameEnd = end - 1;
			while (nameEnd - 1 > nameFrom && Character.isLowerCase(words.get(nameEnd - 1).charAt(0))
					&& isNameCapitalized(words.get(nameEnd - 2))) {
				nameEnd--;
			}
			List<String> name = new ArrayList<>(words.subList(nameFrom, nameEnd));
			// (without the acronym the article gave it: "the Rapid Support Forces (RSF) paramilitary group")
			if (name.size() > 1 && name.get(name.size() - 1).matches("\\(\\p{Lu}[\\p{Lu}\\p{N}.&-]*\\)")) {
				name.remove(name.size() - 1);
			}
			// (but "the Iran-backed group", "the Saudi-led coalition": an adjective compounded with a name)
			boolean named = name.stream().allMatch((word) -> isNameCapitalized(word) && !isPossessive(word)
					&& !lexicon.isDemonym(strip(word)) && !lexicon.isPlace(strip(word)) && !lexicon.isTitleWord(strip(word))
					&& !COMPOUND_ADJECTIVE.matcher(word).matches());
			if (named) {
				String joined = String.join(" ", name);
				return Optional.of(new SpeakerPhrase(text, Form.NAME, joined, null, NameKey.surnameOf(joined), false,
						false, true));
			}
		}
		boolean aged = lower.stream().anyMatch((word) -> AGE.matcher(word).matches())
				&& words.stream().noneMatch((word) -> word.endsWith("'s") || word.endsWith("’s") || word.endsWith("'")
						|| word.endsWith("’"));
		int demonym = demonymStart(words.subList(0, end), lexicon);
		boolean nation = demonym > 0 && lower.size() <= 4
				&& words.subList(1, demonym).stream().noneMatch(SpeakerPhrase::isNameCapitalized);
		// ("the Spain international": a player capped by that country)
		// (and "the Kentucky Republican": a politician by state and party)
		boolean capped = end == words.size() && end == 3
				&& (head.equals("international") || PARTISANS.contains(head) && isNameCapitalized(words.get(2)))
				&& isNameCapitalized(words.get(1)) && lexicon.isPlace(strip(words.get(1)));
		if (definite && !plural(head) && (aged || nation || capped)) {
			// "the 61-year-old said", "the 68-year-old leader said", "the Scot added", "the experienced Dutchman": a
			// person the article has named, referred to by age or nation
			return Optional.of(new SpeakerPhrase(text, Form.DESCRIPTION, null, null, EPITHET, true, false, false));
		}
		// ("a group of 22 senators": people, whom "they" refers to)
		boolean members = GROUPS_OF.contains(head) && end + 1 < lower.size() && lower.get(end).equals("of")
				&& lower.subList(end + 1, lower.size()).stream().anyMatch((word) -> plural(word) && lexicon.isSpeakerNoun(word));
		boolean plural = plural(head) || members;
		String singular = !plural(head) || !head.endsWith("s") ? head
				: head.endsWith("ies") ? head.substring(0, head.length() - 3) + "y" : head.substring(0, head.length() - 1);
		// "Mensah's agent": a name in the possessive is the phrase's determiner
		boolean possessor = words.size() > 1 && isPossessive(words.get(0)) && isNameCapitalized(words.get(0));
		boolean hasDeterminer = definite || INDEFINITE.contains(lower.get(0)) || plural || possessor;
		// (a plural that names no one is none though its singular speaks: "official figures", "a leading figure")
		// (but "Senior Hezbollah figures" are people: a rank or a body's name before them)
		// (not "UN figures", "Health Ministry figures": numbers)
		boolean people = head.equals("figures") && lower.subList(0, end - 1).stream().anyMatch(SENIORITY::contains);
		boolean known = lexicon.isSpeakerNoun(head) || (people || !NOT_SPEAKERS.contains(head))
				&& lexicon.isSpeakerNoun(singular) || lexicon.isTitleWord(head);
		// an unlisted noun speaks only in a plain noun phrase: "local shopkeepers", "the union's lawyers"
		// an organisation's noun keeps its complement: "the command at the camp"
		boolean complemented = end == words.size() || lexicon.isOrganizationWord(head);
		boolean plainNoun = hasDeterminer && head.length() > 2 && head.chars().allMatch(Character::isLetter)
				&& !NOT_SPEAKERS.contains(head) && !NOT_SPEAKERS.contains(singular) && complemented;
		if (!known && !plainNoun) {
			return Optional.empty();
		}
		// a bare phrase speaks when its head is a collective source: "state media", "army media", "local police"
		boolean collective = COLLECTIVES.contains(head) && end == words.size();
		// and "health ministry said": a body of a government, its article dropped as in a headline
		boolean body = !hasDeterminer && end == words.size() && words.size() <= 3 && GOVERNMENT_BODIES.contains(head)
				&& words.stream().noneMatch(SpeakerPhrase::isNameCapitalized);
		// and "said assistant to the president, X": a role and its complement, the article dropped before a name
		boolean bareRole = end == 1 && words.size() > 2 && known && PREPOSITIONS.contains(lower.get(1));
		if (!hasDeterminer && words.size() > 1 && !Character.isUpperCase(words.get(0).charAt(0)) && !collective
				&& !body && !bareRole) {
			return Optional.empty();
		}
		definite |= body;
		// "Israeli spokesperson claimed ...": a capitalised title with no article, as news copy drops it, is the one
		// the article named
		// (and so is a title alone: "..., spokesman added")
		definite |= !hasDeterminer && !plural && (words.size() > 1 && Character.isUpperCase(words.get(0).charAt(0))
				|| words.size() == 1) && lexicon.isTitleWord(head) && !lexicon.isOrganizationWord(head);
		boolean organization = lexicon.isOrganizationWord(head);
		String role = owned ? null : definite ? text.substring(text.indexOf(' ') + 1) : text;
		return Optional.of(new SpeakerPhrase(text, Form.DESCRIPTION, null, role, singular, definite, plural,
				organization));
	}

	/**
	 * Where a demonym that ends the phrase starts, of two words ("New Zealander") or one ("Italian"); -1 when none
	 * ends it.
	 */
	private static int demonymStart(List<String> words, Lexicon lexicon) {
		int n = words.size();
		String last = strip(words.get(n - 1));
		if (n >= 3 && lexicon.isDemonym(strip(words.get(n - 2)) + " " + last)) {
			return n - 2;
		}
		return lexicon.isDemonym(last) ? n - 1 : -1;
	}

	private static boolean plural(String head) {
		// (no -us word is a plural: "the apparatus")
		return head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("ese") && !head.endsWith("us")
				|| head.equals("people")
				|| head.equals("police");
	}

	/** Whether the phrase refers back to a named person as a personal pronoun does: "the 61-year-old", "the Scot". */
	boolean isEpithet() {
		return this.form == Form.DESCRIPTION && this.head.equals(EPITHET);
	}

	/**
	 * Whether a word is a title before a name; not in the possessive, which makes it part of an office's name:
	 * "the Prime Minister's Office".
	 */
	private static boolean isTitle(String word, Lexicon lexicon) {
		return lexicon.isTitleWord(strip(word)) && !isPossessive(word);
	}

	/** Whether words are a nation's adjectives alone, past an article: "the Turkish", "Israeli". */
	private static boolean nationsOnly(List<String> words, Lexicon lexicon) {
		int from = (!words.isEmpty() && DEFINITE.contains(words.get(0).toLowerCase(Locale.ROOT))) ? 1 : 0;
		return from < words.size()
				&& words.subList(from, words.size()).stream().allMatch((word) -> lexicon.isNationality(strip(word)));
	}

	/** A name without who backs, runs or bases it, the word that opens it: "Syrian Observatory" of "Britain-based ...". */
	static String withoutBacker(String name) {
		int space = name.indexOf(' ');
		return (space > 0 && BACKED.matcher(name.substring(0, space)).matches()) ? name.substring(space + 1) : name;
	}

	/** Whether a word is in the possessive: "Gaza's", "Gaza’s". */
	static boolean isPossessive(String word) {
		// (a name's plural possessive too: "Security Dynamics' chairman", "Jones’ lawyer")
		return word.endsWith("'s") || word.endsWith("’s")
				|| word.length() > 3 && Character.isUpperCase(word.charAt(0)) && PLURAL_POSSESSIVE.matcher(word).matches();
	}

	private static final Pattern PLURAL_POSSESSIVE = Pattern.compile("\\p{L}+s['’]");

	/** An ordinal in figures: "6th", "3rd". */
	private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(?:st|nd|rd|th)");

	/** Index of the first word of the name that ends the phrase; the phrase's size when it ends in no name. */
	private static int nameRunStart(List<String> words, Lexicon lexicon) {
		int start = words.size();
		for (int i = words.size() - 1; i >= 0; i--) {
			String word = words.get(i);
			// "Channel 12": a number after a capitalised word ends its name
			// (or between two: "Kan 11 News")
			boolean number = (i == words.size() - 1 || i + 1 == start) && i > 0 && word.matches("\\d{1,3}")
					&& isNameCapitalized(words.get(i - 1));
			boolean capital = !word.isEmpty() && (isNameCapitalized(word) || word.startsWith("(") || number);
			boolean particle = PARTICLES.contains(word.toLowerCase(Locale.ROOT)) && i < words.size() - 1
					&& i + 1 == start;
			// "the 6th Infantry Division": an ordinal opens the name of a unit
			boolean ordinal = i + 1 == start && ORDINAL.matcher(word).matches();
			if (ordinal) {
				start = i;
				break;
			}
			if ((capital || particle) && !(i == start - 1 && word.endsWith(","))) {
				start = i;
			}
			else {
				break;
			}
		}
		// (nor "He Yafei": the surname before a given name, not the pronoun)
		boolean surnameHe = start == 0 && words.size() >= 2 && words.get(0).equals("He")
				&& isNameCapitalized(words.get(1)) && !lexicon.isTitleWord(strip(words.get(1)))
				&& !Clauses.isTemporal(strip(words.get(1)).toLowerCase(Locale.ROOT));
		while (!surnameHe && start < words.size() && (NOT_NAMES.contains(words.get(start)) || words.get(start).equalsIgnoreCase("the"))
				&& !(start > 0 && start + 1 < words.size() && lexicon.isTitleWord(strip(words.get(start - 1))))) {
			// but "spokesperson He Yadong": a name after a title
			start++;
		}
		return start;
	}

	/**
	 * "Presidential Leadership Council Abdulrahman al-Mahrami": after the organisation's last word, two to four words
	 * that are nobody's portfolio, place, organisation or acronym name a person.
	 */
	private static boolean endsInPersonsName(List<String> run, Lexicon lexicon) {
		int last = -1;
		for (int i = 0; i < run.size(); i++) {
			if (lexicon.isOrganizationWord(strip(run.get(i)))) {
				last = i;
			}
		}
		List<String> after = run.subList(last + 1, run.size());
		return last >= 0 && after.size() >= 2 && after.size() <= 4 && after.stream().allMatch((word) -> {
			String bare = strip(word);
			return !word.startsWith("(") && !lexicon.isPortfolioWord(bare) && !lexicon.isPlace(bare)
					&& !lexicon.isOrganizationWord(bare) && !bare.equals(bare.toUpperCase(Locale.ROOT));
		});
	}

	/** Two to four capitalised words, none of them a title, an organisation's word or a place: a person's name. */
	private static boolean personsName(List<String> run, Lexicon lexicon) {
		// ("Pieter van Dijk": a particle inside the name)
		return run.size() >= 2 && run.size() <= 4 && isNameCapitalized(run.get(0)) && run.stream().allMatch((word) -> {
			String bare = strip(word);
			if (PARTICLES.contains(word)) {
				return true;
			}
			// (nor a nation's word: "Saudi Aramco")
			return isNameCapitalized(word) && !word.startsWith("(") && namesNoBody(bare, lexicon)
					&& !(run.indexOf(word) == 0 && lexicon.isNationality(bare))
					&& !bare.equals(bare.toUpperCase(Locale.ROOT))
					&& !TERRITORIES.contains(bare.toLowerCase(Locale.ROOT));
		});
	}

	/** Whether a word is no title's, organisation's, place's or portfolio's word: one a person's name may hold. */
	private static boolean namesNoBody(String bare, Lexicon lexicon) {
		return !lexicon.isTitleWord(bare) && !lexicon.isOrganizationWord(bare) && !lexicon.isPlace(bare)
				&& !lexicon.isPortfolioWord(bare);
	}

	/** Nouns of a territory, which end a place's name and no person's: "the Kurdistan Region". */
	private static final Set<String> TERRITORIES = Set.of("region", "province", "governorate", "district", "county",
			"prefecture", "territory");

	/**
	 * Whether an organisation's name is made of common words only, so that every country has one: "Foreign Ministry",
	 * "Government Media Office", "Ministry of Health"; not "Al-Qahera News TV".
	 */
	private static boolean genericName(List<String> name, Lexicon lexicon) {
		return name.stream().map(SpeakerPhrase::strip).allMatch((word) -> lexicon.isOrganizationWord(word)
				|| lexicon.isPortfolioWord(word) || lexicon.isTitleWord(word) || PREPOSITIONS.contains(word)
				|| word.equals("and") || GENERIC_FORCES.contains(word.toLowerCase(Locale.ROOT)));
	}

	/** Words of forces every nation has: "Sudan's Armed Forces", "Lebanon's Internal Security Forces". */
	private static final Set<String> GENERIC_FORCES = Set.of("armed", "internal", "air", "naval", "border", "coast");

	/**
	 * Whether the phrase is someone unnamed who speaks for, or stands near, a titled person it names: "a spokesman
	 * for Senate leader X", "an aide to President Y", "sources close to Speaker Z" (the name is the complement's; the
	 * spokesman speaks).
	 */
	private static boolean agentOfTitled(List<String> words, int runStart, Lexicon lexicon) {
		String first = words.get(0).toLowerCase(Locale.ROOT);
		boolean indefinite = INDEFINITE.contains(first);
		// ("Sources close to ...": a plural speaker noun needs no article)
		int from = indefinite ? 1 : 0;
		// (nor a role in lower case that opens the phrase: "said assistant to the President X, Y")
		boolean bare = Character.isLowerCase(words.get(0).charAt(0)) && lexicon.isSpeakerNoun(first);
		if (words.size() < 5 - from || runStart >= words.size()
				|| !indefinite && !(plural(first) && lexicon.isSpeakerNoun(first)) && !bare) {
			return false;
		}
		int preposition = from + 1;
		while (preposition < runStart && Character.isLowerCase(words.get(preposition).charAt(0))
				&& !AGENT_PREPOSITIONS.contains(words.get(preposition))) {
			preposition++;
		}
		int noun = preposition - 1;
		if (noun > from && ASSOCIATES.contains(words.get(noun))) {
			noun--;
		}
		boolean capitalized = from == 0 && noun == 0;
		if (noun < from || preposition >= runStart || !AGENT_PREPOSITIONS.contains(words.get(preposition))
				|| !lexicon.isSpeakerNoun(strip(words.get(noun)).toLowerCase(Locale.ROOT))
				|| !capitalized && !Character.isLowerCase(words.get(noun).charAt(0))) {
			return false;
		}
		// a title between the preposition and the name: "for Senate leader X", "to President Y"
		return words.subList(preposition + 1, words.size()).stream().anyMatch((word) -> isTitle(word, lexicon));
	}

	private static final Set<String> AGENT_PREPOSITIONS = Set.of("for", "to", "of", "with");

	/**
	 * Whether the phrase is the one who serves a titled person it names: "The adviser to President X", "The Political
	 * Adviser to Ruritanian President Y" (the name is the complement's); not "the Special Representative of the
	 * Secretary-General Z", whose complement is an office, and whose holder the name is.
	 */
	private static boolean agentOfTitledOffice(List<String> words, int runStart, Lexicon lexicon) {
		if (words.size() < 6 || !words.get(0).equalsIgnoreCase("the") || runStart < 3
				|| !AGENT_PREPOSITIONS.contains(words.get(runStart - 1))
				|| !lexicon.isSpeakerNoun(strip(words.get(runStart - 2)).toLowerCase(Locale.ROOT))
				|| lexicon.isOrganizationWord(strip(words.get(runStart - 2)))) {
			// (but "The office of Prime Minister X" speaks for X)
			return false;
		}
		int title = runStart;
		while (title < words.size() - 1 && lexicon.isNationality(strip(words.get(title)))) {
			title++;
		}
		int name = title;
		while (name < words.size() - 1 && isTitle(words.get(name), lexicon)) {
			name++;
		}
		return name > title && personsName(words.subList(name, words.size()), lexicon);
	}

	/** Words between an unnamed speaker and whom it stands near: "a source close to", "sources familiar with". */
	private static final Set<String> ASSOCIATES = Set.of("close", "near", "familiar", "linked", "loyal", "allied",
			"affiliated");

	/**
	 * Whether the phrase ends in a title, a capitalised given name and a surname that is only the plural of an
	 * organisation's word: "Chief Executive John Chambers" (but "the Popular Resistance Committees" has no title).
	 */
	private static boolean titledSurname(List<String> words, Lexicon lexicon) {
		int last = words.size() - 1;
		String surname = strip(words.get(last));
		if (last < 2 || !isNameCapitalized(surname) || !lexicon.isOrganizationWord(surname)
				|| lexicon.isListedOrganizationWord(surname)) {
			return false;
		}
		String given = strip(words.get(last - 1));
		return isNameCapitalized(given) && !lexicon.isOrganizationWord(given) && !lexicon.isTitleWord(given)
				&& !lexicon.isPlace(given) && !lexicon.isPortfolioWord(given)
				&& !given.equals(given.toUpperCase(Locale.ROOT))
				&& isTitle(words.get(last - 2), lexicon);
	}

	private static boolean isOrganization(List<String> name, Lexicon lexicon) {
		String joined = String.join(" ", name);
		if (lexicon.isPlace(strip(joined))) {
			return true;
		}
		// ("CJ Davis": two initials before a surname are a person's given name)
		boolean initials = name.size() == 2 && strip(name.get(0)).matches("\\p{Lu}{2}")
				&& !BLOCS.contains(strip(name.get(0))) && !lexicon.isPlace(strip(name.get(0)))
				&& !lexicon.isOrganizationWord(strip(name.get(0)))
				&& !lexicon.isNationality(strip(name.get(0)))
				&& strip(name.get(1)).matches("\\p{Lu}\\p{Ll}+") && namesNoBody(strip(name.get(1)), lexicon);
		for (String word : name) {
			String bare = strip(word);
			// an acronym names an organisation; a regnal number does not ("Abdullah II")
			boolean acronym = bare.length() >= 2 && bare.equals(bare.toUpperCase(Locale.ROOT))
					&& bare.chars().allMatch(Character::isLetter) && !bare.matches("[IVX]+") && !initials;
			if (lexicon.isOrganizationWord(bare) || acronym) {
				return true;
			}
		}
		return false;
	}

	/** Countries and blocs by two initials, no person's: "US Navy", "UN Women". */
	private static final Set<String> BLOCS = Set.of("US", "UK", "UN", "EU", "AU");

	/** A lowercase Arabic or European particle joined to a capitalised name: {@code al-Shami}, {@code el-Sisi}. */
	private static final Pattern JOINED_PARTICLE = Pattern
		.compile("^[(\"“‘]*(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|abd|abdel|bou|ben|de|d|di|da|du|la|le|van|von)[-‘’']\\p{Lu}.*");

	/** Whether a word reads as part of a name: capitalised, or a particle joined to a capitalised name. */
	static boolean isNameCapitalized(String word) {
		return Character.isUpperCase(firstLetter(word)) || JOINED_PARTICLE.matcher(word).matches();
	}

	private static char firstLetter(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (Character.isLetter(word.charAt(i))) {
				return word.charAt(i);
			}
		}
		return ' ';
	}

	private static String clean(String raw) {
		return raw.replaceAll("[\"“”]", " ")
			// ("the General People’s Congress [GPC]": an acronym in square brackets as in round ones)
			.replaceAll("\\[(\\p{Lu}{2,})\\]", "($1)")
			.replace(", D.C", " D.C")
			.replaceAll("\\s+", " ")
			.replaceAll("^[\\s,;:—–-]+|[\\s,;:.—–-]+$", "")
			// "retired firefighter Joe Kline, 67": the age after the name
			.replaceFirst("(\\S),\\s*\\d{1,3}$", "$1")
			// "the ministry itself said": the intensifier names no one else
			.replaceFirst("(?<=\\S)\\s+(?:itself|himself|herself|themselves)$", "")
			// "according to a news report Friday": the day after a common noun is when, no name
			.replaceFirst("(?<=\\p{Ll})\\s+" + Nlp.WEEKDAYS + "$", "");
	}

	static String strip(String word) {
		return word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$", "").replaceAll("['’]s$", "");
	}

	/** An occasion before a name, no comma after it: "In a further update X added", "In a statement Spokesman Y". */
	private static final Pattern OCCASION_FIRST = Pattern.compile("^(?:In|On|At|During|Following|After) "
			+ "(?:a|an|the|his|her|its|their) (?:\\p{Ll}+ ){0,2}(?:update|statement|interview|speech|briefing|"
			+ "conference|remarks|post|message|tweet|letter|meeting|session|address)\\b\\s*");

	private static @Nullable String trimRole(String role) {
		// "the office of UN Special Envoy X" speaks for the envoy; in "whose spokesman X said" the relative pronoun is
		// no part of the role
		// (nor the document they issued: "A statement from KRG Spokesman X")
		String trimmed = role.replaceAll("^[\\s,]+|[\\s,]+$", "").replaceFirst("^(?i:the office of |whose )", "")
			.replaceFirst("^(?i:(?:a|an|the|in a|in the) (?:statement|letter|post|message|communique|release) "
					+ "(?:(?:issued|released|published|signed|posted|sent) )?(?:from|by|of) )", "");
		// ("In a further update X added": the occasion that opens the sentence, its comma left out)
		trimmed = OCCASION_FIRST.matcher(trimmed).replaceFirst("");
		// ("According to reports Meretz chairwoman X": the narrator's source, its comma left out)
		trimmed = trimmed.replaceFirst("^(?i:according to)\\s+(?:\\p{Ll}+\\s+){1,3}(?=\\p{Lu})", "");
		// ("Doha: Advisor to the Prime Minister X": a dateline's place and colon before the title)
		trimmed = trimmed.replaceFirst("^\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)?:\\s+(?=\\p{Lu})", "");
		// ("..., Acting Minister of Media, Dr. X": the comma before the courtesy title goes with it)
		trimmed = TRAILING_HONORIFIC.matcher(trimmed).replaceFirst("").replaceAll("[\\s,]+$", "");
		// "a mother of three who lost her home in the fire": the role, without its relative clause
		trimmed = trimmed.replaceFirst("\\s+(?:who|whose|which)\\s.*$", "");
		// "Ms Reeves": a courtesy title is no role; nor "Its National Health Commission": a determiner
		// and "WHO’s Christian Lindmeier": the owner, without its possessive
		trimmed = trimmed.replaceFirst("^(\\S+|\\p{Lu}\\S*(?: \\p{Lu}\\S*)+)['’]s$", "$1");
		// (and "Security Dynamics’": a name's plural possessive)
		trimmed = Character.isUpperCase(trimmed.isEmpty() ? 'x' : trimmed.charAt(0))
				&& PLURAL_POSSESSIVE.matcher(trimmed.substring(trimmed.lastIndexOf(' ') + 1)).matches()
				? trimmed.substring(0, trimmed.length() - 1) : trimmed;
		boolean determiner = DEFINITE.contains(trimmed.toLowerCase(Locale.ROOT))
				|| INDEFINITE.contains(trimmed.toLowerCase(Locale.ROOT));
		return (trimmed.isEmpty() || HONORIFIC.matcher(trimmed).matches()
				|| MALAY_HONORIFIC_ALONE.matcher(trimmed).matches() || determiner) ? null : trimmed;
	}

	private static final Pattern HONORIFIC = Pattern
		.compile("(?i:mr|mrs|ms|miss|mx|madam|mister|dr|eng|engr|barr|sir|dame|alhaji|alhaja|hajiya)\\.?|Doctor");

	/** The first words of Malaysian honorifics of two words and the second: "Tan Sri", "Toh Puan", "Datin Paduka". */
	private static final Set<String> HONORIFIC_FIRST = Set.of("tan", "puan", "toh", "datuk", "dato", "datin");

	private static final Set<String> HONORIFIC_SECOND = Set.of("sri", "seri", "puan", "paduka");

	/** A Malaysian honorific, no office: "Datuk", "Datuk Seri", "Dato’ Sri", "Tan Sri", "Puan Sri", "Toh Puan". */
	private static final String MALAY_HONORIFIC = "(?:" + capitalisedAlternatives(HONORIFIC_FIRST) + ")['’]?(?:\\s+(?:"
			+ capitalisedAlternatives(HONORIFIC_SECOND) + "))?";

	private static final Pattern MALAY_HONORIFIC_ALONE = Pattern.compile(MALAY_HONORIFIC);

	private static String capitalisedAlternatives(Set<String> words) {
		return words.stream()
			.map((word) -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
			.collect(java.util.stream.Collectors.joining("|"));
	}

	/**
	 * Whether the word is one of a Malaysian honorific of two words before a name ("Tan Sri Muhyiddin Yassin"); a word
	 * of it alone is a name's ("Sri Mulyani Indrawati", "Tan Chong Meng").
	 */
	private static boolean pairedHonorific(List<String> bare, int i) {
		String word = bare.get(i).toLowerCase(Locale.ROOT);
		return HONORIFIC_FIRST.contains(word) && i + 1 < bare.size()
				&& HONORIFIC_SECOND.contains(bare.get(i + 1).toLowerCase(Locale.ROOT))
				|| HONORIFIC_SECOND.contains(word) && i > 0
						&& HONORIFIC_FIRST.contains(bare.get(i - 1).toLowerCase(Locale.ROOT));
	}

	/**
	 * A courtesy title that ends a role before the name: "Deputy Minister Dr. X", "Minister Eng. Y", "Manchester United
	 * manager Sir X", "Permanent Secretary for Health, Doctor X" (capitalised: "hospital doctor X" is a role),
	 * "Minister of Works, Alhaji X", "Minister of Education, Prof. Y" (a professor after a comma: "law professor Z" is
	 * a role).
	 */
	private static final Pattern TRAILING_HONORIFIC = Pattern
		.compile("(?:\\s+(?:(?i:mr|mrs|ms|dr|eng|engr|barr|sir|dame|alhaji|alhaja|hajiya)\\.?|Doctor|" + MALAY_HONORIFIC
				+ "))+$|,\\s+(?:Prof\\.?|Professor)$");

}
