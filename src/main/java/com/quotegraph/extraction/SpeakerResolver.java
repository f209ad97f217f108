package com.quotegraph.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Resolves who says each quote of one article, in reading order. Names link to the fullest name the article gives
 * (surnames and partial names included); pronouns go to the most recent compatible speaker; definite role nouns
 * ({@code the spokesman}) to the speaker or person introduced with that role; indefinite sources stay anonymous
 * speakers of this article. A quotation with no cue continues the speaker of the previous quotation.
 */
final class SpeakerResolver {

	/** "he", as an epithet refers back: "the 61-year-old", "the former Arsenal midfielder". */
	private static final SpeakerPhrase HE = new SpeakerPhrase("he", SpeakerPhrase.Form.PRONOUN, null, null, "he", true,
			false, false);

	/** Nouns for whoever leads a team or a firm, whatever the title: "the Riverside boss". */
	private static final Set<String> LEADER_NOUNS = Set.of("boss", "chief");

	/** The titles of who leads a team or a firm: what "boss" refers to. */
	private static final Set<String> LEADING_TITLES = Set.of("manager", "coach", "executive", "ceo", "chairman",
			"chairwoman", "chair", "president", "director", "head", "leader", "boss", "chief");

	private static final Set<String> GROUP_NOUNS = Set.of("group", "movement", "organization", "organisation",
			"militia", "party", "faction", "club", "company", "team", "firm", "carmaker", "automaker", "bank", "lender",
			"insurer", "airline", "retailer", "manufacturer", "broadcaster", "giant", "maker", "chipmaker", "drugmaker",
			"provider", "producer", "operator", "conglomerate", "startup", "utility", "miner", "exporter", "supplier",
			"broker", "force", "watchdog", "monitor");

	/** A count before a plural noun of people: "the two ministers", "both officials". */
	private static final Pattern COUNTED = Pattern.compile("(?i)\\b(?:both|two|three|four|five|six|seven|eight|nine|ten)\\b");

	/** Plural nouns for two parties the article has named together: "the companies", "the two countries". */
	private static final Set<String> JOINT_NOUNS = Set.of("company", "companies", "country", "countries", "side",
			"sides", "firm", "firms", "government", "governments", "nation", "nations");

	private static final Pattern ACRONYM = Pattern.compile(SpeakerPhrase.ACRONYM);

	private static final Pattern INDEFINITE_START = Pattern.compile("(?i)an?\\s");

	/** Single names joined by "and", two or a list: "Hamas and Fatah", "Norway, Poland and Germany". */
	private static final Pattern JOINT_NAMES = Pattern.compile("(?:[^\\s,]+, )*[^\\s,]+,? and \\S+");

	/** A place in the possessive before a name. */
	private static final Pattern OWNER = Pattern.compile("(\\S+)['’]s\\s+(?=\\S)");

	/** A person's surname and a thing of theirs: "Hariri’s resignation". */
	private static final Pattern OWNER_OF_THING = Pattern.compile("(\\p{Lu}[\\p{L}-]+)['’]s \\p{Ll}+");

	/** Two names joined by "and": "Swedish steelmaker Hallberg and Finland's Norsteel". */
	private static final Pattern PAIR = Pattern.compile(
			"((?:\\p{Lu}[\\p{L}.’'-]*\\s+|\\p{Ll}+\\s+(?=\\p{Lu})){0,4}\\p{Lu}[\\p{L}.’'-]*)\\s+and\\s+"
					+ "((?:\\p{Lu}[\\p{L}’'-]*(?:['’]s)?\\s+){0,3}\\p{Lu}[\\p{L}.’'-]*)");

	/** Words that introduce examples right before them: "most notably", "including", "such as". */
	private static final Pattern EXAMPLES_BEFORE = Pattern
		.compile("(?i)\\b(?:notably|including|such as|especially|particularly|namely)\\s*$");

	/** A statement's nouns, and how many paragraphs on "the statement" still refers to the last one made. */
	private static final Set<String> STATEMENTS = Set.of("statement", "communique", "communiqué", "report", "readout",
			"tweet");

	private static final int STATEMENT_PARAGRAPHS = 3;

	/** How many paragraphs on "the statement", named by its noun, still refers to the last one made. */
	private static final int NAMED_STATEMENT_PARAGRAPHS = 6;

	// (a post too: "X said in a tweet “A.” “B,” the statement added")
	private static final Pattern STATEMENT = Pattern.compile("\\b(?:statement|communiqu[eé]|report|readout|tweet)\\b");

	/** Nouns that any unnamed informant may be called by: "the official", "the source". */
	private static final Set<String> UNNAMED_NOUNS = Set.of("official", "source", "insider");

	private static final Set<String> ARMED_FORCES = Set.of("military", "army");

	private static final Set<String> ARMED_FORCES_NAMES = Set.of("forces", "army", "military", "armed");

	/** "the group", "the party": a definite organisation's noun, which refers back as "it" does. */
	static boolean isGroupReference(SpeakerPhrase phrase) {
		// (an adjective between too: "the private utility", "the German carmaker")
		return phrase.form() == SpeakerPhrase.Form.DESCRIPTION && phrase.definite() && GROUP_NOUNS.contains(phrase.head())
				&& (NameKey.words(phrase.text()).size() == 2 || NameKey.words(phrase.text()).size() == 3
						&& phrase.text().toLowerCase(Locale.ROOT).startsWith("the "));
	}

	private static final Set<String> TEXTS = Set.of("statement", "report", "media", "outlet", "newspaper", "daily");

	private static final class Entity {

		final String name;

		SpeakerKind kind;

		final Set<String> aliases = new LinkedHashSet<>();

		@Nullable String role;

		final boolean plural;

		/** 'm' or 'f' once the article shows it (a courtesy title, a gendered noun, "X said she ..."); else 0. */
		char gender;

		/** The paragraph of the last quote the entity was found to speak; -1 before any. */
		int lastParagraph = -1;

		/** Whether the article's text was searched for a courtesy title before this person's surname. */
		boolean titleSearched;

		/** Whether an organisation only because it is a lone name the article never gives in full ("Nasser said"). */
		boolean guessed;

		/** The name's key and its words, kept: every name the article gives is matched against them. */
		final String key;

		final List<String> words;

		Entity(String name, SpeakerKind kind, @Nullable String role, boolean plural) {
			this.name = name;
			this.kind = kind;
			this.role = role;
			this.plural = plural;
			this.words = NameKey.words(name);
			this.key = String.join(" ", this.words);
		}

		Speaker speaker() {
			return new Speaker(this.name, this.key, this.kind, new ArrayList<>(this.aliases));
		}

		/** Whether the entity's role or a phrase that named it is so described. */
		boolean described(Predicate<String> fits) {
			return (this.role != null && fits.test(this.role)) || this.aliases.stream().anyMatch(fits);
		}

	}

	/**
	 * Whether a role or a phrase has the noun at the head of one of its titles, with the qualifiers that tell titles
	 * apart: "Minister of State for Shoura Council Affairs" has "minister", not "council"; "the foreign minister" is
	 * not "Prime Minister X".
	 */
	static boolean roleFits(String role, List<String> qualifiers, String head) {
		for (String part : offices(role, head)) {
			// "Gov. X ... the Republican governor": a title's abbreviation is the title
			List<String> words = NameKey.words(title(part))
				.stream()
				.map((word) -> TITLE_ABBREVIATIONS.getOrDefault(word, word))
				.toList();
			// (a hyphenated title too: "the director-general" is "Director-General X")
			boolean same = words.contains(head) || words.contains(head + "s")
					|| head.contains("-") && java.util.Collections.indexOfSubList(words, NameKey.words(head)) >= 0
					|| SAME_TITLES.getOrDefault(head, List.of()).stream().anyMatch(words::contains);
			// (a portfolio may stand in the complement: "the foreign minister" is "Minister of Foreign Affairs X"; but
			// no owner's words: "a minister in the prime minister’s office" is no prime minister)
			if (same && NameKey.words(OWNERS_WORDS.matcher(part).replaceAll("")).containsAll(qualifiers)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The offices a role joins with "and", each with its title: "Crown Prince and Prime Minister" holds two; but
	 * "Information and Culture Minister" one, two portfolios joined before one title (the information minister).
	 */
	private static String[] offices(String role, String head) {
		String[] parts = role.split("\\s+and\\s+");
		boolean portfolios = parts.length == 2 && !NameKey.words(parts[0]).contains(head);
		return portfolios ? new String[] { role } : parts;
	}

	/** Whether an entity's name ends as an outlet's does: "Army Radio". */
	private static boolean isOutlet(Entity entity) {
		return !entity.words.isEmpty() && Clauses.OUTLET_ENDINGS.contains(entity.words.get(entity.words.size() - 1));
	}


	/** A name of initials alone: "U.N", "U.S.". */
	private static final Pattern INITIALS_ONLY = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}\\.?");

	/** A broadcaster's call letters: "KNXV-TV", "WAMU-FM". */
	private static final Pattern CALL_LETTERS = Pattern.compile("\\p{Lu}{3,5}-(?:TV|FM|AM|DT|LP|CD)");

	/** Titles that name one office in other words: "the Fed chair" is "Federal Reserve Chairman". */
	private static final Map<String, List<String>> SAME_TITLES = Map.ofEntries(
			Map.entry("chair", List.of("chairman", "chairwoman", "chairperson")), Map.entry("chairman", List.of("chair", "leader")),
			Map.entry("chairwoman", List.of("chair")), Map.entry("premier", List.of("prime")),
			Map.entry("spokesperson", List.of("spokesman", "spokeswoman")), Map.entry("spokesman", List.of("spokesperson")),
			Map.entry("spokeswoman", List.of("spokesperson")), Map.entry("fm", List.of("minister")),
			Map.entry("tactician", List.of("coach", "manager")), Map.entry("gaffer", List.of("manager", "coach", "boss")),
			Map.entry("monarch", List.of("king", "queen", "emir", "sultan")),
			Map.entry("aide", List.of("assistant", "adviser", "advisor")));

	/** The titles that stand abbreviated before names, spelled out. */
	private static final Map<String, String> TITLE_ABBREVIATIONS = Map.ofEntries(Map.entry("gov", "governor"),
			Map.entry("sen", "senator"), Map.entry("rep", "representative"), Map.entry("gen", "general"),
			Map.entry("lt", "lieutenant"), Map.entry("col", "colonel"), Map.entry("capt", "captain"),
			Map.entry("adm", "admiral"), Map.entry("sgt", "sergeant"), Map.entry("prof", "professor"),
			Map.entry("supt", "superintendent"), Map.entry("insp", "inspector"), Map.entry("amb", "ambassador"));

	/** A role's title, before its complement: "Minister" in "Minister of State for Shoura Council Affairs". */
	private static String title(String role) {
		return COMPLEMENT.split(role, 2)[0];
	}

	private static final Pattern COMPLEMENT = Pattern.compile("\\s+(?:of|for|in|at|to|with|on|from|without)\\s+");

	/** An owner's words in the possessive: "prime minister’s" of "in the prime minister’s office". */
	private static final Pattern OWNERS_WORDS = Pattern.compile("(?:\\p{L}+\\s+)?\\p{L}+['’]s\\b");

	/** A quote's resolved speaker, as the whole article describes them in the end, and the role given them here. */
	record Resolution(Supplier<Speaker> speaker, String mention, @Nullable String role) {
	}

	private final Lexicon lexicon;

	private final NameIndex names;

	private final List<String> paragraphs;

	private final List<Entity> entities = new ArrayList<>();

	/** The entities by name key, the first of each key. */
	private final Map<String, Entity> byKey = new HashMap<>();

	private final List<Entity> recent = new ArrayList<>();

	private @Nullable Entity lastQuoted;

	/** Who last spoke in a statement ("X said in a statement"), and in which paragraph. */
	private @Nullable Entity lastStatementBy;

	private int lastStatementParagraph;

	/** Who spoke the quote resolved last, and in which paragraph. */
	private @Nullable Entity lastSpeaker;

	private int lastSpeakerParagraph;

	/** The name of the organisation the article names most often, once sought. */
	private @Nullable String salient;

	private boolean salientSought;

	SpeakerResolver(Lexicon lexicon, NameIndex names, List<String> paragraphs) {
		this.lexicon = lexicon;
		this.names = names;
		this.paragraphs = paragraphs;
	}

	Optional<Resolution> resolve(Candidate candidate) {
		return resolve(candidate, List.of(), List.of(), Optional::empty);
	}

	/**
	 * Resolves a candidate's speaker. A personal pronoun prefers the people who open its own sentence and the one
	 * before ({@code near}) to the last speaker, and falls back on the nearest earlier sentence a person opens.
	 */
	Optional<Resolution> resolve(Candidate candidate, List<SpeakerPhrase> near, List<SpeakerPhrase> joined,
			Supplier<Optional<SpeakerPhrase>> farther) {
		SpeakerPhrase phrase = candidate.speaker();
		Entity entity = null;
		if (phrase == null) {
			// ("In a speech, King X said that A. “Q.”": who spoke last in the quotation's own paragraph, though only
			// reported)
			// (an unnamed one too: "A spokesperson ... denied this report, saying A. “Q.”")
			boolean sameParagraph = this.lastSpeaker != null && this.lastSpeakerParagraph == candidate.paragraph()
					&& (this.lastSpeaker.kind == SpeakerKind.PERSON || this.lastSpeaker.kind == SpeakerKind.ANONYMOUS);
			entity = sameParagraph ? this.lastSpeaker : (this.lastQuoted != null) ? this.lastQuoted : last();
			// ("“Q1,” Y said. ... X said he had no intention of doing so. \n\n “Q2 ... Y after 40 years ...”": who
			// spoke in the paragraph before, rather than the last one quoted, whom the words speak of by name)
			boolean spokenOf = entity != null && entity.kind == SpeakerKind.PERSON && namedIn(entity, candidate.text());
			if (spokenOf && this.lastSpeaker != null && this.lastSpeaker != entity
					&& this.lastSpeaker.kind == SpeakerKind.PERSON && !namedIn(this.lastSpeaker, candidate.text())
					&& this.lastSpeakerParagraph == candidate.paragraph() - 1) {
				entity = this.lastSpeaker;
			}
			if (entity != null && !sameParagraph && candidate.opensParagraph()) {
				// ("“A,” said striker X. \n\n Goalkeeper Y was also disappointed. \n\n “Q.”": a person the sentence
				// before introduces by full name as its subject, who has not spoken yet)
				for (SpeakerPhrase subject : near) {
					boolean introduced = subject.isName() && !subject.organization()
							&& NameKey.words(subject.name()).size() >= 2
							&& this.names.firstParagraph(subject) == candidate.paragraph() - 1
							&& find(subject.name()).isEmpty();
					entity = introduced ? named(subject) : entity;
				}
			}
			if (entity == null && candidate.opensParagraph()) {
				// "X hosted a town hall meeting ... \n\n “Q.”": with no one quoted before, the person the paragraph
				// before names, when it names one alone
				List<NameIndex.Person> named = this.names.namedBetween(candidate.paragraph() - 2, candidate.paragraph() - 1);
				entity = (named.size() == 1 && candidate.paragraph() <= 2) ? person(named.get(0)) : null;
			}
			if (entity == null && candidate.opensParagraph()) {
				// ("Speaking at a press conference, Hughton expressed his disappointment. \n\n “Q.”": the person the
				// sentence before is about)
				for (SpeakerPhrase subject : near) {
					if (entity == null && subject.isName() && !subject.organization()
							&& this.names.fullName(subject.name()).isPresent()) {
						entity = named(subject);
					}
				}
			}
		}
		else {
			if (phrase.form() == SpeakerPhrase.Form.PRONOUN && phrase.head().equals("it")) {
				// "The National Counter-Terrorism Agency “reduced the threat level,” it said": the body the words open
				// with, then quote
				entity = openingBody(candidate.text());
			}
			if (entity == null && phrase.isEpithet()) {
				// ("James Milner converted the penalty. The 71-year-old manager said ...": the office tells who)
				entity = epithetHolder(phrase, candidate.paragraph(), candidate.text());
			}
			for (SpeakerPhrase subject : near) {
				entity = (entity != null) ? entity : nearAntecedent(phrase, subject, candidate);
			}
			if (entity != null && entity.kind == SpeakerKind.PERSON && !this.recent.contains(entity)) {
				// "X hobbled off and Howe was frustrated. He told ...": of two people the sentence before names, the
				// one who has spoken already rather than one who has not
				for (SpeakerPhrase subject : joined) {
					Entity other = nearAntecedent(phrase, subject, candidate);
					// (an unnamed one too: "Iheanacho had been linked with X, but his agent explained why ...")
					boolean person = other != null && (other.kind == SpeakerKind.PERSON
							|| other.kind == SpeakerKind.ANONYMOUS && !other.plural);
					if (person && other != entity && this.recent.contains(other)) {
						entity = other;
						break;
					}
				}
			}
			if (entity == null) {
				entity = switch (phrase.form()) {
					case NAME -> named(fullOrganizationName(phrase, candidate), after(phrase, candidate));
					case PRONOUN -> pronoun(phrase, candidate.paragraph(), candidate.span().start(), farther,
							candidate.text());
					case DESCRIPTION -> described(phrase, candidate.paragraph(), candidate.text(),
							candidate.sentence().of(this.paragraphs.get(candidate.paragraph())));
				};
			}
			boolean personal = phrase.head().equals("he") || phrase.head().equals("she");
			if (personal && entity != null && (entity.kind == SpeakerKind.PERSON || entity.kind == SpeakerKind.ANONYMOUS)
					&& genderOf(entity) == 0) {
				// ("a press conference given by Ms Reeves, in which she warned": the person the pronoun's own sentence
				// titles with its gender, rather than one whose gender the article never told)
				Entity titled = titledBefore(phrase.head().equals("he") ? 'm' : 'f', candidate.paragraph(),
						candidate.span().start());
				entity = (titled != null) ? titled : entity;
			}
		}
		if (entity == null) {
			return Optional.empty();
		}
		if (phrase != null && phrase.form() != SpeakerPhrase.Form.PRONOUN && entity.kind == SpeakerKind.PERSON) {
			learnGender(entity, phrase, candidate);
		}
		else if (phrase != null && (entity.kind == SpeakerKind.PERSON || entity.kind == SpeakerKind.ANONYMOUS
				&& !entity.plural) && entity.gender == 0
				&& (phrase.head().equals("he") || phrase.head().equals("she"))) {
			// "Eberle accused her ... He said": the pronoun that refers to a person tells their gender (an unnamed
			// official's too: "A source told AFP ... he stressed")
			entity.gender = phrase.head().equals("he") ? 'm' : 'f';
		}
		this.recent.remove(entity);
		this.recent.add(entity);
		entity.lastParagraph = candidate.paragraph();
		if (candidate.type() != QuoteType.INDIRECT) {
			this.lastQuoted = entity;
		}
		this.lastSpeaker = entity;
		this.lastSpeakerParagraph = candidate.paragraph();
		boolean document = phrase != null && phrase.form() == SpeakerPhrase.Form.DESCRIPTION
				&& STATEMENTS.contains(phrase.head());
		boolean it = phrase != null && phrase.form() == SpeakerPhrase.Form.PRONOUN && phrase.head().equals("it");
		if ((document || it) && entity == this.lastStatementBy) {
			// ("the statement said" again and again: the same statement, however long it is quoted)
			this.lastStatementParagraph = candidate.paragraph();
		}
		if (!document && STATEMENT.matcher(candidate.sentence().of(this.paragraphs.get(candidate.paragraph()))).find()) {
			this.lastStatementBy = entity;
			this.lastStatementParagraph = candidate.paragraph();
		}
		String mention = (phrase != null) ? phrase.text() : "";
		String role = (phrase != null && phrase.role() != null && phrase.form() == SpeakerPhrase.Form.NAME)
				? phrase.role() : entity.role;
		return Optional.of(new Resolution(entity::speaker, mention, role));
	}

	/**
	 * The entity a sentence's subject is when it is what the pronoun can mean: an organisation for "it" ("It said
	 * ..."), a person named or described for "he" and "she"; null otherwise.
	 */
	private @Nullable Entity nearAntecedent(SpeakerPhrase pronoun, SpeakerPhrase subject, Candidate candidate) {
		// "The Movement for X welcomed the decision. “Q,” the group said.": the organisation the sentence before opens with
		if (isGroupReference(pronoun)) {
			boolean named = subject.isName() && subject.organization();
			// (a reference like the pronoun's, "the group accused ...", is no antecedent: it needs one itself)
			boolean sameKind = !subject.isName() && subject.organization() && GROUP_NOUNS.contains(subject.head())
					&& !isGroupReference(subject);
			return (named || sameKind) ? (named ? named(subject) : described(subject, candidate.paragraph(),
					candidate.text())) : null;
		}
		if (pronoun.head().equals("it")) {
			// ("The statement reminded that A. It also noted that B": the statement, whose issuer speaks)
			boolean statement = !subject.isName() && subject.definite() && !subject.plural()
					&& STATEMENTS.contains(subject.head());
			boolean organization = subject.organization() || statement
					|| (!subject.isName() && this.lexicon.isOrganizationWord(subject.head()));
			if (!organization) {
				return null;
			}
			return subject.isName() ? named(subject) : described(subject, candidate.paragraph(), candidate.text());
		}
		if (pronoun.head().equals("they")) {
			// ("Researchers from X offered an explanation: before birth, they say, ...": people the sentence before
			// opens with, in the plural)
			return !subject.isName() && subject.plural() && isPersonNoun(subject.head())
					? described(subject, candidate.paragraph(), candidate.text()) : null;
		}
		// "Medina, 33, dismissed ...": a surname that is also a place's name, of a person the article names in full
		boolean surname = subject.isName() && !subject.name().contains(" ")
				&& this.names.fullName(subject.name()).isPresent();
		if (subject.organization() && !surname) {
			return null;
		}
		Entity person = subject.isName() ? personNamed(subject)
				: isPersonNoun(subject.head()) ? described(subject, candidate.paragraph(), candidate.text()) : null;
		Matcher owner = OWNER_OF_THING.matcher(subject.text());
		if (person == null && !subject.isName() && (pronoun.head().equals("he") || pronoun.head().equals("she"))
				&& owner.matches() && this.names.fullName(owner.group(1)).isPresent()) {
			// "Hariri’s resignation toppled his government. He said ...": the person whose act opens the sentence
			person = person(this.names.fullName(owner.group(1)).get());
		}
		// "Minister Sarah X said ... Mr Y said ... “Q,” she said": not the man
		char other = pronoun.head().equals("he") ? 'f' : pronoun.head().equals("she") ? 'm' : 0;
		// (nor the person the words speak of by name: "The chief replied ... He later complained that ..., Halevi made
		// a mountain out of a molehill")
		// (and no organisation known for one: "U.N. said ... “Q,” he said")
		return (person != null && (other != 0 && genderOf(person) == other
				|| other != 0 && person.kind == SpeakerKind.PERSON && namedIn(person, candidate.text())
				|| other != 0 && person.kind == SpeakerKind.ORGANIZATION && !person.guessed)) ? null : person;
	}

	/** An organisation's name that a content opens with, right before a quotation mark; else null. */
	private @Nullable Entity openingBody(String content) {
		Matcher matcher = OPENING_NAME.matcher(content);
		if (!matcher.lookingAt()) {
			return null;
		}
		return SpeakerPhrase.parse(matcher.group(1), this.lexicon)
			.filter((found) -> found.isName() && found.organization())
			.map(this::named)
			.orElse(null);
	}

	/** Capitalised words, an article first, that open a content right before a quotation mark. */
	private static final Pattern OPENING_NAME = Pattern
		.compile("((?:The\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:of\\s+|for\\s+|and\\s+)?(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*){0,7})\\s+[“\"]");

	/** What the phrase that named a person, their role and the content show of their gender. */
	private void learnGender(Entity entity, SpeakerPhrase phrase, Candidate candidate) {
		if (entity.gender == 0) {
			entity.gender = genderOfWords(phrase.text() + " " + ((entity.role != null) ? entity.role : ""));
		}
		if (entity.gender == 0 && candidate.type() != QuoteType.DIRECT) {
			// "Lindqvist said she would ...": the speaker speaks of herself
			List<String> content = NameKey.words(candidate.text());
			String first = content.isEmpty() ? "" : content.get(0);
			entity.gender = first.equals("he") ? 'm' : first.equals("she") ? 'f' : 0;
		}
	}

	/** A person's gender as far as the article shows it, a courtesy title before their surname included. */
	private char genderOf(Entity entity) {
		if (entity.gender == 0 && entity.kind == SpeakerKind.PERSON) {
			entity.gender = genderOfWords(String.join(" ", entity.aliases) + " " + ((entity.role != null) ? entity.role : ""));
		}
		if (entity.gender == 0 && entity.kind == SpeakerKind.PERSON && !entity.titleSearched) {
			entity.titleSearched = true;
			Pattern titled = Pattern.compile("\\b(Mr|Mrs|Ms|Miss)\\.?\\s+" + Pattern.quote(NameKey.surnameOf(entity.name)),
					Pattern.CASE_INSENSITIVE);
			for (String paragraph : this.paragraphs) {
				Matcher matcher = titled.matcher(paragraph);
				if (matcher.find()) {
					entity.gender = matcher.group(1).equalsIgnoreCase("mr") ? 'm' : 'f';
					break;
				}
			}
		}
		return entity.gender;
	}

	private static char genderOfWords(String text) {
		for (String word : NameKey.words(text)) {
			if (MALE_WORDS.contains(word)) {
				return 'm';
			}
			if (FEMALE_WORDS.contains(word)) {
				return 'f';
			}
		}
		return 0;
	}

	private static final Set<String> MALE_WORDS = Set.of("mr", "sir", "lord", "king", "prince", "sheikh", "emir",
			"sultan", "spokesman", "chairman", "congressman", "councilman", "assemblyman", "businessman", "father", "son",
			"brother", "husband", "man", "boy", "uncle", "grandfather", "actor", "duke", "baron");

	private static final Set<String> FEMALE_WORDS = Set.of("mrs", "ms", "miss", "madam", "lady", "dame", "queen",
			"princess", "sheikha", "spokeswoman", "chairwoman", "congresswoman", "councilwoman", "assemblywoman",
			"businesswoman", "mother", "daughter", "sister", "wife", "woman", "girl", "aunt", "grandmother", "actress",
			"duchess", "countess", "baroness");

	private Entity named(SpeakerPhrase phrase) {
		return named(phrase, "");
	}

	/**
	 * The entity a name refers to; {@code context} is the text that follows the name in its sentence, whose first
	 * possessive or personal pronoun tells a lone name's person ("Zelenskiy urged ... against his country") from an
	 * organisation ("Iridium said its net loss ...").
	 */
	private Entity named(SpeakerPhrase phrase, String context) {
		String name = phrase.name();
		List<String> words = NameKey.words(name);
		// the same name, else the last quoted of those it is part of ("the Foreign Ministry" after "Egypt’s Foreign
		// Ministry ... Jordan’s Foreign Ministry"), else the first named
		Entity entity = find(name).filter((known) -> known.kind != SpeakerKind.ANONYMOUS).orElse(null);
		if (entity != null && entity.guessed && !phrase.organization() && personalPronounFirst(context)) {
			// ("Assad says A ... Assad said in May that he was": the lone name taken for a body's is a person's, whose
			// own pronoun follows)
			entity.kind = SpeakerKind.PERSON;
			entity.guessed = false;
		}
		if (entity == null && ACRONYM.matcher(name).matches()) {
			// "the Saudi Press Agency (SPA) reported ...; SPA said": the acronym the article gave a name
			String given = "(" + name + ")";
			// (but not a person whose role ends with an organisation's: "X, Commander of the Syrian Democratic
			// Forces (SDF)" is not the SDF)
			entity = this.entities.stream()
				.filter((known) -> known.aliases.stream().anyMatch((alias) -> alias.endsWith(given))
						&& (known.kind != SpeakerKind.PERSON || initials(known.name).equalsIgnoreCase(name)))
				.findFirst()
				// "the Israel Defense Forces said ...; according to the IDF": the initials of an organisation named
				.or(() -> this.entities.stream()
					.filter((known) -> known.kind == SpeakerKind.ORGANIZATION && initials(known.name).equals(name))
					.findFirst())
				.orElse(null);
		}
		// (and "the Observatory" after "the Syrian Observatory for Human Rights": a name's word after "the")
		boolean definiteWord = words.size() == 1 && phrase.text().toLowerCase(Locale.ROOT).startsWith("the ");
		if (entity == null && words.size() == 1 && (this.lexicon.isOrganizationWord(words.get(0)) || definiteWord)) {
			// "The Council of Ministers reiterated ...; The Council condemned ...": the body named in full before
			// (the fullest name of it: "the X Ministry of Health" rather than "X Ministry")
			for (int i = this.recent.size() - 1; i >= 0; i--) {
				Entity known = this.recent.get(i);
				boolean body = known.kind == SpeakerKind.ORGANIZATION && known.words.size() > 1
						&& known.words.contains(words.get(0));
				entity = (body && (entity == null || known.words.size() > entity.words.size())) ? known : entity;
			}
		}
		// ("Safadi and Pompeo stressed ...; Safadi thanked ...": one of a pair is not the pair)
		boolean pair = phrase.text().contains(" and ");
		for (int i = this.recent.size() - 1; i >= 0 && entity == null; i--) {
			Entity known = this.recent.get(i);
			entity = (known.kind != SpeakerKind.ANONYMOUS && NameIndex.matches(known.words, words)
					&& (pair || !isPair(known))) ? known : null;
		}
		for (int i = 0; i < this.entities.size() && entity == null; i++) {
			Entity known = this.entities.get(i);
			entity = (known.kind != SpeakerKind.ANONYMOUS && NameIndex.matches(known.words, words)
					&& (pair || !isPair(known))) ? known : null;
		}
		for (int i = 0; i < this.entities.size() && entity == null && !phrase.organization(); i++) {
			// ("Abu Zaid" after "Ahmed Abu Zeid": the name spelled another way)
			Entity known = this.entities.get(i);
			entity = (known.kind == SpeakerKind.PERSON && NameIndex.variantOf(known.words, words)) ? known : null;
		}
		if (entity == null) {
			// ("Prince Saud" is "Saud Al-Faisal", not "Salman bin Abdulaziz Al-Saud": a royal's courtesy before one name
			// gives the first name)
			boolean given = words.size() == 1 && phrase.role() != null && SpeakerPhrase.isCourtesyOnly(phrase.role());
			// (and "Prime Minister X visited ... X said": a lone name the narration titled is a person's)
			Optional<NameIndex.Person> person = phrase.organization() ? Optional.empty()
					: (given ? this.names.byFirstName(name).or(() -> this.names.fullName(name)) : this.names.fullName(name))
						.or(() -> (phrase.role() == null) ? this.names.titledAlone(name) : Optional.empty());
			if (person.isPresent()) {
				entity = find(person.get().name())
					.orElseGet(() -> add(new Entity(person.get().name(), SpeakerKind.PERSON, person.get().role(), false)));
			}
			else {
				// ("a defiant Asir": a name after an adjective is a person's)
				boolean described = INDEFINITE_START.matcher(phrase.text()).lookingAt();
				// ("Minister X", "X, who chairs the committee": a person's title before a lone name, or "who" after it)
				int at = phrase.text().lastIndexOf(name);
				String[] before = (at > 0) ? phrase.text().substring(0, at).strip().split("\\s+") : new String[0];
				String title = (before.length > 0) ? before[before.length - 1] : "";
				boolean personal = !title.isEmpty() && (isPersonNoun(title.toLowerCase(Locale.ROOT))
						|| title.endsWith(".") && this.lexicon.isTitleWord(title))
						|| WHO_AFTER.matcher(context).lookingAt();
				// (and initials alone, "U.N", are an organisation's or a nation's, no person's given name and surname,
				// as a broadcaster's call letters are a station's)
				boolean organization = phrase.organization() || INITIALS_ONLY.matcher(name).matches()
						|| CALL_LETTERS.matcher(name).matches()
						|| (words.size() < 2 && !personalPronounFirst(context) && !described && !personal);
				// "Hamas and Fatah said": two names of no one the article names are two parties speaking together
				boolean joint = phrase.plural() && JOINT_NAMES.matcher(phrase.text()).matches();
				// ("the RSF said" where the article spells out the paramilitary Rapid Support Forces: by those words)
				String named = joint ? phrase.text()
						: ACRONYM.matcher(name).matches() ? spelledOut(name).orElse(name) : name;
				// ("Chelsea manager, X Y has ...", then "X Y said": the role where the article named them)
				String role = (phrase.role() == null && !organization && !joint && words.size() >= 2)
						? this.names.roleOf(named).orElse(null) : phrase.role();
				entity = find(named).orElseGet(() -> add(new Entity(named,
						organization || joint ? SpeakerKind.ORGANIZATION : SpeakerKind.PERSON, role, false)));
				entity.guessed = entity.kind == SpeakerKind.ORGANIZATION && !phrase.organization() && !joint
						&& words.size() < 2;
			}
		}
		entity.aliases.add(name);
		if (phrase.text().endsWith(")")) {
			// the acronym the name was given, by which it is found again
			entity.aliases.add(phrase.text());
		}
		if (phrase.role() != null) {
			if (entity.role == null) {
				entity.role = phrase.role();
			}
			entity.aliases.add(phrase.text());
		}
		return entity;
	}

	/**
	 * "the Fund" after "the International Monetary Fund (IMF) raised ...": a capitalised organisation's word alone
	 * refers to the last full name the article gave that ends in it, up to the quote's paragraph.
	 */
	private SpeakerPhrase fullOrganizationName(SpeakerPhrase phrase, Candidate candidate) {
		String name = phrase.name();
		boolean bare = name != null && !name.contains(" ") && phrase.text().toLowerCase(Locale.ROOT).startsWith("the ")
				&& this.lexicon.isOrganizationWord(name);
		if (!bare) {
			return phrase;
		}
		// (with its complement: "the Syrian Observatory for Human Rights", "the Tavers Ministry of Health")
		Pattern full = Pattern.compile("((?:\\p{Lu}[\\p{L}’'-]*\\s+(?:(?:of|for|and|on)\\s+)?){1,6})" + Pattern.quote(name)
				+ "\\b((?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}’'-]*){0,4})?)");
		for (int p = candidate.paragraph(); p >= 0; p--) {
			String text = this.paragraphs.get(p);
			int limit = (p == candidate.paragraph()) ? candidate.span().start() : text.length();
			Matcher matcher = full.matcher(text.substring(0, Math.max(0, limit)));
			String found = null;
			while (matcher.find()) {
				// (not who is based where: "the Britain-based Syrian Observatory ...")
				// (nor an owner's name that opens the complement's own noun: "the Interior Ministry of X’s government")
				String complement = matcher.group(2).matches("(?s).*['’]s") ? "" : matcher.group(2);
				found = SpeakerPhrase.withoutBacker((matcher.group(1) + name + complement)
					.replaceFirst("^(?:The|A)\\s+", ""));
			}
			if (found != null && found.contains(" ")) {
				return new SpeakerPhrase(phrase.text(), phrase.form(), found, phrase.role(), NameKey.surnameOf(found),
						phrase.definite(), phrase.plural(), true);
			}
		}
		return phrase;
	}

	/** The person entity a name refers to, created when the article names a person not yet quoted; else null. */
	private @Nullable Entity personNamed(SpeakerPhrase name) {
		if (this.names.namesPlace(name.name())) {
			// ("Residents of Abu Delig ... Abu Delig is between ...; she said": a place is nobody a pronoun refers to)
			return null;
		}
		List<String> words = NameKey.words(name.name());
		// (of two people a surname names, the one who spoke last: "Hamid X said ... Karim X said ... “Q,” X said. He
		// added")
		for (int i = this.recent.size() - 1; i >= 0; i--) {
			Entity known = this.recent.get(i);
			if (known.kind == SpeakerKind.PERSON && NameIndex.matches(known.words, words)) {
				return known;
			}
		}
		for (Entity known : this.entities) {
			if (known.kind == SpeakerKind.PERSON && NameIndex.matches(known.words, words)) {
				return known;
			}
		}
		if (words.size() < 2) {
			// a lone name that a personal pronoun refers back to is a person's ("Al-Awadi stated ... He added"), unless
			// the article called it an organisation ("The Hezbollah resistance movement warned ...")
			Entity known = name.organization() ? null : find(name.name()).orElse(null);
			if (known != null && known.kind == SpeakerKind.ORGANIZATION && !known.guessed) {
				return null;
			}
			if (known != null && known.kind == SpeakerKind.ORGANIZATION) {
				known.kind = SpeakerKind.PERSON;
				known.guessed = false;
			}
			// "Medina, 33, dismissed the comments. “Q,” the Mexican said": the surname of someone named, not quoted
			// (a place's name too: "Medina" is Carlos Medina's surname where the article names him)
			Optional<NameIndex.Person> full = (known == null) ? this.names.fullName(name.name()) : Optional.empty();
			if (full.isEmpty() && known == null && !name.organization() && name.role() != null) {
				// ("the Foreign Ministry spokesperson, Baqaei, addressed ...": a lone name a person's title announces)
				List<String> role = NameKey.words(name.role());
				if (!role.isEmpty() && isPersonNoun(role.get(role.size() - 1))) {
					return add(new Entity(name.name(), SpeakerKind.PERSON, name.role(), false));
				}
			}
			return full.isPresent() ? person(full.get()) : known;
		}
		return named(name);
	}

	private @Nullable Entity pronoun(SpeakerPhrase phrase, int paragraph, int offset,
			Supplier<Optional<SpeakerPhrase>> farther, String content) {
		String word = phrase.head();
		Entity spokenOf = null;
		for (int i = this.recent.size() - 1; i >= 0; i--) {
			Entity entity = this.recent.get(i);
			boolean compatible = switch (word) {
				case "he", "she" -> (entity.kind == SpeakerKind.PERSON
						|| (entity.kind == SpeakerKind.ANONYMOUS && !entity.plural))
						&& genderOf(entity) != (word.equals("he") ? 'f' : 'm');
				case "i" -> entity.kind == SpeakerKind.PERSON
						|| (entity.kind == SpeakerKind.ANONYMOUS && !entity.plural);
				case "it" -> entity.kind == SpeakerKind.ORGANIZATION;
				default -> entity.kind == SpeakerKind.ORGANIZATION || entity.plural;
			};
			if (compatible && spokenOf == null && entity.kind == SpeakerKind.PERSON && namedIn(entity, content)) {
				// "He later complained that ... Y made a mountain out of a molehill": who is spoken of by name in the
				// words is not who speaks them, when someone else spoke before
				spokenOf = entity;
				continue;
			}
			if (compatible) {
				Entity named = (word.equals("he") || word.equals("she")) && genderOf(entity) == 0
						? newcomer(entity, word.equals("he") ? 'm' : 'f', paragraph, offset) : null;
				if (named == null && word.equals("she") && genderOf(entity) == 0) {
					// ("'A,' she said. ... 'B,' said Tesk. ... 'C,' she said": a woman who spoke of late, over a
					// speaker whose gender the article never told)
					named = womanBefore(i, paragraph);
				}
				return (named != null) ? named : entity;
			}
		}
		if (spokenOf != null) {
			return spokenOf;
		}
		Entity last = this.recent.isEmpty() ? null : this.recent.get(this.recent.size() - 1);
		if ((word.equals("he") || word.equals("she")) && last != null && last.guessed) {
			// "“Q,” Nasser said. She added ...": with no person before, the lone name taken for an organisation's is
			// the person's the pronoun refers to (whose gender resolve() then learns from the pronoun)
			last.kind = SpeakerKind.PERSON;
			last.guessed = false;
			return last;
		}
		if (word.equals("he") || word.equals("she")) {
			// (not of the other gender: "He added ... Anna X was stunned. “Q,” she said" is not the man's)
			char other = word.equals("he") ? 'f' : 'm';
			Entity subject = farther.get().map(this::personNamed).filter((found) -> genderOf(found) != other)
				.orElse(null);
			// (of the pronoun's own paragraph, one named before it: "“Q,” he said. ... Y presented ..." is not Y's)
			return (subject != null) ? subject
					: this.names.lastPersonBefore(paragraph, offset, this.paragraphs.get(paragraph))
						.map(this::person)
						.filter((found) -> genderOf(found) != other)
						.orElse(null);
		}
		if (word.equals("it") && this.lastStatementBy != null
				&& paragraph - this.lastStatementParagraph <= STATEMENT_PARAGRAPHS) {
			// "X said in a statement ... “Q,” it said": with no organisation before, the statement quoted of late
			return this.lastStatementBy;
		}
		if (word.equals("it") || word.equals("they")) {
			return salientOrganization();
		}
		return null;
	}

	/**
	 * The person a courtesy title of the given gender names in the sentence before {@code offset} ("given by Ms Reeves,
	 * in which she"), when the article names that person in full; else null.
	 */
	private @Nullable Entity titledBefore(char gender, int paragraph, int offset) {
		String text = this.paragraphs.get(paragraph);
		String before = text.substring(0, Math.min(offset, text.length()));
		Matcher stop = SENTENCE_STOP.matcher(before);
		int start = 0;
		while (stop.find()) {
			start = stop.end();
		}
		Matcher titled = COURTESY_TITLED.matcher(before).region(start, before.length());
		Entity found = null;
		while (titled.find()) {
			char theirs = titled.group(1).equalsIgnoreCase("mr") ? 'm' : 'f';
			found = (theirs == gender) ? this.names.fullName(titled.group(2)).map(this::person).orElse(null) : null;
		}
		return found;
	}

	/** A courtesy title that tells a gender, and the surname after it: "Ms Reeves", "Mr. Hughes". */
	private static final Pattern COURTESY_TITLED = Pattern.compile("\\b(Mr|Mrs|Ms|Miss)\\.?\\s+(\\p{Lu}[\\p{L}'’-]+)");

	/** The end of a sentence within a paragraph. */
	private static final Pattern SENTENCE_STOP = Pattern.compile("[.!?][”\"’']?\\s+(?=[“\"]?\\p{Lu})");

	/** Whether the words name a person by the last word of the name: "Halevi made a mountain out of a molehill". */
	private static boolean namedIn(Entity entity, String content) {
		List<String> words = NameKey.words(entity.name);
		if (words.size() < 2 || content.isEmpty()) {
			return false;
		}
		String surname = entity.name.substring(entity.name.lastIndexOf(' ') + 1);
		for (int at = content.indexOf(surname); at >= 0; at = content.indexOf(surname, at + 1)) {
			int after = at + surname.length();
			boolean opens = at == 0 || !Character.isLetter(content.charAt(at - 1)) && content.charAt(at - 1) != '-';
			boolean closes = after >= content.length()
					|| !Character.isLetter(content.charAt(after)) && content.charAt(after) != '-';
			if (opens && closes) {
				return true;
			}
		}
		return false;
	}

	/** How far back, in paragraphs, "she" may refer to a woman who spoke, over a speaker of no known gender. */
	private static final int WOMAN_PARAGRAPHS = 4;

	/** The person known to be a woman who spoke last before the recent entity {@code at}, not long ago; else null. */
	private @Nullable Entity womanBefore(int at, int paragraph) {
		for (int k = at - 1; k >= 0; k--) {
			Entity earlier = this.recent.get(k);
			if (earlier.kind == SpeakerKind.PERSON && genderOf(earlier) == 'f'
					&& paragraph - earlier.lastParagraph <= WOMAN_PARAGRAPHS) {
				return earlier;
			}
		}
		return null;
	}

	/**
	 * "X says Q. ... Y expresses her solidarity ... “Q,” she writes": the person named last, after the speaker of no known
	 * gender spoke, whom the text gives the pronoun's gender; else null.
	 */
	private @Nullable Entity newcomer(Entity speaker, char gender, int paragraph, int offset) {
		List<NameIndex.Person> named = this.names.namedBetween(speaker.lastParagraph, paragraph);
		for (int i = named.size() - 1; i >= 0; i--) {
			NameIndex.Person person = named.get(i);
			Entity known = find(person.name()).orElse(null);
			int at = this.paragraphs.get(person.paragraph()).indexOf(person.name());
			if (known == speaker || known != null && known.kind != SpeakerKind.PERSON
					|| person.paragraph() == paragraph && (at < 0 || at > offset)) {
				continue;
			}
			// (what the person does with what is theirs: "Y expresses her solidarity", "Y offered his condolences")
			Matcher matcher = Pattern
				.compile(Pattern.quote(person.name()) + "\\s+\\p{Ll}+\\s+(his|her)\\s+(\\p{Ll}{3,})")
				.matcher(this.paragraphs.get(person.paragraph()));
			if (matcher.find() && !NOT_POSSESSIONS.contains(matcher.group(2))) {
				char theirs = matcher.group(1).equals("his") ? 'm' : 'f';
				return (theirs == gender) ? person(person) : null;
			}
		}
		return null;
	}

	/** Words after "his" or "her" that name nothing of theirs: "told his that", "ran for her over". */
	private static final Set<String> NOT_POSSESSIONS = Set.of("that", "for", "about", "with", "from", "into", "over",
			"and", "but", "was", "had");

	/** The title and portfolio words before a description's head: "foreign" in "the Kingdom's foreign minister". */
	private List<String> qualifiers(SpeakerPhrase phrase) {
		return qualifiers(phrase, this.lexicon);
	}

	static List<String> qualifiers(SpeakerPhrase phrase, Lexicon lexicon) {
		List<String> words = NameKey.words(phrase.text());
		int head = words.lastIndexOf(phrase.head());
		return words.subList(0, Math.max(0, head))
			.stream()
			.filter((word) -> (lexicon.isTitleWord(word) || lexicon.isPortfolioWord(word)) && !PARTIES.contains(word))
			// ("the local police chief" is "Chief of Police X": where, unless a minister's portfolio)
			.filter((word) -> !PLACE_PORTFOLIOS.contains(word) || MINISTERIAL.contains(phrase.head()))
			.toList();
	}

	/** Portfolio words that, before another office's noun, only say where it is: "the local police chief". */
	private static final Set<String> PLACE_PORTFOLIOS = Set.of("local", "municipal", "rural", "national");

	/** The nouns of offices whose portfolio may be a place's adjective: "the local government minister". */
	private static final Set<String> MINISTERIAL = Set.of("minister", "ministry", "secretary", "department");

	/** The words that make a diplomat the foreign minister: "the top diplomat", "the country's chief diplomat". */
	private static final Set<String> CHIEF = Set.of("top", "chief");

	/** A party's word before a title tells no title apart: "Gov. X ... the Republican governor". */
	private static final Set<String> PARTIES = Set.of("republican", "democrat", "democratic");

	private @Nullable Entity described(SpeakerPhrase phrase, int paragraph, String content) {
		return described(phrase, paragraph, content, "");
	}

	/** {@code sentence}: where the phrase stands, which may name the body a group's noun refers to. */
	private @Nullable Entity described(SpeakerPhrase phrase, int paragraph, String content, String sentence) {
		// ("the Saudi top diplomat" is the Saudi foreign minister)
		boolean chiefDiplomat = phrase.head().equals("diplomat")
				&& NameKey.words(phrase.text()).stream().anyMatch(CHIEF::contains);
		String head = chiefDiplomat ? "minister" : phrase.head();
		List<String> qualifiers = chiefDiplomat ? List.of("foreign") : qualifiers(phrase);
		String nationality = nationality(phrase);
		boolean surname = !phrase.text().contains(" ") && Character.isUpperCase(phrase.text().charAt(0))
				&& !phrase.plural() && this.lexicon.isTitleWord(head);
		Optional<NameIndex.Person> bearer = surname ? this.names.fullName(phrase.text()) : Optional.empty();
		if (bearer.isPresent()) {
			// "Stephen King said ...; King added": a surname that is also a title
			return named(new SpeakerPhrase(phrase.text(), SpeakerPhrase.Form.NAME, bearer.get().name(), null,
					NameKey.surnameOf(bearer.get().name()), false, false, false));
		}
		Entity ordinal = latterOrFormer(phrase, paragraph);
		if (ordinal != null) {
			ordinal.aliases.add(phrase.text());
			return ordinal;
		}
		if (head.equals(SpeakerPhrase.ANOTHER)) {
			for (int i = this.recent.size() - 1; i >= 0; i--) {
				Entity entity = this.recent.get(i);
				if (entity.kind == SpeakerKind.ANONYMOUS && entity.plural) {
					entity.aliases.add(phrase.text());
					return entity;
				}
			}
			return null;
		}
		if (phrase.isEpithet()) {
			Entity holder = epithetHolder(phrase, paragraph, content);
			return (holder != null) ? holder : pronoun(HE, paragraph, Integer.MAX_VALUE, Optional::empty, "");
		}
		if (phrase.definite() && !phrase.plural() && OUTLET_NOUNS.contains(head)) {
			// "The Yeni Safak newspaper said A ... “Q,” the Turkish newspaper wrote": the outlet named with that noun
			for (int i = this.recent.size() - 1; i >= 0; i--) {
				Entity entity = this.recent.get(i);
				// (named so where the article names it: "the Yeni Safak newspaper", "the daily Al-Nahar")
				// ("the paper" is what the article called "the Al-Riyadh newspaper")
				String noun = head.equals("paper") ? "newspaper" : head;
				boolean named = this.paragraphs.stream()
					.anyMatch((text) -> text.contains(entity.name + " " + head) || text.contains(head + " " + entity.name)
							|| text.contains(entity.name + " " + noun) || text.contains(noun + " " + entity.name));
				// (or a collective whose noun it is: "state television reported ... “Q,” the television said")
				boolean collective = entity.kind == SpeakerKind.ANONYMOUS && !entity.words.isEmpty()
						&& entity.words.get(entity.words.size() - 1).equals(head);
				if (entity.kind == SpeakerKind.ORGANIZATION && named || collective) {
					entity.aliases.add(phrase.text());
					return entity;
				}
			}
		}
		if (phrase.definite() && !phrase.plural() && head.equals("report") && this.lastSpeaker != null
				&& this.lastSpeaker.kind == SpeakerKind.ORGANIZATION && paragraph - this.lastSpeakerParagraph <= 1) {
			// "..., the daily Y reported. The report emphasized that B": the report of the outlet that spoke last
			this.lastSpeaker.aliases.add(phrase.text());
			return this.lastSpeaker;
		}
		// (further back only when no body has spoken since: "the IDF issued a response, stating ... the statement
		// added" is the IDF's)
		boolean bodySince = this.lastSpeaker != null && this.lastSpeaker.kind == SpeakerKind.ORGANIZATION
				&& this.lastSpeakerParagraph > this.lastStatementParagraph;
		int statementReach = bodySince ? STATEMENT_PARAGRAPHS : NAMED_STATEMENT_PARAGRAPHS;
		if (phrase.definite() && !phrase.plural() && STATEMENTS.contains(head) && this.lastStatementBy != null
				&& paragraph - this.lastStatementParagraph <= statementReach) {
			// "The ministry said in a statement that A. The statement added that B": the ministry's statement
			this.lastStatementBy.aliases.add(phrase.text());
			return this.lastStatementBy;
		}
		boolean statement = phrase.definite() && !phrase.plural() && STATEMENTS.contains(head);
		if (statement && this.lastSpeaker != null && this.lastSpeaker.kind == SpeakerKind.ORGANIZATION
				&& paragraph - this.lastSpeakerParagraph <= STATEMENT_PARAGRAPHS) {
			// "X's office clarified on Thursday that A. The statement emphasized B": what the organisation that
			// spoke last issued (a person who said something made no statement that the text tells of)
			this.lastSpeaker.aliases.add(phrase.text());
			return this.lastSpeaker;
		}
		Optional<SpeakerPhrase> issuer = statement ? issuer(paragraph) : Optional.empty();
		if (issuer.isPresent()) {
			// "A statement issued by the X Forces welcomed ... “Q,” the statement read": X's statement
			Entity entity = named(issuer.get());
			entity.aliases.add(phrase.text());
			return entity;
		}
		if (phrase.definite() && phrase.plural() && isPersonNoun(head) && COUNTED.matcher(phrase.text()).find()) {
			// "X met Y. The two ministers stressed ...": both of them, no one of them
			// (who were named together: "a Hamas official and an Egyptian official said ...; the two officials said")
			for (int i = this.recent.size() - 1; i >= 0; i--) {
				Entity entity = this.recent.get(i);
				if (entity.name.contains(" and ") && NameKey.words(entity.name).contains(head)) {
					entity.aliases.add(phrase.text());
					return entity;
				}
			}
			String written = lowerArticle(phrase.text());
			Entity group = find(written).orElseGet(() -> add(new Entity(written, SpeakerKind.ANONYMOUS, null, true)));
			group.aliases.add(phrase.text());
			return group;
		}
		// ("The presiding official said A ... The presiding official and the city attorney responded B ... the presiding
		// official said C": the very description of a modifier and a noun that an unnamed speaker goes by)
		Optional<Entity> goesBy = (phrase.definite() && !phrase.plural() && NameKey.words(phrase.text()).size() >= 2)
				? find(lowerArticle(phrase.text())).filter((entity) -> entity.kind == SpeakerKind.ANONYMOUS)
				: Optional.empty();
		if (goesBy.isPresent()) {
			goesBy.get().aliases.add(phrase.text());
			return goesBy.get();
		}
		if (phrase.definite()) {
			Entity leader = LEADER_NOUNS.contains(head) ? leader(phrase) : null;
			if (leader != null) {
				leader.aliases.add(phrase.text());
				return leader;
			}
			// "his Egyptian counterpart X ... the Egyptian minister said": a nationality tells two holders of one
			// office apart, and who was named as another's counterpart holds it too
			// "the ministry" is no "finance ministry official"
			boolean personal = isPersonNoun(head);
			// ("the Qatari leader" is the Qatari Prime Minister the article named: a nation's leader heads it, or its
			// parliament, "the veteran Lebanese leader" for "Lebanese Parliament Speaker X"; or "President X", whose
			// role names no nation)
			boolean nationsLeader = head.equals("leader") && qualifiers.isEmpty();
			Entity compatriot = (nationality == null) ? null
					: describedAs((role) -> nationalities(role).contains(nationality)
							&& (roleFits(role, qualifiers, head) || roleFits(role, List.of(), COUNTERPART)
									|| nationsLeader && LEADING_OFFICES.stream()
										.anyMatch((title) -> roleFits(role, List.of(), title))),
							paragraph, content, personal, phrase.plural());
			// "the Turkish minister" is not "Egyptian Foreign Minister X"; "the minister" is either
			// "the head of the UN agency" is not "the head of diplomacy": a complement tells offices apart too
			// ("the Gorran bloc head" is not "Head of the Fazila bloc" either: the names in them tell offices apart)
			List<String> complement = complement(phrase.text());
			List<String> names = namedWords(phrase, this.lexicon);
			Entity holder = (compatriot != null) ? compatriot
					: describedAs((role) -> (roleFits(role, qualifiers, head) || nationsLeader && nationality != null
							&& HEADS.stream().anyMatch((title) -> roleFits(role, List.of(), title)))
							&& !foreign(role, nationality) && NameKey.words(role).containsAll(complement)
							&& !namesOtherThan(role, names, this.lexicon),
							paragraph, content, personal, phrase.plural());
			if (holder != null && nationality != null && holder.described((role) -> !nationalities(role).isEmpty()
					&& !nationalities(role).contains(nationality))) {
				// ("the Greek Foreign Minister added ... the Turkish Foreign Minister said": whom the article called
				// another nation's holds no office of this one)
				holder = null;
			}
			if (holder != null && holder.kind == SpeakerKind.ORGANIZATION && namesOtherThan(holder.name, names, this.lexicon)) {
				// "the youth office of the X Party ... the youth office ... the Y Movement's youth office": another's
				holder = null;
			}
			if (holder != null) {
				holder.aliases.add(phrase.text());
				return holder;
			}
			// (a minister's or a secretary's portfolio, no title: "the prime minister" is someone else)
			boolean portfolio = MINISTERIAL.contains(head) && qualifiers.stream().noneMatch(this.lexicon::isTitleWord)
					&& (!qualifiers.isEmpty() || complement.stream().anyMatch(this.lexicon::isPortfolioWord));
			Entity unspecified = (personal && !phrase.plural() && portfolio) ? soleHolder(head, nationality, paragraph,
					content) : null;
			if (unspecified != null) {
				// ("Union minister X ... the minority affairs minister said": a portfolio the article never gave, of
				// the one holder of the title whose role names none)
				unspecified.aliases.add(phrase.text());
				return unspecified;
			}
			if (ARMED_FORCES.contains(head)) {
				// "The Israel Defense Forces said ...; the military said": the armed force the article named
				for (int i = this.recent.size() - 1; i >= 0; i--) {
					Entity entity = this.recent.get(i);
					// (but "Army Radio" is a station)
					if (entity.kind == SpeakerKind.ORGANIZATION && !isOutlet(entity)
							&& entity.words.stream().anyMatch(ARMED_FORCES_NAMES::contains)) {
						entity.aliases.add(phrase.text());
						return entity;
					}
				}
			}
			Entity pair = JOINT_NOUNS.contains(head) && phrase.plural() ? pair(phrase, paragraph) : null;
			if (pair != null) {
				pair.aliases.add(phrase.text());
				return pair;
			}
			if (phrase.text().equalsIgnoreCase("the office")) {
				// "The office of Prime Minister X rejected ...; “Q,” the office said": the office that speaks for X
				for (int i = this.recent.size() - 1; i >= 0; i--) {
					Entity entity = this.recent.get(i);
					if (entity.aliases.stream().anyMatch((alias) -> alias.toLowerCase(Locale.ROOT).startsWith("the office of "))) {
						entity.aliases.add(phrase.text());
						return entity;
					}
				}
			}
			Entity titled = titledPerson(phrase);
			if (titled != null) {
				titled.aliases.add(phrase.text());
				return titled;
			}
			// ("According to the Qatari official", "the diplomat said": what the person just quoted is, in the words
			// of a wire that varies its nouns)
			boolean epithet = EPITHET_NOUNS.contains(head) && complement.isEmpty() && names.isEmpty();
			Entity just = (EVERYDAY_NOUNS.contains(head) || epithet) && !phrase.plural() ? lastNamedSpeaker(paragraph)
					: null;
			if (just != null && epithet && just.described((role) -> foreign(role, nationality))) {
				just = null;
			}
			// (not of the other gender: "the father of six" is not Anna, who "said she ...")
			char gender = genderOfWords(phrase.text());
			if (just != null && find(lowerArticle(phrase.text())).isEmpty()
					&& (gender == 0 || genderOf(just) != (gender == 'm' ? 'f' : 'm'))) {
				// "“Q1,” said Abeer X. “Q2,” said the teacher in her 40s": what the person just quoted is, in the
				// words of one who describes rather than names again
				just.aliases.add(phrase.text());
				return just;
			}
			Entity member = MEMBER_NOUNS.contains(head) && !phrase.plural() && !names.isEmpty()
					? memberOf(names) : null;
			if (member != null) {
				// "Hezbollah’s Deputy Secretary General, X, said ...; the top Hezbollah official pointed out": one of
				// the named group's the article has quoted
				member.aliases.add(phrase.text());
				return member;
			}
			boolean former = NameKey.words(phrase.text()).contains("former");
			if (former && !phrase.plural() && isPersonNoun(head)) {
				// "the former Arsenal midfielder said": what a person the article named used to be, an epithet
				Entity earlier = pronoun(HE, paragraph, Integer.MAX_VALUE, Optional::empty, "");
				if (earlier != null && earlier.kind == SpeakerKind.PERSON) {
					earlier.aliases.add(phrase.text());
					return earlier;
				}
			}
			Entity spoke = this.lastSpeaker;
			boolean initials = spoke != null && spoke.kind == SpeakerKind.ORGANIZATION && ACRONYM.matcher(spoke.name).matches()
					&& paragraph - this.lastSpeakerParagraph <= 1;
			if (head.equals("agency") && initials && !phrase.plural() && phrase.text().split("\\s+").length == 2
					&& find(lowerArticle(phrase.text())).isEmpty()) {
				// "The FBI announced A ... the agency said B": the body named by its initials that spoke last
				spoke.aliases.add(phrase.text());
				return spoke;
			}
			// "The Movement for Quality Government said": a capitalised noun with its complement names the group
			String role = phrase.role();
			boolean named = role != null && Character.isUpperCase(role.charAt(0)) && role.contains(" ")
					&& NameKey.words(role).get(0).equals(head);
			// (a force described by its complement is no force named before: "the joint force of the armed movements")
			if (GROUP_NOUNS.contains(head) && !named && !(head.equals("force") && !complement.isEmpty())) {
				// ("According to Hezbollah, “Q,” the party said": the body its own sentence names the source)
				for (int i = this.recent.size() - 1; i >= 0; i--) {
					Entity entity = this.recent.get(i);
					if (entity.kind == SpeakerKind.ORGANIZATION && Character.isUpperCase(entity.name.charAt(0))
							&& Pattern.compile("(?i:according to) " + Pattern.quote(entity.name) + "\\b").matcher(sentence)
								.find()) {
						return entity;
					}
				}
				for (int i = this.recent.size() - 1; i >= 0; i--) {
					Entity entity = this.recent.get(i);
					// "Ford said ...; the company said": a named organisation, not one described by another noun
					// ("the army")
					// (but "the Syrian Observatory for Human Rights" is named: its last word capitalised)
					String last = entity.name.substring(entity.name.lastIndexOf(' ') + 1);
					boolean described = (entity.name.startsWith("the ") || entity.name.startsWith("a ")
							|| entity.name.startsWith("an ")) && !Character.isUpperCase(last.charAt(0));
					boolean otherNoun = described && !entity.words.contains(head);
					// (nor an outlet or a wire's service the article cited: "..., according to Reuters Estimates. The
					// company said")
					boolean press = isOutlet(entity) || !entity.words.isEmpty() && Clauses.WIRES.contains(entity.words.get(0));
					// (or a body described with that noun: "said a coalition of rights groups ... the groups said")
					boolean describedSo = entity.kind == SpeakerKind.ANONYMOUS
							&& (entity.words.contains(head) || entity.words.contains(head + "s"));
					if (entity.kind == SpeakerKind.ORGANIZATION && !otherNoun && !press || describedSo) {
						return entity;
					}
				}
				Entity salient = salientOrganization();
				if (salient != null) {
					salient.aliases.add(phrase.text());
					return salient;
				}
			}
		}
		// "the Saudi Data and Artificial Intelligence Authority (SDAIA)": the name, without its acronym
		String written = lowerArticle(phrase.text()).replaceFirst("\\s*\\([^()]*\\)$", "");
		Entity unnamed = this.lastSpeaker;
		// (but "the ministry source" is no police officer: a body's word in the noun that the person was not described by;
		// nor is "the presiding official" a council member: a participle that tells what the person does)
		List<String> described = NameKey.words(phrase.text());
		boolean otherBody = unnamed != null && described.subList(0, Math.max(0, described.lastIndexOf(head))).stream()
			.anyMatch((word) -> (this.lexicon.isOrganizationWord(word) || word.length() > 5 && word.endsWith("ing"))
					&& !unnamed.words.contains(word));
		if (phrase.definite() && !phrase.plural() && UNNAMED_NOUNS.contains(head) && unnamed != null
				&& unnamed.kind == SpeakerKind.ANONYMOUS && !unnamed.plural && isPerson(unnamed) && !otherBody
				&& !unnamed.described((role) -> foreign(role, nationality))
				&& paragraph - this.lastSpeakerParagraph <= 1 && find(written).isEmpty()) {
			// "A member of the delegation said ...; the Kurdish official explained": an unnamed informant's noun
			// that describes nobody yet, right after an unnamed person spoke, is that person (but "the minister"
			// is someone new)
			unnamed.aliases.add(phrase.text());
			return unnamed;
		}
		String introduced = (phrase.definite() && !phrase.plural() && UNNAMED_NOUNS.contains(head)
				&& find(written).isEmpty()) ? introducedUnnamed(head, paragraph, phrase.text()) : null;
		if (introduced != null) {
			// "An official source at the ministry condemned the attack ... The source added that Q": the source the
			// narration introduced, though it said nothing quoted yet
			String name = lowerArticle(introduced);
			Entity source = find(name).orElseGet(() -> add(new Entity(name, SpeakerKind.ANONYMOUS, null, false)));
			source.aliases.add(phrase.text());
			return source;
		}
		if (phrase.definite() && !phrase.plural() && nationality != null && SPORTING_EPITHETS.contains(head)
				&& find(written).isEmpty()) {
			// "Roberto X has decried ... The Italian boss, who led the side to promotion, said": a nation and a
			// sporting noun that no one named holds is what copy calls the person it writes about, named most
			Entity person = this.names.mostNamedBefore(paragraph).map(this::person).orElse(null);
			if (person != null && person.kind == SpeakerKind.PERSON) {
				person.aliases.add(phrase.text());
				return person;
			}
		}
		// "the Israeli military" is an organisation, as "the army" is
		boolean organization = phrase.organization() || ARMED_FORCES.contains(head);
		SpeakerKind kind = (organization && phrase.definite()) ? SpeakerKind.ORGANIZATION : SpeakerKind.ANONYMOUS;
		Entity entity = find(written).orElseGet(() -> add(new Entity(written, kind, null, phrase.plural())));
		entity.aliases.add(phrase.text());
		return entity;
	}

	/**
	 * The one person the article gave a title with no portfolio ("Union minister X", "the minister, Y"), when no one
	 * else holds one; null otherwise.
	 */
	private @Nullable Entity soleHolder(String head, @Nullable String nationality, int paragraph, String content) {
		if (!this.lexicon.isTitleWord(head)) {
			return null;
		}
		// (the title alone, no other before it: "Prime Minister X" holds another office)
		Predicate<String> otherWord = (word) -> this.lexicon.isPortfolioWord(word)
				|| !word.equals(head) && this.lexicon.isTitleWord(word);
		Predicate<String> bare = (role) -> !foreign(role, nationality)
				&& java.util.Arrays.stream(offices(role, head))
					.anyMatch((part) -> roleFits(part, List.of(), head)
							&& NameKey.words(part).stream().noneMatch(otherWord));
		Set<String> holders = new java.util.HashSet<>(this.names.namesWithRole(bare));
		this.recent.stream().filter((entity) -> entity.described(bare)).forEach((entity) -> holders.add(entity.name));
		Entity holder = (holders.size() <= 1) ? describedAs(bare, paragraph, content, true, false) : null;
		return (holder != null && holder.kind == SpeakerKind.PERSON) ? holder : null;
	}

	/**
	 * "The 71-year-old manager": the person with that office, when the article has named one; null for an epithet
	 * with no office ("the 61-year-old", "the Scot").
	 */
	private @Nullable Entity epithetHolder(SpeakerPhrase phrase, int paragraph, String content) {
		String noun = NameKey.surnameOf(phrase.text()).toLowerCase(Locale.ROOT);
		boolean office = this.lexicon.isTitleWord(noun) && !phrase.text().contains("'") && !phrase.text().contains("’");
		return office ? describedAs((role) -> roleFits(role, List.of(), noun), paragraph, content, true, false) : null;
	}

	/** What an outlet is, by which copy names it again: "the newspaper", "the Turkish daily". */
	private static final Set<String> OUTLET_NOUNS = Set.of("newspaper", "daily", "paper", "channel", "television",
			"broadcaster", "network", "website");

	/** Sporting nouns that copy, with a nation's adjective, calls a person it writes about: "the Italian boss". */
	private static final Set<String> SPORTING_EPITHETS = Set.of("boss", "coach", "manager", "tactician", "gaffer",
			"striker", "midfielder", "defender", "goalkeeper", "keeper", "forward", "winger", "player", "star", "captain",
			"skipper");

	private static final String COUNTERPART = "counterpart";

	/** The titles of those who lead a nation: "prime" of "Prime Minister". */
	private static final List<String> HEADS = List.of("president", "prime", "premier", "king", "emir", "chancellor",
			"sultan");

	/** The offices of a nation's leaders: its heads and the speaker of its parliament. */
	private static final List<String> LEADING_OFFICES = java.util.stream.Stream
		.concat(HEADS.stream(), java.util.stream.Stream.of("speaker"))
		.toList();

	/** The nationality a description gives its head: "egyptian" in "the Egyptian minister"; else null. */
	private @Nullable String nationality(SpeakerPhrase phrase) {
		List<String> words = NameKey.words(phrase.text());
		int head = words.lastIndexOf(phrase.head());
		return words.subList(0, Math.max(0, head)).stream().filter(this.lexicon::isNationality).findFirst().orElse(null);
	}

	/** Nouns for anyone who belongs to a group: "the top Hezbollah official". */
	private static final Set<String> MEMBER_NOUNS = Set.of("official", "figure", "member", "politician", "leader",
			"commander", "cleric", "lawmaker", "representative");

	/** The person quoted last whose role names the group: "Hezbollah’s Deputy Secretary General X", to "hezbollah". */
	private @Nullable Entity memberOf(List<String> group) {
		for (int i = this.recent.size() - 1; i >= 0; i--) {
			Entity entity = this.recent.get(i);
			// (a group named by its members' plural too: "a spokesman for the Houthis" is a Houthi official)
			List<String> role = (entity.role != null) ? NameKey.words(entity.role.replaceAll("['’]s\\b", "")) : List.of();
			if (entity.kind == SpeakerKind.PERSON && !role.isEmpty()
					&& group.stream().allMatch((word) -> role.contains(word) || role.contains(word + "s"))) {
				return entity;
			}
		}
		return null;
	}

	/**
	 * The words of a description, past its first and up to its head, that name something and are no title,
	 * portfolio, nationality or place: "gorran" of "the Gorran bloc head".
	 */
	static List<String> namedWords(SpeakerPhrase phrase, Lexicon lexicon) {
		return namedWords(phrase.text().split("\\s+"), phrase.head(), lexicon);
	}

	private static List<String> namedWords(String[] words, @Nullable String head, Lexicon lexicon) {
		List<String> named = new ArrayList<>();
		// (past the first word, which a sentence's start may capitalise: "One of the sources")
		for (String word : Arrays.asList(words).subList(Math.min(1, words.length), words.length)) {
			String stripped = SpeakerPhrase.strip(word);
			String lower = stripped.toLowerCase(Locale.ROOT);
			if (lower.equals(head)) {
				break;
			}
			boolean name = !stripped.isEmpty() && Character.isUpperCase(stripped.charAt(0))
					&& !ARTICLES.contains(lower) && !POSSESSIVES.contains(lower) && !lexicon.isTitleWord(stripped)
					&& !lexicon.isPortfolioWord(lower) && !lexicon.isNationality(lower) && !lexicon.isPlace(stripped)
					&& !COMPLEMENT_WORDS.contains(lower);
			if (name) {
				named.addAll(NameKey.words(stripped));
			}
		}
		return named;
	}

	/** Whether a role names something, and none of the names given: "Head of the Fazila bloc", to "gorran". */
	static boolean namesOtherThan(String role, List<String> named, Lexicon lexicon) {
		if (named.isEmpty()) {
			return false;
		}
		List<String> roleNames = namedWords(role.split("\\s+"), null, lexicon);
		return !roleNames.isEmpty() && roleNames.stream().noneMatch(named::contains);
	}

	private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our");

	private static final Set<String> COMPLEMENT_WORDS = Set.of("of", "for", "in", "at", "to", "with", "on", "from",
			"and");

	/** The words of a description's complement, articles aside: "un", "agency" of "the head of the UN agency". */
	static List<String> complement(String description) {
		String[] parts = COMPLEMENT.split(description, 2);
		return (parts.length < 2) ? List.of()
				: NameKey.words(parts[1]).stream().filter((word) -> !ARTICLES.contains(word)).toList();
	}

	private static final Set<String> ARTICLES = Set.of("the", "a", "an");

	/** The nationalities a role or a phrase gives: "turkish" of "Turkish Foreign Minister". */
	private List<String> nationalities(String phrase) {
		return NameKey.words(phrase).stream().filter(this.lexicon::isNationality).toList();
	}

	/**
	 * Whether a role or a phrase gives a nationality other than the one given: "Turkish Foreign Minister" does,
	 * to "egyptian".
	 */
	private boolean foreign(String role, @Nullable String nationality) {
		List<String> given = nationalities(role);
		// (a role of no nation is none whose holder the article gives counterparts of it: "X met his Saudi, Omani and
		// Iraqi counterparts ... the Omani foreign minister said" is not X)
		return nationality != null && (given.stream().anyMatch((other) -> !other.equals(nationality))
				|| given.isEmpty() && counterpartNations().contains(nationality));
	}

	private @Nullable Set<String> counterpartNations;

	/** The nationalities the article gives someone's counterparts: "his Saudi, Omani and Iraqi counterparts". */
	private Set<String> counterpartNations() {
		if (this.counterpartNations == null) {
			Set<String> nations = new HashSet<>();
			for (String paragraph : this.paragraphs) {
				Matcher counterparts = COUNTERPARTS.matcher(paragraph);
				while (counterparts.find()) {
					NameKey.words(counterparts.group(1)).stream().filter(this.lexicon::isNationality).forEach(nations::add);
				}
			}
			this.counterpartNations = nations;
		}
		return this.counterpartNations;
	}

	/** Nations before "counterpart" or "counterparts": "his Saudi, Omani, Iraqi and Egyptian counterparts". */
	private static final Pattern COUNTERPARTS = Pattern
		.compile("\\b(?:his|her|their)\\s+((?:\\p{Lu}[\\p{L}-]*,?\\s+(?:and\\s+)?){1,6})counterparts?\\b");

	/**
	 * The two organisations or countries the article last named together, before or in the paragraph, when a plural
	 * noun refers to them ("Hallberg and Norsteel agreed to merge ...; the companies said"); else null.
	 */
	private @Nullable Entity pair(SpeakerPhrase phrase, int paragraph) {
		for (int p = paragraph; p >= 0 && p >= paragraph - 3; p--) {
			String found = null;
			String text = this.paragraphs.get(p);
			for (MatchResult pair : pairsBefore(phrase, paragraph, p)) {
				// ("to discuss regional issues, most notably Syria and Ukraine": examples of a topic, no parties)
				String lead = pair.group(1).replaceFirst("(?s)\\p{Lu}.*$", "");
				if (EXAMPLES_BEFORE.matcher(text.substring(0, pair.start(1)) + lead).find()) {
					continue;
				}
				String first = partyName(pair.group(1));
				String second = partyName(pair.group(2));
				found = (first != null && second != null && !first.equals(second)) ? first + " and " + second : found;
			}
			if (found != null) {
				String name = found;
				return find(name).orElseGet(() -> add(new Entity(name, SpeakerKind.ORGANIZATION, null, true)));
			}
		}
		return null;
	}

	/**
	 * "Shearer and Lineker were on duty, and the latter asked ...": the second (or, for "the former", the first) of two
	 * people the text last named together, before the phrase in its paragraph or in the paragraph before; else null.
	 */
	private @Nullable Entity latterOrFormer(SpeakerPhrase phrase, int paragraph) {
		String written = phrase.text().toLowerCase(Locale.ROOT);
		boolean latter = written.equals("the latter");
		if (!latter && !written.equals("the former")) {
			return null;
		}
		for (int p = paragraph; p >= 0 && p >= paragraph - 1; p--) {
			List<MatchResult> pairs = pairsBefore(phrase, paragraph, p);
			if (pairs.isEmpty()) {
				continue;
			}
			String found = pairs.get(pairs.size() - 1).group(latter ? 2 : 1);
			// (the name without the words before it: "presenters Gary Lineker")
			String name = found.replaceFirst("^(?:\\p{Ll}+\\s+)+", "");
			Optional<NameIndex.Person> person = this.names.fullName(name);
			if (person.isPresent()) {
				return person(person.get());
			}
			boolean known = this.names.isPersonWord(name);
			return known ? find(name).orElseGet(() -> add(new Entity(name, SpeakerKind.PERSON, null, false))) : null;
		}
		return null;
	}

	/** The names joined by "and" in paragraph {@code p}, before the phrase when {@code p} is its own paragraph. */
	private List<MatchResult> pairsBefore(SpeakerPhrase phrase, int paragraph, int p) {
		String text = this.paragraphs.get(p);
		int end = (p == paragraph) ? Math.max(0, text.indexOf(phrase.text())) : text.length();
		return PAIR.matcher(text.substring(0, end)).results().toList();
	}

	/** The name of an organisation or a country a phrase gives, no person's; else null. */
	private @Nullable String partyName(String text) {
		// "Finland's Norsteel" is Norsteel
		Matcher owner = OWNER.matcher(text);
		String phrase = (owner.lookingAt() && this.lexicon.isPlace(owner.group(1))) ? text.substring(owner.end()) : text;
		SpeakerPhrase named = SpeakerPhrase.parse(phrase, this.lexicon).filter(SpeakerPhrase::isName).orElse(null);
		if (named == null) {
			return null;
		}
		String name = named.name();
		boolean titled = named.role() != null && NameKey.words(named.role()).stream().anyMatch(this.lexicon::isTitleWord);
		boolean person = !named.organization() && !this.lexicon.isPlace(name) && (titled || NameKey.words(name).size() > 1);
		return person ? null : name;
	}

	/**
	 * The entity most recently spoken of whose role or a phrase naming it fits, else the person the article named so
	 * by the paragraph (not in the quote's content); else null. A description by no person's noun ("the ministry")
	 * refers to no person.
	 */
	private @Nullable Entity describedAs(Predicate<String> fits, int paragraph, String content, boolean personal,
			boolean plural) {
		Entity group = null;
		for (int i = this.recent.size() - 1; i >= 0; i--) {
			Entity entity = this.recent.get(i);
			// (an outlet is described by what it is: "the army" is not "Army Radio")
			if (entity.described(fits) && (personal || !isPerson(entity) && !isOutlet(entity))) {
				if (personal && !plural && entity.plural && entity.kind == SpeakerKind.ANONYMOUS) {
					// (one person by a title is one of a group only if no one holds it: "the Jordanian minister" is
					// the one named, not "Both ministers"; "the second source" is one of "two government sources")
					group = (group != null) ? group : entity;
					continue;
				}
				// ("“Q1,” said Kolo coach X. ... Meanwhile, Rovers head coach Y was relieved. “Q2,” the coach
				// remarked": one the narration has just introduced with the office, since the other spoke)
				Optional<NameIndex.Person> newer = personal
						? this.names.latestWithRole(fits, paragraph, content)
							.filter((person) -> person.paragraph() > entity.lastParagraph
									&& paragraph - person.paragraph() <= 1)
						: Optional.empty();
				return newer.map(this::person).orElse(entity);
			}
		}
		Entity named = personal ? this.names.withRole(fits, paragraph, content).map(this::person).orElse(null) : null;
		return (named != null) ? named : group;
	}

	/** Whether an entity is two parties named together ("Safadi and Pompeo"), no organisation whose name has "and". */
	private boolean isPair(Entity entity) {
		return entity.words.contains("and") && !entity.words.isEmpty()
				&& !this.lexicon.isOrganizationWord(entity.words.get(entity.words.size() - 1));
	}

	/** Whether an entity is a person, named or described: "a finance ministry official" is. */
	private boolean isPerson(Entity entity) {
		if (entity.kind == SpeakerKind.PERSON) {
			return true;
		}
		// (the head before its complement: "the spokesperson of the State Department")
		int head = entity.words.size() - 1;
		for (int i = 1; i < entity.words.size(); i++) {
			if (COMPLEMENT_PREPOSITIONS.contains(entity.words.get(i))) {
				head = i - 1;
				break;
			}
		}
		return entity.kind == SpeakerKind.ANONYMOUS && head >= 0 && isPersonNoun(entity.words.get(head));
	}

	private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("of", "for", "at", "from", "in", "with");

	private Entity person(NameIndex.Person person) {
		return find(person.name()).orElseGet(() -> add(new Entity(person.name(), SpeakerKind.PERSON, person.role(), false)));
	}

	/**
	 * The organisation the article names most often, not a place, a day or a month, and not part of a person's name.
	 */
	private @Nullable Entity salientOrganization() {
		if (!this.salientSought) {
			// found once: the article's counts do not change as its quotes resolve
			this.salientSought = true;
			String word = salientWord();
			this.salient = (word != null) ? salientName(word) : null;
		}
		String name = this.salient;
		return (name == null) ? null
				: find(name).orElseGet(() -> add(new Entity(name, SpeakerKind.ORGANIZATION, null, false)));
	}

	/** The first words of places' names, no organisation's: "North Darfur", "West Bank". */
	private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northern", "southern",
			"eastern", "western", "central", "upper", "lower");

	private @Nullable String salientWord() {
		String best = null;
		int bestCount = 1;
		for (Map.Entry<String, Integer> entry : this.names.capitalizedCounts().entrySet()) {
			String word = entry.getKey();
			// (of two named as often, the one the headline holds: "Hamas Chief Discusses ..." is about Hamas, not
			// Haniyeh)
			int count = 2 * entry.getValue() + (this.names.inHeadline(word) ? 1 : 0);
			if (entry.getValue() > 1 && count > bestCount && !this.lexicon.isPlace(word) && !this.lexicon.isTitleWord(word)
					&& !this.lexicon.isNationality(word)
					&& !this.names.isPersonWord(word) && word.length() > 2 && !isCommonWord(word)
					&& !Clauses.isTemporal(word) && !COMPASS.contains(word) && capitalizedWithinSentence(word)) {
				best = word;
				bestCount = count;
			}
		}
		return best;
	}

	private static final Pattern INNER_CAPITAL = Pattern.compile("\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}*");

	/**
	 * Whether the word is capitalised somewhere other than at a sentence's start, as a name is ("Shares in Nordvik
	 * fell"); "Former" and "Shares" are capitalised only there, and "Our" only there or at a quotation's start.
	 */
	private boolean capitalizedWithinSentence(String word) {
		// ("PalmOne", "GenRad": a capital inside the word makes a name wherever it stands)
		Pattern written = Pattern.compile("\\b" + Pattern.quote(word) + "\\b", Pattern.CASE_INSENSITIVE);
		if (this.paragraphs.stream()
			.anyMatch((paragraph) -> written.matcher(paragraph).results()
				.anyMatch((found) -> INNER_CAPITAL.matcher(found.group()).matches()))) {
			return true;
		}
		Pattern within = Pattern.compile("[\\p{L}\\p{N},;:’'\\-)]\\s+[(\"“‘]?" + Pattern.quote(word) + "\\b",
				Pattern.CASE_INSENSITIVE);
		for (String paragraph : this.paragraphs) {
			Matcher matcher = within.matcher(paragraph);
			while (matcher.find()) {
				int at = matcher.end() - word.length();
				// (a quotation that a colon or a comma opens starts a sentence of its own: "optimistic: “Our ...")
				boolean quotationStart = at > 0 && "\"“‘".indexOf(paragraph.charAt(at - 1)) >= 0
						&& ",:".indexOf(paragraph.charAt(matcher.start())) >= 0;
				if (Character.isUpperCase(paragraph.charAt(at)) && !quotationStart) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The name the article first gives with the salient word: "Nordvik Shipping reported ..." for "nordvik", up to the
	 * first word that is no part of an organisation's name (a title, a person's name, a lowercase word).
	 */
	private String salientName(String word) {
		for (String paragraph : this.paragraphs) {
			String[] words = paragraph.split("\\s+");
			for (int i = 0; i < words.length; i++) {
				if (!SpeakerPhrase.strip(words[i]).equalsIgnoreCase(word) || !Character.isUpperCase(words[i].charAt(0))) {
					continue;
				}
				StringBuilder name = new StringBuilder(SpeakerPhrase.strip(words[i]));
				// "Okafor Systems" for "systems": the capitalised words before it too
				for (int j = i - 1; j >= 0 && j >= i - 3 && !ENDS_PHRASE.matcher(words[j]).matches(); j--) {
					String previous = SpeakerPhrase.strip(words[j]);
					if (!isNamePart(previous) || isCommonWord(previous.toLowerCase(Locale.ROOT))) {
						break;
					}
					name.insert(0, previous + " ");
				}
				for (int j = i + 1; j < words.length && j <= i + 3 && !ENDS_PHRASE.matcher(words[j - 1]).matches(); j++) {
					String next = SpeakerPhrase.strip(words[j]);
					if (!isNamePart(next) || this.names.isPersonWord(next)) {
						break;
					}
					name.append(' ').append(next);
				}
				return name.toString();
			}
		}
		return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
	}

	/** Whether a word may stand in an organisation's name around its salient word: capitalised, no title or place. */
	private boolean isNamePart(String word) {
		return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !this.lexicon.isTitleWord(word)
				&& !this.lexicon.isPlace(word);
	}

	/** A word that ends its phrase: "Ministry,", "Ltd.", "Corp)". */
	private static final Pattern ENDS_PHRASE = Pattern.compile(".*[,.;:”\"’)]$");

	/**
	 * The person a bare role noun refers to when no one has that role by name: the last person quoted with a title
	 * ({@code Special Representative ... Abdoulaye Bathily stressed ...; the envoy underscored ...}). Only a bare
	 * "the" and noun, and never an organisation's noun, refers back this way ("the UN envoy" may be anyone).
	 */
	private @Nullable Entity titledPerson(SpeakerPhrase phrase) {
		boolean bare = !phrase.plural() && NameKey.words(phrase.text()).size() == 2
				&& NameKey.surnameOf(phrase.text()).equals(phrase.head());
		// only a title names the titled: "the source" is nobody the article names, "the delegation" or "the monitor"
		// no person
		if (!bare || !isPersonNoun(phrase.head()) || !this.lexicon.isTitleWord(phrase.head())) {
			return null;
		}
		for (int i = this.recent.size() - 1; i >= 0; i--) {
			Entity entity = this.recent.get(i);
			if (entity.kind == SpeakerKind.PERSON) {
				return (entity.role != null || titledBeforeNamed(entity, phrase.head())) ? entity : null;
			}
		}
		return null;
	}

	/**
	 * Whether the article gives the title before it first names the person, who has no role of their own: "The
	 * Iranian foreign ministry spokesman made the remarks ... Khatibzadeh said".
	 */
	private boolean titledBeforeNamed(Entity entity, String title) {
		String surname = NameKey.surnameOf(entity.name);
		Pattern titleWord = Pattern.compile("(?i)\\b" + Pattern.quote(title) + "\\b");
		for (String paragraph : this.paragraphs) {
			int named = paragraph.toLowerCase(Locale.ROOT).indexOf(surname);
			Matcher titled = titleWord.matcher(paragraph);
			if (titled.find() && (named < 0 || titled.start() < named)) {
				return true;
			}
			if (named >= 0) {
				return false;
			}
		}
		return false;
	}

	/** Nouns of what anyone may be, by which copy describes the person it has just quoted: "said the teacher". */
	private static final Set<String> EVERYDAY_NOUNS = Set.of("father", "mother", "son", "daughter", "brother",
			"sister", "husband", "wife", "widow", "grandfather", "grandmother", "teacher", "student", "woman", "man",
			"farmer", "shopkeeper", "housewife", "driver", "worker", "refugee", "pensioner", "fisherman", "mechanic",
			"engineer", "nurse", "trader", "villager", "mourner");

	/** Nouns for any official person, by which copy may describe the person it has just quoted: "the diplomat". */
	private static final Set<String> EPITHET_NOUNS = Set.of("official", "diplomat", "politician", "lawmaker",
			"veteran");

	/** The named person quoted last, when that was in the given paragraph or the one before; else null. */
	private @Nullable Entity lastNamedSpeaker(int paragraph) {
		Entity last = this.lastSpeaker;
		return (last != null && last.kind == SpeakerKind.PERSON && paragraph - this.lastSpeakerParagraph <= 1) ? last
				: null;
	}

	/**
	 * The person "the Riverside boss" refers to: the last one quoted who leads something ("Riverside manager X") and
	 * whose role or name has the description's capitalised words; nobody when the description has none.
	 */
	private @Nullable Entity leader(SpeakerPhrase phrase) {
		List<String> words = List.of(phrase.text().split("\\s+"));
		List<String> named = NameKey.words(String.join(" ", words.stream()
			.skip(1)
			.filter((word) -> SpeakerPhrase.isNameCapitalized(word))
			.toList()));
		if (named.isEmpty()) {
			return null;
		}
		Entity unnamed = null;
		for (int i = this.recent.size() - 1; i >= 0; i--) {
			Entity entity = this.recent.get(i);
			if (entity.kind != SpeakerKind.PERSON || entity.role == null) {
				continue;
			}
			String title = title(entity.role);
			List<String> role = NameKey.words(title);
			// (and "the UN chief" is "UN Secretary-General X", "the WHO chief" its "Director-General")
			boolean general = role.size() >= 2 && role.get(role.size() - 1).equals("general")
					&& (role.get(role.size() - 2).equals("secretary") || role.get(role.size() - 2).equals("director"));
			if (role.isEmpty() || !LEADING_TITLES.contains(role.get(role.size() - 1)) && !general) {
				continue;
			}
			if (role.containsAll(named)) {
				return entity;
			}
			// "Manager Enzo Rossi ... the Chelsea boss": a title that names no team ("Manager", "head coach", not
			// "Riverside manager") may be the team's
			boolean teamless = Arrays.stream(title.split("\\s+"))
				.allMatch((word) -> this.lexicon.isTitleWord(SpeakerPhrase.strip(word)) || !SpeakerPhrase.isNameCapitalized(word));
			unnamed = (unnamed == null && teamless) ? entity : unnamed;
		}
		return unnamed;
	}

	/** The rest of the candidate's sentence after the phrase that names its speaker. */
	private String after(SpeakerPhrase phrase, Candidate candidate) {
		String sentence = candidate.sentence().of(this.paragraphs.get(candidate.paragraph()));
		int at = sentence.indexOf(phrase.text());
		return (at >= 0) ? sentence.substring(at + phrase.text().length()) : sentence;
	}

	/**
	 * A relative clause about a person right after a name, or a participle's reflexive: {@code X, who chairs ...},
	 * {@code X, representing himself}.
	 */
	private static final Pattern WHO_AFTER = Pattern
		.compile("\\s*,\\s*(?:who\\b|\\p{Ll}+ing\\s+(?:himself|herself)\\b)");

	private static final Pattern PRONOUN = Pattern.compile("\\b(his|her|him|he|she|its|it|their|they)\\b",
			Pattern.CASE_INSENSITIVE);

	/** Who the quote's paragraph, or the one before, says issued a statement: "a statement issued by X". */
	private Optional<SpeakerPhrase> issuer(int paragraph) {
		for (int p = paragraph; p >= Math.max(0, paragraph - 1); p--) {
			Matcher matcher = ISSUED_BY.matcher(this.paragraphs.get(p));
			String name = null;
			while (matcher.find()) {
				name = matcher.group(1).strip();
			}
			// (or who issued it, named before the verb: "The Kessa Foreign Ministry issued a statement on Monday")
			Matcher issuing = ISSUING.matcher(this.paragraphs.get(p));
			while (name == null && issuing.find()) {
				name = issuing.group(1).strip();
			}
			Optional<SpeakerPhrase> parsed = (name != null) ? SpeakerPhrase.parse(name, this.lexicon)
				.filter((found) -> found.isName() && found.organization()) : Optional.empty();
			if (parsed.isPresent()) {
				return parsed;
			}
		}
		return Optional.empty();
	}

	/** A statement and who issued it: "a statement issued by the Syrian Democratic Forces (SDF)". */
	private static final Pattern ISSUED_BY = Pattern.compile("\\bstatement\\s+(?:(?:issued|released|published|put out)"
			+ "\\s+)?(?:by|from)\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}’'-]*\\s+(?:(?:of|for|and)\\s+)?)*\\p{Lu}[\\p{L}’'-]*"
			+ "(?:\\s+\\(\\p{Lu}{2,}\\))?)");

	/** Who issued a statement, named before the verb: "The Kessa Foreign Ministry issued a statement". */
	private static final Pattern ISSUING = Pattern.compile("(?:^|[.!?]\\s+|\\bthe\\s+)((?:\\p{Lu}[\\p{L}’'-]*\\s+"
			+ "(?:(?:of|for|and)\\s+)?)*\\p{Lu}[\\p{L}’'-]*)\\s+(?:issued|released|published|put out)\\s+"
			+ "(?:a|an|its)\\s+(?:\\p{Ll}+\\s+)?statement\\b");

	/** The capitalised words of the article whose initials an acronym is: "Rapid Support Forces" for "RSF". */
	private Optional<String> spelledOut(String acronym) {
		for (String paragraph : this.paragraphs) {
			Matcher run = CAPITALISED_RUN.matcher(paragraph);
			while (run.find()) {
				String[] words = run.group().split("\\s+");
				for (int from = 0; from + acronym.length() <= words.length; from++) {
					String window = String.join(" ", Arrays.asList(words).subList(from, from + acronym.length()));
					if (initials(window).equals(acronym)) {
						return Optional.of(window);
					}
				}
			}
		}
		return Optional.empty();
	}

	/** Capitalised words in a row: "the paramilitary Rapid Support Forces". */
	private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}-]*)+");

	/** The initials of a name's capitalised words: "IDF" of "Israel Defense Forces"; empty for a single word. */
	private static String initials(String name) {
		String[] words = name.split("[\\s-]+");
		StringBuilder initials = new StringBuilder();
		for (String word : words) {
			if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
				initials.append(word.charAt(0));
			}
		}
		return (initials.length() < 2) ? "" : initials.toString();
	}

	private static boolean personalPronounFirst(String context) {
		Matcher matcher = PRONOUN.matcher(context);
		if (!matcher.find()) {
			return false;
		}
		String pronoun = matcher.group(1).toLowerCase(Locale.ROOT);
		return pronoun.startsWith("h") || pronoun.equals("she");
	}

	/** A noun that names a person speaking: "the minister", "the spokesman", not "the ministry" or "the storm". */
	private boolean isPersonNoun(String head) {
		return (this.lexicon.isSpeakerNoun(head) || this.lexicon.isTitleWord(head))
				&& !this.lexicon.isOrganizationWord(head) && !GROUP_NOUNS.contains(head) && !TEXTS.contains(head)
				&& !ARMED_FORCES.contains(head);
	}

	private static boolean isCommonWord(String word) {
		return Set.of("the", "this", "that", "these", "those", "but", "and", "in", "on", "at", "for", "he", "she",
				"they", "it", "we", "however", "meanwhile", "according", "since", "after", "before", "during", "when",
				"while", "there", "his", "her", "their", "its", "a", "an").contains(word);
	}

	private @Nullable Entity last() {
		return this.recent.isEmpty() ? null : this.recent.get(this.recent.size() - 1);
	}

	private Optional<Entity> find(String name) {
		String key = NameKey.of(name);
		Entity found = this.byKey.get(key);
		// ("the Syrian Observatory for Human Rights" is "Syrian Observatory for Human Rights")
		if (found == null) {
			found = this.byKey.get(key.startsWith("the ") ? key.substring(4) : "the " + key);
		}
		String national = (found == null) ? nationalKey(name) : null;
		// ("Turkey’s Foreign Ministry" is "the Turkish Foreign Ministry")
		return Optional.ofNullable((national != null) ? this.byNation.get(national) : found);
	}

	/** Organisations by their name with the nation's word cut to its stem: "turk foreign ministry". */
	private final Map<String, Entity> byNation = new HashMap<>();

	/** Country's name in the possessive or its adjective, then an organisation's name: "Turkey’s Foreign Ministry". */
	private static final Pattern NATIONAL = Pattern.compile("(?:the )?(\\p{Lu}\\p{L}+?)(?:['’]s)? (\\p{Lu}.+)");

	/**
	 * The key of an organisation's name that opens with its country's name in the possessive or with its adjective,
	 * "Turkey’s Foreign Ministry" and "the Turkish Foreign Ministry" alike ("turk foreign ministry"); null for another.
	 */
	private @Nullable String nationalKey(String name) {
		Matcher matcher = NATIONAL.matcher(name);
		if (!matcher.matches() || !this.lexicon.isOrganizationWord(NameKey.surnameOf(matcher.group(2)))) {
			return null;
		}
		String nation = matcher.group(1);
		boolean country = name.contains(nation + "'s ") || name.contains(nation + "’s ");
		boolean known = country ? this.lexicon.isPlace(nation) : this.lexicon.isNationality(nation);
		return (known && nation.length() >= 4) ? nation.substring(0, 4).toLowerCase(Locale.ROOT) + " "
				+ NameKey.of(matcher.group(2)) : null;
	}

	private Entity add(Entity entity) {
		this.entities.add(entity);
		this.byKey.putIfAbsent(entity.key, entity);
		String national = (entity.kind == SpeakerKind.ORGANIZATION) ? nationalKey(entity.name) : null;
		if (national != null) {
			this.byNation.putIfAbsent(national, entity);
		}
		return entity;
	}

	/**
	 * For each unnamed noun, the opening of a sentence that introduces one: "An official source at X has", or that
	 * cites one: "According to an Interior Ministry source, ...".
	 */
	private static final Map<String, Pattern> INTRODUCTIONS = UNNAMED_NOUNS.stream()
		.collect(java.util.stream.Collectors.toUnmodifiableMap((head) -> head, (head) -> {
			String unnamed = "(?:[\\p{L}’'-]+\\s+){0,4}" + head + "(?:\\s+(?:at|in|of|from|with|close\\s+to)\\s+(?:the\\s+)?"
					+ "\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,4})?";
			return Pattern.compile("(?:^|[.!?]\\s+)(?:((?:An?|Another)\\s+" + unnamed
					+ ")\\s+(?:has|had|have|was|is|\\p{Ll}+ed)\\b|According\\s+to\\s+((?:an?|another)\\s+" + unnamed + "),)");
		}));

	/**
	 * The unnamed source that opens a sentence of the narration, in the paragraph or the two before it, that "the
	 * source" or "the official" refers to ({@code An official source at the ministry has condemned ...}); else null.
	 */
	private @Nullable String introducedUnnamed(String head, int paragraph, String mention) {
		Pattern introduction = INTRODUCTIONS.get(head);
		for (int p = paragraph; p >= 0 && p >= paragraph - 2; p--) {
			String text = this.paragraphs.get(p);
			int end = (p == paragraph) ? Math.max(0, text.indexOf(mention)) : text.length();
			Matcher matcher = introduction.matcher(text.substring(0, end));
			String found = null;
			while (matcher.find()) {
				found = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
			}
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static String lowerArticle(String text) {
		for (String article : List.of("The ", "An ", "A ")) {
			if (text.startsWith(article)) {
				return article.toLowerCase(Locale.ROOT) + text.substring(article.length());
			}
		}
		return text;
	}

}
