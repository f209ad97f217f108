package com.quotegraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One paragraph under analysis: its sentences, quotation marks and, on demand, the tagged tokens of a sentence; and
 * the stretches that a quote has already claimed.
 */
final class Passage {

	/** Sentences longer than this are not tagged: no reporting clause runs that long in news prose. */
	private static final int MAX_TAGGED_SENTENCE = 1500;

	/**
	 * A dateline before the first sentence: {@code DAVOS —}, {@code Beirut, Asharq Al-Awsat—}, {@code Beirut- },
	 * {@code DAMASCUS: }, {@code LONDON/DUBAI, Oct 29 (Reuters) - }, {@code Margao (Goa) [India], February 22 (ANI): },
	 * {@code (CN) - }, {@code ANKARA : }, {@code AL-MUKALLA: }, {@code BEIRUT, LEBANON (10:00 P.M.) – },
	 * {@code ARBIL / }, with a date after it: {@code CAIRO – 10 May 2017: }, or an outlet: {@code Cairo - Asharq
	 * Al-Awsat: }; an outlet in quotation marks: {@code Baghdad, «Al-Quds Al-Arabi» and agencies: }; an agency's mark
	 * alone: {@code (MENAFN) }, or an outlet's name and a slash: {@code Shafaq News/ }; a place, a date and an
	 * agency's mark: {@code Jerusalem, Oct 13 (IANS) }; a place and an agency between dashes: {@code Tehran - BORNA - };
	 * a place in capitals and an outlet in brackets: {@code TEHRAN (Iran News) }, or outlets and a date:
	 * {@code ANKARA (Kolo News / Sputnik - 19th January, 2023) }; a place and a website in brackets:
	 * {@code Baghdad (KoloNews.com) }; a place and a wire in brackets, a space or none after it:
	 * {@code Dubai United Arab Emirates (CNN)}; a place and two slashes:
	 * {@code LONDON // }; places joined by "and": {@code Jeddah, Sana’a and Riyadh, Asharq Al-Awsat—}, or a region "of"
	 * a country: {@code ERBIL, Kurdistan Region of Iraq – }; a place glued to the first word: {@code Riyadh-The },
	 * {@code Tunisia-The Political Adviser}, {@code Sanaa, Asharq Al-Awsat-A }; a place glued to an outlet in capitals,
	 * and a date: {@code Baghdad-AlSHARQIYA September 28: }; a dash and a colon with nothing between them:
	 * {@code Nineveh – : }; an agency's mark that names who carried it: {@code KABUL, Oct 30, 2008 (Xinhua via COMTEX
	 * News Network) -- }; a place in capitals and a colon before a quotation mark: {@code NEW YORK: “}.
	 */
	private static final Pattern DATELINE = Pattern
		.compile("^(?:(?:\\p{Lu}[\\p{L}.'’/-]*(?:[ ,]+(?:and |of |via )?[\\p{Lu}\\d(\\[][\\p{L}\\d.'’()\\[\\]/:-]*){0,7}"
				+ "|\\(\\p{Lu}[\\p{L}.]*\\))(?:\\s*[—–]\\s*|\\s+--?\\s+|\\s+//\\s+|(?<=[\\p{L})])-\\s+|(?<=\\p{Ll})-(?=(?:The|An?) \\p{L})|\\s?:\\s+(?=\\p{Lu})|(?<=\\p{Lu}{2}):\\s+(?=[“\"]\\p{Lu})"
				+ "|(?<=\\p{Lu}{2})\\s+/\\s+(?=\\p{Lu}))(?:\\d{1,2} \\p{Lu}\\p{Ll}+ \\d{4}:\\s+"
				+ "|\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,3}:\\s+(?=\\p{Lu})|\\p{Lu}{2,}\\s+-\\s+(?=\\p{Lu})|:\\s+(?=\\p{Lu}))?"
				+ "|\\p{Lu}[\\p{L}'’-]*, [«“\"]\\p{Lu}[^»”\"]{1,40}[»”\"](?: and agencies)?:\\s+(?=\\p{Lu})"
				+ "|\\(\\p{Lu}{2,}\\)\\s+(?=\\p{Lu})"
				+ "|(?:\\p{Lu}[\\p{L}'’-]* ){0,3}(?:News|Press|Agency|Media|TV)\\s?/\\s*(?=\\p{Lu})"
				+ "|\\p{Lu}[\\p{L}'’-]*, \\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2} \\(\\p{Lu}{2,}\\)\\s+(?=\\p{Lu})"
				+ "|(?:\\p{Lu}\\p{Ll}+ )?\\p{Lu}\\p{Ll}+, \\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2} \\(\\p{Lu}[\\p{L} ]{1,30}\\)\\s*(?:--?|[—–])\\s*(?=\\p{Lu})"
				+ "|\\(\\p{Lu}{3,}- [\\p{L} ]{2,40}\\)\\s+(?=\\p{Lu})"
				+ "|\\p{Lu}{2,}(?:[ ,]+\\p{Lu}{2,})*,? \\(\\p{Lu}[\\p{L}\\d ,/-]{1,60}\\)(?:\\s+|\\s*:\\s*)(?=\\p{Lu})"
				+ "|\\p{Lu}\\p{Ll}+ \\(\\p{L}[\\p{L}\\d-]{1,30}\\.(?:com|net|org|info|news)\\)\\s+(?=\\p{Lu})"
				+ "|(?:\\p{Lu}[\\p{L}.'’-]*,? ){1,5}\\((?:CNN|AP|AFP|BBC|Reuters)\\)\\s*(?=\\p{Lu})"
				+ "|\\p{Lu}\\p{Ll}+-(?=\\p{L}*\\p{Lu}{3})\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{Ll}+ \\d{1,2})?\\s*:\\s+)");

	/** A place and an agency in capitals between dashes: "Tehran - BORNA - ". */
	private static final Pattern PLACE_AND_AGENCY = Pattern.compile("\\p{Lu}[\\p{L}'’-]* - \\p{Lu}{2,} - (?=\\p{Lu})");

	/**
	 * A place in capitals and an outlet in brackets: "ALGERIA (Kolo News / Sputnik - 04th June, 2020) ", "LAHORE,
	 * (UrduPoint / Pakistan Point News - 20th Jul, 2022 ) :".
	 */
	private static final Pattern CAPITALS_AND_BRACKETS = Pattern.compile("\\p{Lu}{2,}(?:[ ,]+\\p{Lu}{2,})*,? \\(\\p{Lu}");

	/** A place in capitals, a date and an agency's mark before a dash: "BEIJING, Jan. 6 (Xinhua) --". */
	private static final Pattern CAPITALS = Pattern
		.compile("\\p{Lu}{2,}[\\p{Lu}/ ,]*(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\d{1,2})?)?(?:\\s*\\(\\p{Lu}[\\p{L} -]*\\))?\\s*[—–-]");

	final int index;

	final String text;

	final int bodyStart;

	final List<Span> sentences;

	final List<Quotation> quotations;

	private final Nlp nlp;

	private final Map<Integer, List<Token>> tokens = new HashMap<>();

	private final List<Span> claimed = new ArrayList<>();

	Passage(int index, String text, Nlp nlp) {
		this.index = index;
		this.text = text;
		this.nlp = nlp;
		Matcher dateline = DATELINE.matcher(text);
		// (a byline may come first: "Saudi Gazette report", then "RIYADH — ...": a capitals' dateline a little later)
		// (or a place and an agency between dashes, after a lede: "Tehran - BORNA - ")
		boolean opening = index == 0 || index <= 2 && (CAPITALS.matcher(text).lookingAt()
				|| PLACE_AND_AGENCY.matcher(text).lookingAt() || CAPITALS_AND_BRACKETS.matcher(text).lookingAt());
		int body = (opening && dateline.find() && balanced(dateline.group()) && !opensAside(dateline.group(), text))
				? dateline.end() : 0;
		// (a wire's mark, then the agency's own dateline: "(MENAFN- Kolo News Agency) Occupied Jerusalem, October 27
		// (Petra) -- ")
		Matcher second = DATELINE.matcher(text).region(body, text.length());
		if (body > 0 && second.lookingAt() && balanced(second.group()) && !opensAside(second.group(), text.substring(body))) {
			body = second.end();
		}
		this.bodyStart = body;
		this.sentences = nlp.sentences(text);
		// (an outlet quoted in the dateline is no quotation: "Baghdad, «Al-Quds Al-Arabi» and agencies: ")
		this.quotations = Quotations.find(text).stream().filter((found) -> found.open() >= this.bodyStart).toList();
	}

	/**
	 * Whether what looks like a dateline is a name before an aside that a second dash closes: "Tomas Vell – the head
	 * of the council – said" (a dateline in capitals, or a place and an outlet, never is).
	 */
	private static boolean opensAside(String dateline, String text) {
		String dash = dateline.strip();
		char mark = dash.charAt(dash.length() - 1);
		// (nor a place and an outlet: "London, Asharq Al-Awsat – A senior member – between X and Y – has revealed")
		if ((mark != '–' && mark != '—') || dateline.equals(dateline.toUpperCase(java.util.Locale.ROOT))
				|| dash.contains(", ")) {
			return false;
		}
		int close = text.indexOf(mark, dateline.length());
		int stop = text.indexOf(". ", dateline.length());
		return close > 0 && close - dateline.length() <= 80 && (stop < 0 || close < stop);
	}

	/** A dateline closes its brackets: "Weeks, Corning Incorporated’s (NYSE: GLW) chairman" opens with none. */
	private static boolean balanced(String dateline) {
		return dateline.chars().filter((c) -> c == '(').count() == dateline.chars().filter((c) -> c == ')').count();
	}

	List<Token> tokens(int sentence) {
		return this.tokens.computeIfAbsent(sentence, (i) -> {
			Span span = this.sentences.get(i);
			if (span.length() > MAX_TAGGED_SENTENCE) {
				return List.of();
			}
			if (span.start() < this.bodyStart && this.bodyStart < span.end()) {
				// the dateline tagged apart, which would mislead the tagger ("BALTIMORE – Prosecutors plan/NOUN to")
				List<Token> tokens = new ArrayList<>(this.nlp.tokens(this.text, new Span(span.start(), this.bodyStart)));
				tokens.addAll(this.nlp.tokens(this.text, new Span(this.bodyStart, span.end())));
				return tokens;
			}
			return this.nlp.tokens(this.text, span);
		});
	}

	int sentenceAt(int offset) {
		for (int i = 0; i < this.sentences.size(); i++) {
			if (offset < this.sentences.get(i).end()) {
				return i;
			}
		}
		return this.sentences.size() - 1;
	}

	/** Where sentence i starts, past the dateline. */
	int sentenceStart(int i) {
		return Math.max(this.sentences.get(i).start(), this.bodyStart);
	}

	/** Whether a sentence opens with a word in -ing: cheap to tell before its tokens are tagged. */
	boolean hasOpeningParticiple(int sentence) {
		int start = sentenceStart(sentence);
		int space = this.text.indexOf(' ', start);
		return space > start && space < this.sentences.get(sentence).end()
				&& this.text.substring(start, space).endsWith("ing");
	}

	void claim(Span span) {
		this.claimed.add(span);
	}

	boolean isClaimed(Span span) {
		return this.claimed.stream().anyMatch(span::overlaps);
	}

	/** Where the first claim on a sentence starts (its end when none is). */
	int claimStart(Span sentence) {
		return this.claimed.stream()
			.filter(sentence::overlaps)
			.mapToInt(Span::start)
			.min()
			.orElse(sentence.end());
	}

	boolean hasWords(int from, int to) {
		for (int i = Math.max(0, from); i < Math.min(to, this.text.length()); i++) {
			if (Character.isLetterOrDigit(this.text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

}
