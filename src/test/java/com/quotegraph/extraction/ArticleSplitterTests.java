package com.quotegraph.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleSplitterTests {

	private final ArticleSplitter splitter = new ArticleSplitter();

	@Test
	void rawDumpSplitsIntoItsTwoArticlesWithoutCaptionsOrMarks() throws IOException {
		String raw = resource("/raw/000_892704c0a40859a5.txt");
		List<RawArticle> articles = this.splitter.split(raw);
		assertThat(articles).extracting(RawArticle::title)
			.containsExactly("Russia Mediates to End Siege on Kurdish Neighborhoods in Aleppo",
					"Baghdad Urges Washington to Prevent ‘Imminent’ Israeli Strikes");
		assertThat(articles).extracting((article) -> article.paragraphs().size()).containsExactly(20, 15);
		for (RawArticle article : articles) {
			assertThat(article.paragraphs()).allSatisfy((paragraph) -> {
				assertThat(paragraph).isNotEqualTo("TT").doesNotEndWith(")").isNotEqualTo(article.title());
				assertThat(raw).contains(paragraph);
			});
		}
	}

	@Test
	void plainArticleHasItsFirstLineAsTitle() {
		List<RawArticle> articles = this.splitter.split("""
				Harbour Reopens After Storm

				The harbour reopened on Monday.

				Ferries resumed at noon, officials said.
				""");
		assertThat(articles).singleElement().satisfies((article) -> {
			assertThat(article.title()).isEqualTo("Harbour Reopens After Storm");
			assertThat(article.paragraphs()).containsExactly("The harbour reopened on Monday.",
					"Ferries resumed at noon, officials said.");
		});
	}

	@Test
	void twoBlankLinesSeparateArticles() {
		List<RawArticle> articles = this.splitter.split("""
				First Headline Here

				One paragraph.



				Second Headline Here

				Another paragraph.
				""");
		assertThat(articles).extracting(RawArticle::title).containsExactly("First Headline Here", "Second Headline Here");
	}

	@Test
	void hardWrappedLinesJoinIntoOneParagraph() {
		List<RawArticle> articles = this.splitter.split("""
				Wrapped Story

				The committee met on Tuesday and decided
				to postpone the vote until spring.
				""");
		assertThat(articles.get(0).paragraphs())
			.containsExactly("The committee met on Tuesday and decided to postpone the vote until spring.");
	}

	@Test
	void noBreakSpacesAreSpaces() {
		List<RawArticle> articles = this.splitter.split("Spaced Story\n\nThe\u00a0minister\u202fsaid the plan was ready.\n");
		assertThat(articles.get(0).paragraphs()).containsExactly("The minister said the plan was ready.");
	}

	static String resource(String name) throws IOException {
		try (InputStream in = ArticleSplitterTests.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void aShortLineAloneBeforeACapitalIsAParagraphOfItsOwnAndWrappedLinesAreJoined() {
		List<RawArticle> articles = this.splitter.split("""
				Norwana working to bridge gaps in talks

				Norwana Tribune
				Anna Kiro
				Tavers
				Spokesperson Tomas Vell has affirmed that the negotiations aim to bridge the gap between
				the two parties, officials said.
				""");
		assertThat(articles.get(0).paragraphs()).containsExactly("Norwana Tribune", "Anna Kiro", "Tavers",
				"Spokesperson Tomas Vell has affirmed that the negotiations aim to bridge the gap between the two parties, "
						+ "officials said.");
	}

}
