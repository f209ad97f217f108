package com.quotegraph.article;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.quotegraph.graphql.Connection;
import com.quotegraph.graphql.GlobalId;
import com.quotegraph.graphql.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Articles and their paragraphs. */
@Controller
class ArticleController {

	private final ArticleRepository articles;

	ArticleController(ArticleRepository articles) {
		this.articles = articles;
	}

	@QueryMapping
	Optional<Article> article(@Argument String id) {
		return this.articles.findById(GlobalId.decode(id, "Article"));
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
