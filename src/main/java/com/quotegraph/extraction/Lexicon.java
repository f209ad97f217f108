package com.quotegraph.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The word lists the engine reads, loaded once from data files beside this class. */
final class Lexicon {

	/**
	 * One form of a reporting verb or phrase, as words; whether a noun phrase may be its content; whether it reports
	 * only beside a quotation ({@code "Q," the statement read}, {@code X continued, "Q"}); how it characterises an
	 * object, if that is what it reports ({@code described the attack as "barbaric"}, {@code called the deal "a
	 * victory"}).
	 */
	record Cue(List<String> words, boolean takesNounPhrase, boolean quotationOnly, Characterization characterization) {

		Cue(List<String> words, boolean takesNounPhrase) {
			this(words, takesNounPhrase, false, Characterization.NONE);
		}

		boolean isParticiple() {
			return this.words.get(0).endsWith("ing") && !this.words.get(0).equals("according");
		}

	}

	/**
	 * What a characterising cue's object is followed by: {@code AS} a description after "as" ("described the talks
	 * as constructive"), {@code QUOTED} a quotation ("branded the plan \"reckless\"").
	 */
	enum Characterization {

		NONE, AS, QUOTED

	}

	static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");

	private final Map<String, List<Cue>> cuesByFirstWord;

	private final Set<String> speakerNouns;

	private final Set<String> titleWords;

	private final Set<String> organizationWords;

	private final Set<String> places;

	private final Set<String> portfolioWords;

	private final Set<String> demonyms;

	Lexicon() {
		Map<String, List<Cue>> byFirstWord = new HashMap<>();
		for (Cue cue : readCues()) {
			byFirstWord.computeIfAbsent(cue.words().get(0), (word) -> new ArrayList<>()).add(cue);
		}
		byFirstWord.replaceAll((word, cues) -> List.copyOf(cues));
		this.cuesByFirstWord = Map.copyOf(byFirstWord);
		this.speakerNouns = readWords("speaker-nouns.txt");
		this.titleWords = readWords("title-words.txt");
		this.organizationWords = readWords("organization-words.txt");
		this.places = readWords("places.txt");
		this.portfolioWords = readWords("portfolio-words.txt");
		this.demonyms = readWords("demonyms.txt");
	}

	/** The reporting cues whose first word is the given one, longest first, so that "called on" wins over "call". */
	List<Cue> cuesStartingWith(String word) {
		return this.cuesByFirstWord.getOrDefault(word, List.of());
	}

	/** Whether a word opens a reporting cue: "adding", "said", "expressed" (of "expressed hope"). */
	boolean opensCue(String word) {
		return this.cuesByFirstWord.containsKey(word);
	}

	/** Whether a word opens a cue whose content is a clause: "adding", not "referring" (to X as Y). */
	boolean opensClauseCue(String word) {
		return cuesStartingWith(word).stream()
			.anyMatch((cue) -> !cue.quotationOnly() && cue.characterization() == Characterization.NONE);
	}

	/** Whether a word opens a cue that reports without a quotation beside it: "adding", not "answering". */
	boolean opensReport(String word) {
		return cuesStartingWith(word).stream().anyMatch((cue) -> !cue.quotationOnly());
	}

	boolean isSpeakerNoun(String word) {
		return this.speakerNouns.contains(word.toLowerCase(Locale.ROOT));
	}

	/** A title word, or titles joined by hyphens: "Commissioner-General", "Director-General", "ex-minister". */
	boolean isTitleWord(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (this.titleWords.contains(lower)) {
			return true;
		}
		if (lower.indexOf('-') <= 0) {
			return false;
		}
		String[] parts = lower.split("-");
		return Arrays.stream(parts).allMatch((part) -> this.titleWords.contains(part) || TITLE_AFFIXES.contains(part))
				&& Arrays.stream(parts).anyMatch(this.titleWords::contains);
	}

	private static final Set<String> TITLE_AFFIXES = Set.of("ex", "elect", "designate", "co", "vice", "in");

	/** An organisation's word, or its plural in -s: "the Centers for Disease Control". */
	boolean isOrganizationWord(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return this.organizationWords.contains(lower) || lower.length() > 4 && lower.endsWith("s")
				&& !lower.endsWith("ss") && this.organizationWords.contains(lower.substring(0, lower.length() - 1));
	}

	/** An organisation's word as listed, no plural made of one: "bank", not "Banks". */
	boolean isListedOrganizationWord(String word) {
		return this.organizationWords.contains(word.toLowerCase(Locale.ROOT));
	}

	boolean isPortfolioWord(String word) {
		return this.portfolioWords.contains(word.toLowerCase(Locale.ROOT));
	}

	/** A noun for a person of a nation or region: "Scot", "Italian", "Frenchman". */
	boolean isDemonym(String word) {
		return this.demonyms.contains(word.toLowerCase(Locale.ROOT).replace(' ', '-'));
	}

	/** Adjectives of nationality that are no person's noun: "Turkish", "British" ("the Egyptian" is a demonym). */
	private static final Set<String> NATIONALITY_ADJECTIVES = Set.of("turkish", "british", "french", "spanish",
			"irish", "english", "scottish", "welsh", "danish", "swedish", "finnish", "polish", "dutch", "kurdish", "arabian");

	/** A word that gives a nationality: "Egyptian", "Turkish". */
	boolean isNationality(String word) {
		return isDemonym(word) || NATIONALITY_ADJECTIVES.contains(word.toLowerCase(Locale.ROOT));
	}

	boolean isPlace(String name) {
		return this.places.contains(name.toLowerCase(Locale.ROOT).replace(' ', '-'));
	}

	private static List<Cue> readCues() {
		List<Cue> cues = new ArrayList<>();
		for (String line : lines("reporting-verbs.txt")) {
			String[] parts = line.split("\\|");
			String flag = (parts.length > 1) ? parts[1].trim() : "";
			Characterization characterization = switch (flag) {
				case "as" -> Characterization.AS;
				case "quoted" -> Characterization.QUOTED;
				default -> Characterization.NONE;
			};
			for (String form : parts[0].split(",")) {
				cues.add(new Cue(List.of(form.trim().split("\\s+")),
						flag.equals("np") || characterization != Characterization.NONE, flag.equals("quote"),
						characterization));
			}
		}
		cues.sort(Comparator.comparingInt((Cue cue) -> cue.words().size()).reversed());
		return List.copyOf(cues);
	}

	private static Set<String> readWords(String resource) {
		Set<String> words = new HashSet<>();
		for (String line : lines(resource)) {
			for (String word : line.split("\\s+")) {
				words.add(word.toLowerCase(Locale.ROOT));
			}
		}
		return Set.copyOf(words);
	}

	private static List<String> lines(String resource) {
		List<String> lines = new ArrayList<>();
		try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("word list " + resource + " is missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String trimmed = line.strip();
				if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
					lines.add(trimmed);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

}
