package com.quotegraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The people an article names anywhere, quoted or not, with the title or apposition it gives them
 * ({@code Abu Hussein Al-Hamidawi, Secretary-General of Kata'ib Hezbollah}), and how often each capitalised word
 * occurs. Surnames, pronouns and roles are resolved against it.
 */
final class NameIndex {

	/** A person named in the article, at a paragraph. */
	record Person(String name, @Nullable String role, int paragraph, List<String> words) {

		/** A person so named, with the words of their name's key kept: every later name is matched against them. */
		Person(String name, @Nullable String role, int paragraph) {
			this(name, role, paragraph, NameKey.words(name));
		}

	}

	private final List<Person> people = new ArrayList<>();

	/** How often each capitalised word occurs, in the order of first occurrence (the earlier wins a tie). */
	private final Map<String, Integer> capitalized = new LinkedHashMap<>();

	/** People the headline names with a title ("..., says Foreign minister Prince Faisal"): roles refer to them too. */
	private final List<Person> titled = new ArrayList<>();

	/** The people of a place, then its name: "Residents of Abu Delig", "the village of X Y". */
	private static final java.util.regex.Pattern DWELLERS_OF = java.util.regex.Pattern.compile(
			"\\b(?:[Rr]esidents|[Vv]illagers|[Ii]nhabitants|[Tt]own|[Vv]illage|[Cc]ity|[Cc]amp|[Dd]istrict|[Nn]eighbo(?:u)?rhood)"
					+ " of (\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2})");

	/** A royal's title and the given name after it: "King Salman", "Prince Faisal". */
	private static final java.util.regex.Pattern ROYAL_NAME = java.util.regex.Pattern
		.compile("\\b(?:King|Queen|Prince|Princess|Sheikh|Sheikha|Emir|Sultan) (\\p{Lu}[\\p{L}'’-]+)");

	/** The given names of royals the article names so, in lower case: a father's name after "bin" in another's. */
	private final Set<String> royalNames = new java.util.HashSet<>();

	/** Names the article gives places by their people: "Residents of Abu Delig". */
	private final Set<String> places = new java.util.HashSet<>();

	/** Whether the article names a place so: "Abu Delig" of "Residents of Abu Delig". */
	boolean namesPlace(String name) {
		return this.places.contains(name);
	}

	/** The words of the headline, in lower case. */
	private final Set<String> headlineWords;

	NameIndex(String title, List<Passage> passages, Lexicon lexicon) {
		this.headlineWords = Set.copyOf(NameKey.words(title));
		List<Person> headline = new ArrayList<>();
		if (!titleCase(title)) {
			// in a headline in title case ("Government Accuses Houthis of ...") every word looks like a name
			scan(title, Quotations.find(title), -1, lexicon, headline, new HashMap<>());
		}
		headline.stream().filter((person) -> person.role() != null).forEach(this.titled::add);
		for (Passage passage : passages) {
			if (!isCredit(passage.text)) {
				// (past its dateline, which names a place: "Tel Aviv [Israel], November 13 : The IDF spokesperson, X")
				String body = " ".repeat(passage.bodyStart) + passage.text.substring(passage.bodyStart);
				scan(body, passage.quotations, passage.index, lexicon, this.people, this.capitalized);
				java.util.regex.Matcher royal = ROYAL_NAME.matcher(body);
				while (royal.find()) {
					this.royalNames.addAll(NameKey.words(royal.group(1)));
				}
				java.util.regex.Matcher dwelt = DWELLERS_OF.matcher(body);
				while (dwelt.find()) {
					this.places.add(dwelt.group(1));
				}
			}
		}
		// "Residents of Abu Delig said ... Abu Delig is between government and rebel territory": a place, nobody
		this.people.removeIf((person) -> this.places.contains(person.name()));
	}

	/**
	 * A byline or a credit line names the article's writers, nobody in its story: "By X, Political Correspondent",
	 * "(Reporting by X; Editing by Y)".
	 */
	static boolean isCredit(String paragraph) {
		return CREDIT.matcher(paragraph).lookingAt() && paragraph.length() < 160;
	}

	private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern
		.compile("\\(?(?:By\\s+\\p{Lu}|(?:Additional\\s+)?(?:Reporting|Writing|Editing|Compiled)\\s+by\\b)");

	/** Whether most words of a headline, short ones aside, are capitalised: "Baghdad Urges Washington to Act". */
	static boolean titleCase(String headline) {
		List<String> words = java.util.Arrays.stream(headline.split("\\s+"))
			.map(SpeakerPhrase::strip)
			.filter((word) -> word.length() > 3 && Character.isLetter(word.charAt(0)))
			.toList();
		long capitalized = words.stream().filter((word) -> Character.isUpperCase(word.charAt(0))).count();
		return words.size() >= 3 && capitalized >= 0.8 * words.size();
	}

	/** Adds the people a text names to {@code people}, and counts its capitalised words in {@code counts}. */
	private static void scan(String text, List<Quotation> quotations, int paragraph, Lexicon lexicon,
			List<Person> people, Map<String, Integer> counts) {
		// (no empty first word where a dateline was blanked out: "LAHORE: Senior Provincial Minister, X said")
		String[] words = text.stripLeading().split("\\s+");
		int[] offsets = new int[words.length];
		for (int w = 0, at = 0; w < words.length; w++) {
			at = text.indexOf(words[w], at);
			offsets[w] = Math.max(at, 0);
			at += words[w].length();
		}
		int i = 0;
		while (i < words.length) {
			// ("Said Dr Tesk: “Q”", "Added Tesk:": a cue that opens the sentence before who speaks is no name's)
			// (the cheap checks first: this runs for every word that may open a run of names)
			if (i + 1 < words.length && Character.isUpperCase(words[i].charAt(0))
					&& (i == 0 || ".!?”\"".indexOf(words[i - 1].charAt(words[i - 1].length() - 1)) >= 0)
					&& lexicon.opensCue(words[i].toLowerCase(Locale.ROOT))
					&& DirectQuotes.INVERTED_CUE.matcher(words[i].toLowerCase(Locale.ROOT)).matches()
					&& isNameWord(words, i + 1)) {
				i++;
			}
			int start = i;
			while (i < words.length && isNameWord(words, i)) {
				String word = SpeakerPhrase.strip(words[i]);
				if (!word.isEmpty()) {
					counts.merge(word.toLowerCase(Locale.ROOT), 1, Integer::sum);
				}
				// (an initial or an abbreviation goes on with the name: "Aileen M. Cannon", "U.S. District Judge X")
				boolean abbreviation = words[i].matches("(?:\\p{Lu}\\.)+") && i + 1 < words.length
						&& isNameWord(words, i + 1);
				// (nor does a name run into a quotation, "stated to KoloNews.com “The ...", or into brackets after it,
				// "Arsene Wenger (Arsenal)")
				boolean stop = words[i].matches(".*[,.;:”\")]$") && !abbreviation
						|| i + 1 < words.length && words[i + 1].matches("[“\"«(].*");
				i++;
				if (stop) {
					break;
				}
			}
			// people named inside a quotation are spoken of, and a run after "of X and" is an institution's name
			// ("the Ministry of Information and National Orientation")
			int letter = offsets[start];
			while (letter < text.length() - 1 && !Character.isLetterOrDigit(text.charAt(letter))) {
				letter++;
			}
			boolean quoted = Clauses.insideQuotation(letter, quotations);
			boolean institution = continuesInstitution(words, start, lexicon);
			if (i - start >= 2 && !quoted && institution && start >= 2 && COMPLEMENTS.contains(words[start - 1])
					&& lexicon.isTitleWord(SpeakerPhrase.strip(words[start - 2]))) {
				// "Minister of Media Tomas Okafor": an office's portfolio before a person's name
				addPerson(words, start - 2, i, paragraph, lexicon, people);
			}
			else if (i - start >= 3 && !quoted && institution && endsInPerson(words, start, i, lexicon)) {
				// "The chief of the Observatory for Human Rights Rami X": a titled office, then the person's name
				int office = officeStart(words, start, lexicon);
				if (office < start && sameName(words, office, start, i, lexicon)) {
					addPerson(words, office, i, paragraph, lexicon, people);
				}
			}
			else if (i - start >= 3 && !quoted && institution && AND.contains(words[start - 1])
					&& titledPerson(words, start, i, lexicon)) {
				// "Transportation and Intelligence Minister X Y": two portfolios joined before one title and a name
				int from = start - 2;
				while (from > 0 && isNameWord(words, from - 1) && !words[from - 1].matches(".*[,.;:]$")
						&& lexicon.isPortfolioWord(SpeakerPhrase.strip(words[from - 1]))) {
					from--;
				}
				addPerson(words, from, i, paragraph, lexicon, people);
			}
			// "Justice Juan Merchan Thursday issued": a day or a month after a name ends no name
			int runEnd = i;
			while (runEnd - start > 2
					&& Clauses.isTemporal(SpeakerPhrase.strip(words[runEnd - 1]).toLowerCase(Locale.ROOT))) {
				runEnd--;
			}
			if (i - start >= 2 && !quoted && !institution) {
				// a lowercase title before the name belongs to it: "Saudi foreign minister Prince Faisal"
				int from = start;
				// (and the office's lowercase words, with the place's name before them: "Kessa sub-county police
				// commander X")
				while (from > 0 && lexicon.isTitleWord(SpeakerPhrase.strip(words[from - 1]))
						&& !words[from - 1].matches(".*[,.;:]$")) {
					from--;
					while (from > 0 && (isNameWord(words, from - 1) || isOfficeQualifier(words[from - 1]))
							&& !words[from - 1].matches(".*[,.;:]$")) {
						from--;
					}
				}
				// "Crown Prince and Prime Minister X": two titles joined by "and"
				while (from > 1 && AND.contains(words[from - 1]) && lexicon.isTitleWord(words[from - 2])
						&& lexicon.isTitleWord(words[from])) {
					from -= 2;
					while (from > 0 && lexicon.isTitleWord(SpeakerPhrase.strip(words[from - 1]))
							&& !words[from - 1].matches(".*[,.;:]$")) {
						from--;
					}
				}
				// "Governor of the Central Bank of Sudan Dr. X": a title and its office's words before the name
				int office = officeStart(words, from, lexicon);
				if (office < from && sameName(words, office, from, runEnd, lexicon)) {
					from = office;
				}
				addPerson(words, from, runEnd, paragraph, lexicon, people);
			}
			if (i == start) {
				i++;
			}
		}
	}

	/** Lowercase words of a local office before its title: "county police commander", "district army chief". */
	private static final Set<String> OFFICE_QUALIFIERS = Set.of("police", "army", "military", "navy", "county",
			"district", "regional", "provincial", "division", "divisional", "zonal", "municipal", "city", "station",
			"traffic", "prison", "prisons", "border", "customs", "fire");

	/** An office's lowercase word, or one after a hyphenated prefix: "police", "sub-county". */
	private static boolean isOfficeQualifier(String word) {
		String last = word.substring(word.lastIndexOf('-') + 1);
		return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && OFFICE_QUALIFIERS.contains(last);
	}

	/**
	 * A courtesy title alone, which is no part of a description before it: "Dr.", "Mr", "Prof." (not
	 * {@code SpeakerPhrase}'s honorifics, which leave out "Prof.", a title there, and add "Sir", "Dame" ...).
	 */
	private static final Pattern COURTESY = Pattern.compile("(?i)(?:dr|mr|mrs|ms|prof|eng|engr)\\.?");

	/** How many words an apposition after a name may run to: "X, advisor to Y's prime minister and ...,". */
	private static final int APPOSITION_MAX_WORDS = 16;

	/** Prepositions of place, after which a name is a place's: "in Santa Clara". */
	private static final Set<String> LOCATIVES = Set.of("in", "near", "outside", "across", "around", "throughout");

	private static final Set<String> OFFICE_CONNECTORS = Set.of("of", "the", "for", "and");

	/** A courtesy title or a rank abbreviated, which ends no sentence: "Dr.", "Eng.", "Gen.". */
	private static final java.util.regex.Pattern ABBREVIATED_TITLE = java.util.regex.Pattern
		.compile("(?i)(?:dr|eng|mr|mrs|ms|prof|gen|col|lt|capt|maj)\\.");

	/**
	 * Where a title that opens an office's name stands before the name at {@code from}, past capitalised words and
	 * "of", "the", "for", "and": {@code Governor of the Central Bank of Sudan Dr.}; {@code from} when none does.
	 */
	private static int officeStart(String[] words, int from, Lexicon lexicon) {
		int office = from;
		for (int k = from - 1; k >= 0 && from - k <= 12; k--) {
			String word = words[k];
			boolean punctuated = word.matches(".*[,;:”\"]$")
					|| word.endsWith(".") && !ABBREVIATED_TITLE.matcher(word).matches();
			boolean title = lexicon.isTitleWord(SpeakerPhrase.strip(word));
			// ("Former Agriculture Minister in Syria X": where the office is held)
			boolean where = word.equals("in") && k + 1 < words.length && lexicon.isPlace(SpeakerPhrase.strip(words[k + 1]));
			if (punctuated || !OFFICE_CONNECTORS.contains(word) && !where && !isNameWord(words, k) && !title) {
				break;
			}
			if (title) {
				office = k;
			}
		}
		// (with the portfolio and the modifiers before its title: "Former Agriculture Minister")
		while (office < from && office > 0 && isNameWord(words, office - 1) && !words[office - 1].matches(".*[,.;:]$")
				&& (lexicon.isPortfolioWord(SpeakerPhrase.strip(words[office - 1]))
						|| MODIFIERS.contains(words[office - 1].toLowerCase(Locale.ROOT)))) {
			office--;
		}
		return office;
	}

	/** Whether a run is an institution's last words, all of a portfolio, then a person's name of two words or more. */
	private static boolean endsInPerson(String[] words, int start, int end, Lexicon lexicon) {
		return personWithRole(words, start, end, lexicon,
				(role) -> role.allMatch((word) -> lexicon.isPortfolioWord(SpeakerPhrase.strip(word))));
	}

	/** Whether a run is a title, then a person's name of two words or more: "Intelligence Minister X Y". */
	private static boolean titledPerson(String[] words, int start, int end, Lexicon lexicon) {
		return personWithRole(words, start, end, lexicon,
				(role) -> role.anyMatch((word) -> lexicon.isTitleWord(SpeakerPhrase.strip(word))));
	}

	/** Whether a run is a role whose words pass {@code fits}, then a person's name of two words or more. */
	private static boolean personWithRole(String[] words, int start, int end, Lexicon lexicon,
			java.util.function.Predicate<java.util.stream.Stream<String>> fits) {
		String run = String.join(" ", java.util.Arrays.copyOfRange(words, start, end)).replaceFirst("['’]s$", "");
		return SpeakerPhrase.parse(run, lexicon)
			.filter((phrase) -> phrase.isName() && !phrase.organization() && phrase.role() != null
					&& NameKey.words(phrase.name()).size() >= 2
					&& fits.test(java.util.Arrays.stream(phrase.role().split("\\s+"))))
			.isPresent();
	}

	/** Whether the run from {@code office} names the person the run from {@code from} does, with a role. */
	private static boolean sameName(String[] words, int office, int from, int end, Lexicon lexicon) {
		String name = String.join(" ", java.util.Arrays.copyOfRange(words, from, end)).replaceFirst("['’]s$", "");
		String titled = String.join(" ", java.util.Arrays.copyOfRange(words, office, end)).replaceFirst("['’]s$", "");
		Optional<SpeakerPhrase> plain = SpeakerPhrase.parse(name, lexicon);
		Optional<SpeakerPhrase> withRole = SpeakerPhrase.parse(titled, lexicon);
		return plain.isPresent() && withRole.isPresent() && withRole.get().isName() && withRole.get().role() != null
				&& !withRole.get().organization()
				&& java.util.Objects.equals(plain.get().name(), withRole.get().name());
	}

	/** Finite verbs of saying, which make a clause of what follows a name: "X, the minister said ...". */
	private static final Set<String> SPEECH = Set.of("said", "says", "told", "tells", "added", "stressed", "noted",
			"warned", "explained");

	/** The last words of places' names: "Downing Street", "Tahrir Square". */
	private static final Set<String> PLACE_NOUNS = Set.of("street", "square", "road", "avenue", "boulevard", "bridge",
			"airport", "station", "stadium", "park", "strip", "bank", "valley", "river", "sea", "gulf", "island", "islands",
			"mountains", "desert", "camp", "crossing", "corridor", "highway", "district", "province", "county");

	/** Capitalised modifiers that open a sentence and no name: "Former Newcastle captain X". */
	private static final Set<String> MODIFIERS = Set.of("former", "ex", "late", "retired", "veteran", "then",
			"outgoing", "incoming");

	private static final Set<String> COMPLEMENTS = Set.of("of", "for");

	private static final Set<String> AND = Set.of("and", "&");

	/** "the Ministry of Information and National Orientation": a capitalised run after "of X" or "of X and". */
	private static boolean continuesInstitution(String[] words, int start, Lexicon lexicon) {
		if (start < 2 || !isNameWord(words, start - 2)) {
			return false;
		}
		if (COMPLEMENTS.contains(words[start - 1])) {
			return true;
		}
		return AND.contains(words[start - 1]) && (lexicon.isPortfolioWord(SpeakerPhrase.strip(words[start - 2]))
				|| (start >= 3 && COMPLEMENTS.contains(words[start - 3])));
	}

	private static boolean isNameWord(String[] words, int i) {
		String word = words[i].replaceAll("^[“\"(‘']+", "");
		if (word.isEmpty()) {
			return false;
		}
		String lower = word.toLowerCase(Locale.ROOT);
		boolean particle = (lower.equals("bin") || lower.equals("ibn") || lower.equals("al") || lower.equals("el")
				|| lower.equals("abu") || lower.equals("de") || lower.equals("van") || lower.equals("von"))
				&& i + 1 < words.length;
		return SpeakerPhrase.isNameCapitalized(word) || particle;
	}

	/** A possessive that ends a run of names: "Trump's". */
	private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s$");

	/** A day after a run of names: "addressed Iran Sunday". */
	private static final Pattern WEEKDAY_END = Pattern.compile("\\s+" + Nlp.WEEKDAYS + "\\W*$");

	private static void addPerson(String[] words, int start, int end, int paragraph, Lexicon lexicon,
			List<Person> people) {
		// "President Donald Trump's tariffs" names Donald Trump
		// (and "addressed Iran Sunday" names no one: a day after a name is no part of it)
		String run = WEEKDAY_END.matcher(POSSESSIVE_END.matcher(String.join(" ", java.util.Arrays.copyOfRange(words, start,
				end))).replaceFirst("")).replaceFirst("");
		Optional<SpeakerPhrase> phrase = SpeakerPhrase.parse(run, lexicon);
		if (phrase.isEmpty() || !phrase.get().isName() || phrase.get().organization()) {
			return;
		}
		if (start > 0 && words[start - 1].equalsIgnoreCase("the") && phrase.get().role() == null) {
			// "the Lebanese Al Mayadeen reported": an outlet or an institution, not a person
			return;
		}
		if (phrase.get().role() == null && lexicon.isNationality(phrase.get().name().split("\\s+")[0])) {
			// "Hezbollah’s “Loyalty to Resistance” Lebanese Parliamentary bloc": a nation's adjective opens no name
			return;
		}
		boolean possessive = words[end - 1].matches(".*['’]s[,.;:]?");
		if (start > 0 && LOCATIVES.contains(words[start - 1]) && phrase.get().role() == null && !possessive) {
			// "a meeting held in Santa Clara, California": a place
			return;
		}
		String name = phrase.get().name();
		if (name != null && phrase.get().role() == null
				&& MODIFIERS.contains(name.split("\\s+")[0].toLowerCase(Locale.ROOT))) {
			// "Former Newcastle captain Alan Shearer": "Former Newcastle" is nobody
			name = name.substring(name.indexOf(' ') + 1);
		}
		// (one word is a person's name with a title before it: "Prime Minister Netanyahu")
		boolean titledName = phrase.get().role() != null && lexicon.isTitleWord(NameKey.surnameOf(phrase.get().role()));
		if (name == null || NameKey.words(name).size() < 2 && !titledName || lexicon.isPlace(name)
				|| PLACE_NOUNS.contains(NameKey.surnameOf(name))) {
			// "Downing Street", "Tahrir Square": a place's name
			return;
		}
		String role = phrase.get().role();
		if (role == null && words[end - 1].endsWith(",")) {
			StringBuilder apposition = new StringBuilder();
			boolean closed = false;
			int after = -1;
			for (int k = end; k < words.length && k < end + APPOSITION_MAX_WORDS; k++) {
				// ("X, General Commander of the Syrian Democratic Forces (SDF) discussed ...": a title left unclosed
				// ends before the verb that follows its name)
				boolean verbAfterName = k > end && words[k].matches("\\p{Ll}+ed")
						&& (isNameWord(words, k - 1) && !words[k - 1].matches(".*['’]s") || words[k - 1].endsWith(")"));
				if (verbAfterName) {
					closed = true;
					break;
				}
				apposition.append(apposition.length() > 0 ? " " : "").append(words[k]);
				if (words[k].endsWith(",") || words[k].endsWith(".")) {
					closed = true;
					after = words[k].endsWith(",") ? k + 1 : -1;
					break;
				}
			}
			// ("with Trevor Kell, the environment secretary, Arun Tesk, said": the title of the name it goes before)
			int next = after;
			while (next > 0 && next < words.length && next - after < 4 && isNameWord(words, next)
					&& !words[next].endsWith(",")) {
				next++;
			}
			if (next > after && after > 0 && next < words.length && isNameWord(words, next)
					&& words[next].endsWith(",")) {
				closed = false;
			}
			if (!closed) {
				// (an apposition cut off before its end is no role: "advisor to ... and spokesperson for the Ministry of")
				apposition.setLength(0);
			}
			String candidate = apposition.toString().replaceAll("[,.]$", "");
			// "..., the prime minister said the system was failing": a clause, not an apposition
			// (and "X, whose son is among the hostages,": a relative clause, no role)
			// (nor "X, and the representative for Y,": another person joined to the list)
			boolean clause = java.util.Arrays.stream(candidate.split("\\s+")).anyMatch(SPEECH::contains)
					|| Clauses.RELATIVES.contains(candidate.split("\\s+")[0].toLowerCase(Locale.ROOT))
					|| candidate.startsWith("and ") || candidate.startsWith("or ");
			Optional<SpeakerPhrase> described = SpeakerPhrase.parse(candidate, lexicon);
			// (past an article too: "X, the official spokesman for chairman Y,")
			String office = candidate.replaceFirst("^(?i)(?:the|a|an)\\s+", "");
			boolean titled = !candidate.isEmpty() && (lexicon.isTitleWord(candidate.split("[\\s-]")[0])
					|| !office.equals(candidate) && !office.isEmpty() && lexicon.isTitleWord(office.split("[\\s-]")[0]));
			// (nor a plural: "spokespersons, X and Y, shut down the reports through their social media handles," is
			// what they did)
			if (!clause && (described.filter((d) -> !d.isName() && !d.plural()).isPresent() || titled)) {
				role = candidate;
			}
		}
		// (but not when a verb follows the name: "with the envoy, X underlined": the clause's subject)
		// (or a preposition: "his Omani counterpart, X on the issue of ...": the name ends, no clause goes on)
		boolean closedAfter = words[end - 1].matches(".*[,.;:]") || end >= words.length
				|| !Character.isLowerCase(words[end].charAt(0)) || AFTER_NAME.contains(words[end]);
		// (past a courtesy title the run left out: "Kessa Information Minister, Dr. X says")
		int described = (start > 2 && COURTESY.matcher(words[start - 1]).matches() && words[start - 2].endsWith(","))
				? start - 1 : start;
		if (role == null && described > 1 && words[described - 1].endsWith(",")) {
			// "with his Iranian counterpart, Hossein X,": a description of the person before the name
			role = describedBefore(words, described - 1, lexicon);
			// (unless it opens the paragraph, "Chelsea manager, X has ...", an unclosed one is a preposition's object)
			if (role != null && !closedAfter && !String.join(" ", words).startsWith(role)) {
				role = null;
			}
		}
		if (role == null && start == 0 && end + 2 < words.length
				&& (words[end].equals("is") || words[end].equals("was"))
				&& (words[end + 1].equals("the") || words[end + 1].equals("a") || words[end + 1].equals("an"))
				&& lexicon.isTitleWord(SpeakerPhrase.strip(words[end + 2]).toLowerCase(Locale.ROOT))) {
			// "X Y is the commander-in-chief of the Z Forces.": a paragraph that opens by introducing the person
			StringBuilder introduced = new StringBuilder();
			for (int k = end + 1; k < words.length && k <= end + APPOSITION_MAX_WORDS; k++) {
				introduced.append(introduced.length() > 0 ? " " : "").append(words[k]);
				if (words[k].matches(".*[,.;:]$")) {
					role = introduced.toString().replaceAll("[,.;:]$", "");
					break;
				}
			}
		}
		people.add(new Person(name, role, paragraph));
	}

	/**
	 * The description that the word at {@code comma} ends, of a person named right after it: a possessive or an
	 * article, then words up to a title or a speaker's noun ({@code his Iranian counterpart}); else null.
	 */
	private static @Nullable String describedBefore(String[] words, int comma, Lexicon lexicon) {
		String head = SpeakerPhrase.strip(words[comma]).toLowerCase(Locale.ROOT);
		int reach = 5;
		for (int k = comma - 1; k > 0 && comma - k <= 6; k--) {
			// ("the visiting German ambassador to Iraq, X": the title before its complement's place)
			// (and "Minister of Endowments and Religious Affairs, X": a complement of two portfolios)
			boolean named = true;
			for (int n = k + 1; n <= comma && named; n++) {
				named = isNameWord(words, n) || n > k + 1 && n < comma && AND.contains(words[n]);
			}
			if (COMPLEMENT_WORDS.contains(words[k]) && named && lexicon.isTitleWord(SpeakerPhrase.strip(words[k - 1]))) {
				head = SpeakerPhrase.strip(words[k - 1]).toLowerCase(Locale.ROOT);
				reach += comma - k + 1;
				break;
			}
		}
		for (int k = comma - 1; k >= 0 && comma - k <= reach; k--) {
			String word = words[k];
			boolean opens = k == 0 || word.matches(".*[,.;:”\"]$");
			if (opens && k + 1 < comma && lexicon.isTitleWord(head) && k > 0
					&& Character.isUpperCase(words[k + 1].charAt(0))) {
				// "On Thursday, Kurdish Minister of X, Y,": a title opening the clause after an adverbial
				return String.join(" ", java.util.Arrays.copyOfRange(words, k + 1, comma + 1)).replaceAll(",$", "");
			}
			if (word.matches(".*[,.;:”\"]$")) {
				return null;
			}
			if (k == 0 && lexicon.isTitleWord(head) && !word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
				// "Chelsea manager, Mauricio X has played down ...": a title opening the paragraph, then the name
				return String.join(" ", java.util.Arrays.copyOfRange(words, 0, comma + 1)).replaceAll(",$", "");
			}
			if (DESCRIBING_DETERMINERS.contains(word.toLowerCase(Locale.ROOT))) {
				String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, k, comma + 1))
					.replaceAll(",$", "");
				boolean person = lexicon.isTitleWord(head)
						|| lexicon.isSpeakerNoun(head) && !lexicon.isOrganizationWord(head);
				// (the role without its possessive: "Iranian counterpart", as "his Iranian counterpart X" gives it)
				return person && SpeakerPhrase.parse(candidate, lexicon).filter((d) -> !d.isName()).isPresent()
						? candidate.replaceFirst("^(?i:his|her|their|its)\\s+", "") : null;
			}
		}
		return null;
	}

	/** Prepositions that end a name in narration: "X on the issue", "X during the talks". */
	private static final Set<String> AFTER_NAME = Set.of("on", "about", "over", "during", "regarding", "at", "in");

	private static final Set<String> DESCRIBING_DETERMINERS = Set.of("his", "her", "their", "its", "the", "a", "an");

	/** Prepositions that open a title's complement: "ambassador to Iraq", "minister of finance". */
	private static final Set<String> COMPLEMENT_WORDS = Set.of("to", "of", "for", "in", "at");

	/** The fullest name of a person that the given partial name ({@code Ahmi}, {@code Prince Faisal}) belongs to. */
	Optional<Person> fullName(String partial) {
		List<String> words = NameKey.words(partial);
		// ("Mubarak" is "Ahmad Awad bin Mubarak", but not where the article names someone so alone: "King Salman" is
		// not "Mohammed bin Salman")
		boolean alone = words.size() == 1 && this.royalNames.contains(words.get(0));
		Person best = longestMatch(this.people, words);
		if (best == null && !alone) {
			best = this.people.stream()
				.filter((person) -> afterPatronymic(person.words(), words))
				.findFirst()
				.orElse(null);
		}
		if (best == null && words.size() == 1) {
			// ("Faizal" is "Ahmad Faizal Rahim": a lone name that only one person has inside their name)
			List<Person> inner = this.people.stream()
				.filter((person) -> person.words().indexOf(words.get(0)) > 0
						&& person.words().lastIndexOf(words.get(0)) < person.words().size() - 1)
				.toList();
			boolean one = inner.stream().map(Person::name).distinct().count() == 1;
			best = (one && !PATRONYMICS.contains(words.get(0))) ? inner.get(0) : null;
		}
		// ("SDF commander Mazloum Abdi: ..." over a story that says only "Abdi": the name the headline titles)
		return Optional.ofNullable((best != null) ? best : longestMatch(this.titled, words));
	}

	/** The person the article names by one name alone after a title: "Vell" of "Director Vell presented the plan". */
	Optional<Person> titledAlone(String name) {
		List<String> words = NameKey.words(name);
		if (words.size() != 1) {
			return Optional.empty();
		}
		return this.people.stream().filter((person) -> person.role() != null && person.words().equals(words)).findFirst();
	}

	/** The person the article names in full whose first name is the given one: "Saud" of "Saud Al-Faisal". */
	Optional<Person> byFirstName(String given) {
		List<String> words = NameKey.words(given);
		return this.people.stream()
			.filter((person) -> words.size() == 1 && person.words().size() > 1 && person.words().get(0).equals(words.get(0)))
			.findFirst();
	}

	/** The role the article gives where it names the very person a full name names: "Chelsea manager, X Y has ...". */
	Optional<String> roleOf(String name) {
		List<String> words = NameKey.words(name);
		return this.people.stream()
			.filter((person) -> person.role() != null && person.words().equals(words))
			.map(Person::role)
			.findFirst();
	}

	private static @Nullable Person longestMatch(List<Person> people, List<String> words) {
		Person best = null;
		for (Person person : people) {
			List<String> full = person.words();
			if (full.size() > words.size() && matches(full, words)
					&& (best == null || full.size() > best.words().size())) {
				best = person;
			}
		}
		return best;
	}

	/** The last person named before the given paragraph, or in it before {@code offset} (or where the text hides). */
	Optional<Person> lastPersonBefore(int paragraph, int offset, String text) {
		Person last = null;
		Person lastSpeaking = null;
		for (Person person : this.people) {
			int at = text.indexOf(person.name());
			boolean before = person.paragraph() < paragraph || person.paragraph() == paragraph && at < offset;
			if (before) {
				last = person;
				// ("comments he had made to X Wednesday, in which he said": whom words are addressed to says none)
				int nearest = (person.paragraph() == paragraph) ? text.lastIndexOf(person.name(), offset - 1) : -1;
				boolean addressed = nearest > 0 && LISTENER.matcher(text).region(0, nearest).find();
				lastSpeaking = addressed ? lastSpeaking : person;
			}
		}
		return Optional.ofNullable((lastSpeaking != null) ? lastSpeaking : last);
	}

	/** The people the article first names after one paragraph and up to another, in the order it names them. */
	List<Person> namedBetween(int after, int upTo) {
		return this.people.stream().filter((person) -> person.paragraph() > after && person.paragraph() <= upTo).toList();
	}

	/** The words before a name that make its bearer the one spoken to: "told X", "made to X". */
	private static final Pattern LISTENER = Pattern.compile("(?:\\btold|\\bto)\\s+$");

	/**
	 * The person whose title or apposition fits ({@code foreign minister}), named before the paragraph or in it, and
	 * not in the quote's content; else one the headline titles so.
	 */
	Optional<Person> withRole(Predicate<String> fits, int paragraph, String content) {
		for (Person person : this.people) {
			// whom a quote speaks about is not who speaks it
			if (person.paragraph() <= paragraph && person.role() != null && !content.contains(person.name())
					&& fits.test(person.role())) {
				return Optional.of(person);
			}
		}
		// (in full where the story names them so: "Kurdish PM Barzani" of the headline is its "Masrour Barzani")
		return this.titled.stream()
			.filter((person) -> fits.test(person.role()))
			.findFirst()
			.map((person) -> NameKey.words(person.name()).size() < 2 ? fullName(person.name()).orElse(person) : person);
	}

	/** The names of everyone the article gives a role that fits. */
	Set<String> namesWithRole(Predicate<String> fits) {
		return this.people.stream()
			.filter((person) -> person.role() != null && fits.test(person.role()))
			.map(Person::name)
			.collect(java.util.stream.Collectors.toSet());
	}

	/** The person named last, up to the given paragraph, with a role that fits, whom the content does not name. */
	Optional<Person> latestWithRole(Predicate<String> fits, int paragraph, String content) {
		Person latest = null;
		for (Person person : this.people) {
			if (person.paragraph() <= paragraph && person.role() != null && !content.contains(person.name())
					&& fits.test(person.role()) && (latest == null || person.paragraph() >= latest.paragraph())) {
				latest = person;
			}
		}
		return Optional.ofNullable(latest);
	}

	/** The paragraph where the article first names the person a phrase names; MAX_VALUE when it names no one so. */
	int firstParagraph(@Nullable SpeakerPhrase phrase) {
		if (phrase == null || !phrase.isName() || phrase.organization()) {
			return Integer.MAX_VALUE;
		}
		List<String> words = NameKey.words(phrase.name());
		return this.people.stream()
			.filter((person) -> matches(person.words(), words))
			.mapToInt(Person::paragraph)
			.min()
			.orElse(Integer.MAX_VALUE);
	}

	/** Whether a word is part of some person's name. */
	boolean isPersonWord(String word) {
		// "Baharav-Miara" is a word of "Gali Baharav-Miara"
		List<String> parts = NameKey.words(word);
		return !parts.isEmpty() && this.people.stream().anyMatch((person) -> person.words().containsAll(parts));
	}

	/** The person the article names most often up to the given paragraph: whom its copy is about. */
	Optional<Person> mostNamedBefore(int paragraph) {
		Person best = null;
		int bestCount = 0;
		for (Person person : this.people) {
			int count = this.capitalized.getOrDefault(NameKey.surnameOf(person.name()), 0);
			if (person.paragraph() <= paragraph && count > bestCount) {
				best = person;
				bestCount = count;
			}
		}
		return Optional.ofNullable(best);
	}

	/** Whether the headline holds the word: "Hamas" of "Hamas Chief Discusses Ceasefire". */
	boolean inHeadline(String word) {
		return this.headlineWords.contains(word.toLowerCase(Locale.ROOT));
	}

	Map<String, Integer> capitalizedCounts() {
		return this.capitalized;
	}

	/**
	 * Whether a name of two words or more spells the end of a known name another way, as transliterations of Arabic
	 * names do: "Abu Zaid" is "Ahmed Abu Zeid", "Al-Mishri" is not enough alone. Each word is the same, or has the
	 * same first letter, a length within one and the same consonants; one word at least is the same.
	 */
	static boolean variantOf(List<String> full, List<String> part) {
		if (part.size() == 1 && !full.isEmpty()) {
			// ("Fayiz said" after "Amer al-Fayez": a surname alone, spelled another way)
			String known = withoutArticle(full.get(full.size() - 1));
			String word = withoutArticle(part.get(0));
			return !known.equals(word) && known.length() >= 5 && word.length() >= 5 && known.charAt(0) == word.charAt(0)
					&& Math.abs(known.length() - word.length()) <= 1 && consonants(known).length() >= 2
					&& consonants(known).equals(consonants(word));
		}
		if (part.size() < 2 || part.size() > full.size()) {
			return false;
		}
		List<String> end = full.subList(full.size() - part.size(), full.size());
		boolean same = false;
		for (int i = 0; i < part.size(); i++) {
			String known = end.get(i);
			String word = part.get(i);
			if (known.equals(word)) {
				same = true;
				continue;
			}
			boolean variant = known.length() >= 4 && word.length() >= 4 && known.charAt(0) == word.charAt(0)
					&& Math.abs(known.length() - word.length()) <= 1 && consonants(known).equals(consonants(word));
			if (!variant) {
				return false;
			}
		}
		return same;
	}

	/** A name's word without the Arabic article: "fayez" of "al-fayez". */
	private static String withoutArticle(String word) {
		return word.replaceFirst("^(?:al|el)-", "");
	}

	/** A word's consonants, a doubled one once: "zeid" and "zaid" are "zd", "mohammed" and "muhammad" "mhmd". */
	private static String consonants(String word) {
		return word.replaceAll("[aeiouy]", "").replaceAll("(.)\\1+", "$1");
	}

	static boolean matches(List<String> full, List<String> part) {
		if (NameKey.withoutSuffix(full) != full && matches(NameKey.withoutSuffix(full), part)) {
			// "Kennedy" is "Robert F. Kennedy Jr."
			return true;
		}
		if (part.isEmpty() || part.size() > full.size()) {
			return false;
		}
		// (but not a father's name after "bin": "King Salman" is not "Mohammed bin Salman")
		boolean patronymic = full.size() > part.size() && PATRONYMICS.contains(full.get(full.size() - part.size() - 1));
		boolean suffix = full.subList(full.size() - part.size(), full.size()).equals(part) && !patronymic;
		boolean prefix = full.subList(0, part.size()).equals(part);
		// ("Bin Alawi" is "Yusuf bin Alawi bin Abdallah": a father's name with its "bin" names the son)
		boolean fathers = part.size() >= 2 && PATRONYMICS.contains(part.get(0))
				&& java.util.Collections.indexOfSubList(full, part) > 0;
		return suffix || prefix || fathers;
	}

	/** Whether a name ends in the part after a father's "bin": "Mubarak" of "Ahmad Awad bin Mubarak". */
	private static boolean afterPatronymic(List<String> full, List<String> part) {
		int at = full.size() - part.size();
		return !part.isEmpty() && at >= 2 && PATRONYMICS.contains(full.get(at - 1))
				&& full.subList(at, full.size()).equals(part);
	}

	/** The words that make the name after them a father's: "bin", "ibn", "bint". */
	private static final Set<String> PATRONYMICS = Set.of("bin", "ibn", "bint", "ben");

}
