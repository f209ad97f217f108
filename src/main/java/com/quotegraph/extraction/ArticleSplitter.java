package com.quotegraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cleans raw text as scrapers and feeds deliver it and cuts it into articles.
 * <p>
 * A headline printed twice within a few lines starts an article; without such headlines, two or more blank lines
 * separate articles. Photo captions (lines printed more than once, or ending in a bracketed credit), short all-caps
 * agency marks such as {@code TT} and repeated headlines are dropped. Paragraphs are separated by blank lines or by
 * single line breaks; hard-wrapped lines are joined. A paragraph whose quotation lost its opening mark gets it back.
 */
public final class ArticleSplitter {

	/** An opening curly mark glued to the word or the stop before it. */
	private static final Pattern GLUED_OPENING = Pattern.compile("([\\p{L}.!?,])“(?=\\p{L})");

	/** A comma glued to the next word, as pasted copy leaves it: "against opponents,he claimed". */
	private static final Pattern GLUED_COMMA = Pattern.compile("(?<=\\p{Ll}{2}),(?=\\p{Ll}{2})");

	/**
	 * A sentence's end glued to the next one's capitalised first word, as pasted copy leaves it: "are "crumbs."Lazzarini
	 * said", "without fuel.He noted", "(Information Center)The Commissioner".
	 */
	private static final Pattern GLUED_SENTENCE = Pattern
		.compile("(?<=\\p{Ll}{2}[.!?][\"”]|\\p{Ll}{2}[.!?]|\\p{L}{2}\\))(?=\\p{Lu}\\p{Ll})");

	/** An acronym in brackets glued to the name before it: "General People’s Congress[GPC]". */
	private static final Pattern GLUED_ACRONYM = Pattern.compile("(?<=\\p{Ll}{2})(?=[\\[(]\\p{Lu}{2,}[\\])])");

	private static final Pattern NARROW_SPACES = Pattern.compile("[\\u00A0\\u2007\\u2009\\u202F]");

	private static final int HEADLINE_REPEAT_WINDOW = 12;

	private static final Pattern CREDIT = Pattern.compile(".*\\([^()]{2,60}\\)\\s*$");

	private static final Pattern SENTENCE_BEFORE_CREDIT = Pattern.compile(".*\\s\\S+\\s+\\S+[.!?][\"”’]?\\s*\\([^()]{2,60}\\)\\s*$");

	private static final Pattern AGENCY_MARK = Pattern.compile("[A-Z]{1,4}");

	/** A person's name and a side in brackets, alone on a line: "Arsene Wenger (Arsenal)". */
	private static final Pattern NAME_HEADING = Pattern
		.compile("\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){1,3} \\((\\p{Lu}[^()]{1,30})\\)");

	/** A photo's credit: an agency in capitals, or a wire's or an archive's name. */
	private static final Pattern AGENCY_CREDIT = Pattern
		.compile("[\\p{Lu}\\d/ .-]+|(?i).*\\b(?:reuters|getty|images|photo|file|archive|anadolu|xinhua|press|agency)\\b.*");

	private static final Pattern PERIOD_END = Pattern.compile(".*[.!?][\"”’]?\\s*$");

	private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;\"”’)\\]]\\s*$");

	public List<RawArticle> split(String raw) {
		// no-break and thin spaces (pasted from web pages) are spaces to the tokenizer and the name patterns
		// (and a space where copy left none before an opening curly mark: "told reporters.“We", "in Gaza“are")
		// (and two straight single marks, or two backticks, are a double one: "''I thought it was a penalty.''")
		// (and a comma glued to the next word gets its space: "opponents,he claimed", as a sentence glued to the next
		// does: "fuel.He noted", and an acronym in brackets: "Congress[GPC]")
		String spaced = GLUED_COMMA.matcher(GLUED_OPENING.matcher(NARROW_SPACES.matcher(raw).replaceAll(" "))
			.replaceAll("$1 “")).replaceAll(", ")
			.transform((text) -> GLUED_SENTENCE.matcher(text).replaceAll(" "))
			.transform((text) -> GLUED_ACRONYM.matcher(text).replaceAll(" "))
			.replace("''", "\"")
			.replace("``", "\"");
		List<String> lines = List.of(spaced.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
		List<int[]> ranges = articleRanges(lines);
		List<RawArticle> articles = new ArrayList<>();
		for (int[] range : ranges) {
			RawArticle article = article(lines.subList(range[0], range[1]));
			if (article != null) {
				articles.add(article);
			}
		}
		return articles;
	}

	private List<int[]> articleRanges(List<String> lines) {
		List<Integer> starts = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			boolean doubledLine = i + 1 < lines.size() && lines.get(i + 1).strip().equals(line);
			if (isHeadlineCandidate(line) && !doubledLine && repeatsSoon(lines, i) && !repeatedRecently(lines, i)) {
				starts.add(i);
			}
		}
		if (starts.isEmpty()) {
			starts = blankRunStarts(lines);
		}
		else if (starts.get(0) > 0 && hasText(lines.subList(0, starts.get(0)))) {
			starts.add(0, 0);
		}
		List<int[]> ranges = new ArrayList<>();
		for (int k = 0; k < starts.size(); k++) {
			int end = (k + 1 < starts.size()) ? starts.get(k + 1) : lines.size();
			ranges.add(new int[] { starts.get(k), end });
		}
		return ranges;
	}

	private static List<Integer> blankRunStarts(List<String> lines) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		int blanks = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				blanks++;
				continue;
			}
			if (blanks >= 2 && i > 0 && hasText(lines.subList(0, i)) && isHeadlineCandidate(lines.get(i).strip())) {
				starts.add(i);
			}
			blanks = 0;
		}
		return starts;
	}

	private static boolean hasText(List<String> lines) {
		return lines.stream().anyMatch((line) -> !line.isBlank());
	}

	private static boolean isHeadlineCandidate(String line) {
		return !line.isEmpty() && line.length() <= 200 && !line.endsWith(".") && !CREDIT.matcher(line).matches()
				&& !AGENCY_MARK.matcher(line).matches();
	}

	private static boolean repeatsSoon(List<String> lines, int i) {
		String line = lines.get(i).strip();
		for (int j = i + 1; j < Math.min(lines.size(), i + HEADLINE_REPEAT_WINDOW); j++) {
			if (lines.get(j).strip().equals(line)) {
				return true;
			}
		}
		return false;
	}

	private static boolean repeatedRecently(List<String> lines, int i) {
		String line = lines.get(i).strip();
		for (int j = Math.max(0, i - HEADLINE_REPEAT_WINDOW); j < i; j++) {
			if (lines.get(j).strip().equals(line)) {
				return true;
			}
		}
		return false;
	}

	private static RawArticle article(List<String> lines) {
		Map<String, Integer> counts = new HashMap<>();
		lines.forEach((line) -> counts.merge(line.strip(), 1, Integer::sum));
		String title = null;
		List<List<String>> blocks = new ArrayList<>();
		List<String> block = new ArrayList<>();
		for (String raw : lines) {
			String line = raw.strip();
			if (line.isEmpty()) {
				closeBlock(blocks, block);
				block = new ArrayList<>();
				continue;
			}
			if (title == null) {
				title = line;
				continue;
			}
			if (line.equals(title) || isNoise(line, counts.get(line))) {
				closeBlock(blocks, block);
				block = new ArrayList<>();
				continue;
			}
			block.add(line);
		}
		closeBlock(blocks, block);
		if (title == null) {
			return null;
		}
		List<String> paragraphs = new ArrayList<>();
		blocks.forEach((lines1) -> paragraphs.addAll(paragraphs(lines1)));
		return new RawArticle(title, withOpeningMarks(paragraphs));
	}

	/** The first double quotation mark of a paragraph, when it closes what the words before it said: {@code ,"} */
	private static final Pattern ORPHAN_CLOSING = Pattern.compile("^[^\"“”]*?[.,!?](?:\"|”)(?=\\s|$)");

	/** How many paragraphs a quotation may run on through with no marks at all before the one that closes it. */
	private static final int UNMARKED_RUN_MAX_PARAGRAPHS = 8;

	/**
	 * Paragraphs whose quotation lost its opening mark, {@code B," he said} (a quotation that runs on from the
	 * paragraph before, or a typo), with the mark put back at their start, so that the quotation reads whole; and
	 * so the paragraphs with no marks between it and a quotation left open before it (a statement quoted over
	 * paragraphs that open with no mark: {@code X released the following statement: “A \n\n B \n\n C.”}).
	 */
	private static List<String> withOpeningMarks(List<String> paragraphs) {
		List<String> marked = new ArrayList<>(paragraphs.size());
		int leftOpen = -1;
		for (String paragraph : paragraphs) {
			java.util.regex.Matcher orphan = ORPHAN_CLOSING.matcher(paragraph);
			boolean letterFirst = !paragraph.isEmpty() && Character.isLetterOrDigit(paragraph.charAt(0));
			if (letterFirst && orphan.find()) {
				char mark = paragraph.charAt(orphan.end() - 1);
				String opening = (mark == '”') ? "“" : "\"";
				for (int i = leftOpen + 1; leftOpen >= 0 && i < marked.size(); i++) {
					marked.set(i, opening + marked.get(i));
				}
				marked.add(opening + paragraph);
			}
			else {
				marked.add(paragraph);
			}
			// (the marks paired only where there are any: most paragraphs have none)
			boolean unmarked = paragraph.chars().noneMatch((c) -> c == '"' || c == '“' || c == '”');
			List<Quotation> quotations = unmarked ? List.of() : Quotations.find(marked.get(marked.size() - 1));
			if (!quotations.isEmpty() && !quotations.get(quotations.size() - 1).closed()) {
				leftOpen = marked.size() - 1;
			}
			else if (!unmarked || marked.size() - 1 - leftOpen > UNMARKED_RUN_MAX_PARAGRAPHS) {
				leftOpen = -1;
			}
		}
		return marked;
	}

	private static boolean isNoise(String line, int count) {
		// a line printed once with a credit in brackets is a caption unless a sentence ends before the credit: an
		// agency's mark closing a paragraph, "... at the Abuja briefing. (NAN)"
		// (nor is a round-up's heading, a name and a side that is no agency: "Arsene Wenger (Arsenal)")
		java.util.regex.Matcher heading = NAME_HEADING.matcher(line.strip());
		boolean named = heading.matches() && !AGENCY_CREDIT.matcher(heading.group(1)).matches();
		boolean credited = CREDIT.matcher(line).matches() && !SENTENCE_BEFORE_CREDIT.matcher(line).matches() && !named;
		boolean caption = (count > 1 || credited) && !PERIOD_END.matcher(line).matches();
		return caption || AGENCY_MARK.matcher(line).matches();
	}

	private static void closeBlock(List<List<String>> blocks, List<String> block) {
		if (!block.isEmpty()) {
			blocks.add(block);
		}
	}

	/** How long a line that stops mid-sentence may be and still stand alone: a byline, an outlet, a place. */
	private static final int SHORT_LINE = 40;

	private static final int SHORT_LINE_WORDS = 4;

	/**
	 * Lines that end like sentences are paragraphs of their own; lines that stop mid-sentence are wrapped, but a short
	 * line alone before a capital is a line of its own ("Qatar Tribune", "Hanane X", "Doha").
	 */
	private static List<String> paragraphs(List<String> lines) {
		List<String> paragraphs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : lines) {
			boolean alone = current.length() > 0 && current.length() <= SHORT_LINE
					&& current.toString().split(" ").length <= SHORT_LINE_WORDS && Character.isUpperCase(line.charAt(0))
					&& Character.isUpperCase(current.charAt(0));
			if (alone) {
				paragraphs.add(current.toString());
				current.setLength(0);
			}
			if (current.length() > 0) {
				current.append(' ');
			}
			current.append(line);
			if (SENTENCE_END.matcher(line).matches()) {
				paragraphs.add(current.toString());
				current.setLength(0);
			}
		}
		if (current.length() > 0) {
			paragraphs.add(current.toString());
		}
		return paragraphs;
	}

}
