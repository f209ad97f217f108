package com.quotegraph.article;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.quotegraph.graphql.Connection;
import com.quotegraph.graphql.GlobalId;
import com.quotegraph.graphql.PageRequest;
import com.quotegraph.graphql.Selections;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Articles and their paragraphs. */
@Controller
class ArticleController {

	/** The name Spring gives the batch loader of {@link #paragraphs}. */
	private static final String PARAGRAPHS = "Article.paragraphs";

	private final ArticleRepository articles;

	ArticleController(ArticleRepository articles) {
		this.articles = articles;
	}

	/**
	 * One article. When its paragraphs are asked for too, they are read in the same statement and handed to the
	 * paragraphs' batch loader, which then has nothing left to load.
	 */
	@QueryMapping
	Optional<Article> article(@Argument String id, DataFetchingEnvironment environment) {
		long articleId = GlobalId.decode(id, "Article");
		if (!Selections.asks(environment, "paragraphs")) {
			return this.articles.findById(articleId);
		}
		return this.articles.findWithParagraphs(articleId).map((found) -> {
			DataLoader<Article, List<Paragraph>> paragraphs = environment.getDataLoader(PARAGRAPHS);
			if (paragraphs != null) {
				paragraphs.prime(found.article(), found.paragraphs());
			}
			return found.article();
		});
	}

	@QueryMapping
	Connection<Article> articles(@Argument @Nullable String search, @Argument @Nullable String outlet,
			@Argument @Nullable Integer first, @Argument @Nullable String after) {
		return this.articles.find(search, outlet, PageRequest.forward(first, after));
	}

	@BatchMapping
	Map<Article, List<Paragraph>> paragraphs(List<Article> articles) {
		Map<Long, List<Paragraph>> byArticle = this.articles
			.findParagraphsOf(articles.stream().map(Article::id).distinct().toList());
		return articles.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(), (a) -> byArticle.getOrDefault(a.id(), List.of())));
	}

	@BatchMapping(typeName = "Paragraph", field = "article")
	Map<Paragraph, Article> paragraphArticle(List<Paragraph> paragraphs) {
		Map<Long, Article> byId = this.articles
			.findAllById(paragraphs.stream().map(Paragraph::articleId).distinct().toList());
		return paragraphs.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(), (p) -> byId.get(p.articleId())));
	}

}
