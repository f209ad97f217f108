package com.quotegraph.extraction;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.when;

/** Whatever text comes in, the engine gives a result, quickly, without an exception. */
class BadInputTests {

	private static Extractor extractor;

	@BeforeAll
	static void loadModels() {
		extractor = new Extractor();
	}

	/** A rule that throws, as a bug in one would: an engine built while the reported-speech rules all fail. */
	@Test
	void aFailingRuleCostsOnlyWhatItWasReading() {
		RawArticle article = new RawArticle("Council Backs Bridge", java.util.List.of("The council met on Tuesday.",
				"“We will rebuild the bridge,” Harriet Kowalczyk said.", "She said the work would start in spring."));
		Extractor failing;
		try (var rules = mockConstruction(ReportedSpeech.class, (rule, context) -> when(rule.find(any()))
			.thenThrow(new IllegalStateException("index 12 out of bounds for length 11")))) {
			failing = new Extractor();
		}
		ExtractedArticle extracted = failing.extract(article);
		assertThat(extracted.paragraphs()).isEqualTo(article.paragraphs());
		assertThat(extracted.quotes()).singleElement().satisfies((quote) -> {
			assertThat(quote.text()).isEqualTo("We will rebuild the bridge,");
			assertThat(quote.speaker().name()).isEqualTo("Harriet Kowalczyk");
		});
		assertThat(extracted.problems()).containsExactly("the reported speech in paragraph 1 could not be read",
				"the reported speech in paragraph 2 could not be read",
				"the reported speech in paragraph 3 could not be read");
		assertThat(extractor.extract(article).quotes()).hasSize(2);
		assertThat(extractor.extract(article).problems()).isEmpty();
	}

	@Test
	void anArticleWhoseReadingFailsKeepsItsParagraphs() {
		RawArticle article = new RawArticle("Council Backs Bridge",
				java.util.List.of("“We will rebuild the bridge,” Harriet Kowalczyk said."));
		try (var names = mockConstruction(NameIndex.class, (index, context) -> {
			throw new IllegalStateException("a bug in the name index");
		})) {
			ExtractedArticle extracted = extractor.extract(article);
			assertThat(extracted.title()).isEqualTo("Council Backs Bridge");
			assertThat(extracted.paragraphs()).isEqualTo(article.paragraphs());
			assertThat(extracted.quotes()).isEmpty();
			assertThat(extracted.problems()).containsExactly("no quotes could be extracted");
		}
	}

	@Test
	void emptyTextHasNoArticles() {
		assertThat(extractor.extract("")).isEmpty();
		assertThat(extractor.extract("  \n\n \t\n")).isEmpty();
	}

	@Test
	void binaryGarbageGivesAResult() {
		byte[] bytes = new byte[200_000];
		new Random(7).nextBytes(bytes);
		String garbage = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> extractor.extract(garbage));
	}

	@Test
	void fiveMegabytesOfProseFinishInReasonableTime() {
		String paragraph = "The council met on Tuesday. “We will rebuild the bridge,” Harriet Kowalczyk said. "
				+ "Officials said the work would start in spring.\n\n";
		String text = "Long Story\n\n" + paragraph.repeat(5 * 1024 * 1024 / paragraph.length());
		var articles = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> extractor.extract(text));
		assertThat(articles).singleElement().satisfies((article) -> assertThat(article.quotes()).isNotEmpty());
	}

	@Test
	void thousandsOfPeopleFinishInReasonableTime() {
		StringBuilder text = new StringBuilder("Crowded Story\n\n");
		for (int i = 0; i < 3000; i++) {
			text.append("Shares in Harbour Holdings rose. It said sales rose. The company said costs fell, and Dana ")
				.append("Whitcombe").append(i).append(" said she was pleased. He said the plan worked.\n\n");
		}
		var articles = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> extractor.extract(text.toString()));
		assertThat(articles.get(0).quotes()).hasSizeGreaterThan(3000);
	}

	@Test
	void oneHugeParagraphWithoutLineBreaks() {
		String text = "Headline\n\n" + "word ".repeat(1_000_000);
		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> extractor.extract(text));
	}

	@Test
	void aParticipleCueThatEndsTheParagraph() {
		var articles = extractor.extract("Cut Story\n\nThe strikes left craters in the suburb, a photographer said, "
				+ "adding that\n\n ambulances were coming from all sides.");
		assertThat(articles.get(0).quotes()).singleElement()
			.satisfies((quote) -> assertThat(quote.text()).isEqualTo("The strikes left craters in the suburb"));
	}

	@Test
	void textWithoutQuotesHasNone() {
		assertThat(extractor.extract("Quiet Day\n\nThe river was calm and the ferries ran on time.").get(0).quotes())
			.isEmpty();
	}

	@Test
	void unbalancedQuotationMarksGiveAResult() {
		var articles = extractor.extract("""
				Broken Marks

				“We will never give up, Harriet Kowalczyk said on Monday.

				She said ”the plan” was “ready and “funded.

				" " "" “ ” ” “
				""");
		assertThat(articles).hasSize(1);
	}

	/** Marks and cuts that copy-paste and scraping leave in real articles. */
	private static final String[] MARKS = { "“", "”", "\"", "«", "»", "‘", "’", "'", ":", ",", " — ", " - ", "(",
			")", "\n\n", ".", "; ", "BEIRUT — ", "Cairo - Asharq Al-Awsat: " };

	@Test
	void realParagraphsMarkedAndCutAnywhereGiveAResult() throws java.io.IOException {
		java.util.List<String> paragraphs = new java.util.ArrayList<>();
		for (String set : java.util.List.of("articles", "invented/articles")) {
			try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/eval", set))) {
				for (var file : files.sorted().toList()) {
					for (String paragraph : java.nio.file.Files.readString(file).split("\n\n")) {
						paragraphs.add(paragraph.strip());
					}
				}
			}
		}
		Random random = new Random(11);
		for (int run = 0; run < 3000; run++) {
			StringBuilder text = new StringBuilder("Headline\n\n");
			for (int p = 0; p < 1 + random.nextInt(3); p++) {
				StringBuilder paragraph = new StringBuilder(paragraphs.get(random.nextInt(paragraphs.size())));
				for (int change = random.nextInt(4); change > 0; change--) {
					int at = random.nextInt(paragraph.length() + 1);
					if (random.nextBoolean()) {
						String mark = MARKS[random.nextInt(MARKS.length)];
						// (a dateline where one stands, at the start)
						paragraph.insert(Character.isLetter(mark.charAt(0)) ? 0 : at, mark);
					}
					else {
						paragraph.delete(at, Math.min(paragraph.length(), at + random.nextInt(30)));
					}
				}
				text.append(paragraph).append("\n\n");
			}
			String article = text.toString();
			assertThat(extractor.extract(article)).as(article).isNotNull();
		}
	}

}
