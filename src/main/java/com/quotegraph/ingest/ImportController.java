package com.quotegraph.ingest;

import java.time.OffsetDateTime;
import java.util.List;

import com.quotegraph.article.Article;
import com.quotegraph.article.ArticleRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** {@code importArticle}: one article, or a raw dump of several, through GraphQL. */
@Controller
class ImportController {

	/** The {@code ImportArticleInput} as the client sent it. */
	record ImportArticleInput(String text, @Nullable String title, @Nullable String url, @Nullable String outlet,
			@Nullable OffsetDateTime publishedAt, @Nullable Boolean replace) {
	}

	/** The payload: each article with what happened to it. */
	record ImportArticlePayload(List<ImportedArticle> articles, int quoteCount, int speakerCount,
			List<String> warnings) {
	}

	record ImportedArticle(Article article, boolean created, boolean replaced) {
	}

	private final Importer importer;

	private final ArticleRepository articles;

	ImportController(Importer importer, ArticleRepository articles) {
		this.importer = importer;
		this.articles = articles;
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	ImportArticlePayload importArticle(@Argument ImportArticleInput input) {
		ImportResult result = this.importer.importText(new ImportRequest(input.text(), input.title(), input.url(),
				input.outlet(), input.publishedAt(), Boolean.TRUE.equals(input.replace())));
		var stored = this.articles
			.findAllById(result.articles().stream().map(ImportResult.ImportedArticle::articleId).toList());
		List<ImportedArticle> imported = result.articles()
			.stream()
			.map((article) -> new ImportedArticle(stored.get(article.articleId()), article.created(), article.replaced()))
			.toList();
		return new ImportArticlePayload(imported, result.quoteCount(), result.speakerCount(), result.warnings());
	}

}
