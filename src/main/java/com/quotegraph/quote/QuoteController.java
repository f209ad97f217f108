package com.quotegraph.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.quotegraph.article.Article;
import com.quotegraph.article.Paragraph;
import com.quotegraph.graphql.Connection;
import com.quotegraph.graphql.GlobalId;
import com.quotegraph.graphql.PageRequest;
import com.quotegraph.graphql.Selections;
import com.quotegraph.speaker.Speaker;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Quotes, and the quote lists of speakers, articles and paragraphs. A quote comes with its speaker from the same
 * statement, and with its article and paragraph when the query asks for them; the lists load in batches (the
 * context around a quote: {@link QuoteContextWiring}).
 */
@Controller
class QuoteController {

	/** A page of quotes of one parent (speaker or article), with the arguments that shape it and what it reads. */
	record PageKey(long parentId, @Nullable Integer first, @Nullable String after, QuoteFilter filter,
			QuoteRepository.Reads reads) {
	}

	private final QuoteRepository quotes;

	QuoteController(QuoteRepository quotes, BatchLoaderRegistry registry) {
		this.quotes = quotes;
		registry.forName("speakerQuotes")
			.registerMappedBatchLoader((Set<Object> keys, org.dataloader.BatchLoaderEnvironment environment) -> Mono
				.fromCallable(() -> pages("speaker_id", keys)));
		registry.forName("articleQuotes")
			.registerMappedBatchLoader((Set<Object> keys, org.dataloader.BatchLoaderEnvironment environment) -> Mono
				.fromCallable(() -> pages("article_id", keys)));
	}

	@QueryMapping
	Optional<Quote> quote(@Argument String id) {
		return this.quotes.findById(GlobalId.decode(id, "Quote"));
	}

	/**
	 * The arguments are read off the environment: binding six {@code @Argument}s, each through Spring's argument
	 * binder, was 4% of serving a page of quotes.
	 */
	@QueryMapping
	Connection<Quote> quotes(DataFetchingEnvironment environment) {
		PageRequest page = PageRequest.of(environment.getArgument("first"), environment.getArgument("after"),
				environment.getArgument("last"), environment.getArgument("before"));
		return this.quotes.find(query(QuoteFilter.of(environment.getArgument("filter"))), page,
				"NEWEST_FIRST".equals(environment.getArgument("orderBy")), reads(environment));
	}

	/** What the nodes of a page of quotes need read beside each quote: its article, its paragraph (for context too). */
	private static QuoteRepository.Reads reads(DataFetchingEnvironment environment) {
		return QuoteRepository.Reads.of(Selections.asks(environment, "edges", "node", "article"),
				Selections.asks(environment, "edges", "node", "paragraph")
						|| Selections.asks(environment, "edges", "node", "context"));
	}

	@SchemaMapping(typeName = "Speaker")
	CompletableFuture<Connection<Quote>> quotes(Speaker speaker, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @Argument @Nullable Map<String, Object> filter,
			DataLoader<PageKey, Connection<Quote>> speakerQuotes, DataFetchingEnvironment environment) {
		PageRequest.forward(first, after);
		return speakerQuotes.load(new PageKey(speaker.id(), first, after, QuoteFilter.of(filter), reads(environment)));
	}

	@SchemaMapping(typeName = "Article", field = "quotes")
	CompletableFuture<Connection<Quote>> articleQuotes(Article article, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataLoader<PageKey, Connection<Quote>> articleQuotes,
			DataFetchingEnvironment environment) {
		PageRequest.forward(first, after);
		return articleQuotes.load(new PageKey(article.id(), first, after, QuoteFilter.NONE, reads(environment)));
	}

	@BatchMapping(typeName = "Paragraph", field = "quotes")
	Map<Paragraph, List<Quote>> paragraphQuotes(List<Paragraph> paragraphs) {
		Map<Long, List<Quote>> byParagraph = this.quotes
			.findByParagraphs(paragraphs.stream().map(Paragraph::id).distinct().toList());
		return paragraphs.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(), (p) -> byParagraph.getOrDefault(p.id(), List.of())));
	}

	/** Pages for many parents: one query per distinct set of arguments, which in practice is one. */
	private Map<Object, Object> pages(String parentColumn, Set<Object> keys) {
		Map<List<Object>, List<PageKey>> byArguments = keys.stream()
			.map(PageKey.class::cast)
			.collect(Collectors.groupingBy(
					(key) -> java.util.Arrays.asList(key.first(), key.after(), key.filter(), key.reads())));
		Map<Object, Object> result = new LinkedHashMap<>();
		byArguments.forEach((arguments, group) -> {
			PageKey sample = group.get(0);
			List<Long> parents = new ArrayList<>(group.stream().map(PageKey::parentId).toList());
			Map<Long, Connection<Quote>> pages = this.quotes.findPagesBy(parentColumn, parents,
					query(sample.filter()), PageRequest.forward(sample.first(), sample.after()), sample.reads());
			group.forEach((key) -> result.put(key, pages.get(key.parentId())));
		});
		return result;
	}

	/** Decodes the ids of a filter into a query. */
	QuoteQuery query(QuoteFilter filter) {
		List<Long> speakerIds = (filter.speakerIds() != null)
				? filter.speakerIds().stream().map((id) -> GlobalId.decode(id, "Speaker")).toList() : null;
		List<Long> articleIds = (filter.articleIds() != null)
				? filter.articleIds().stream().map((id) -> GlobalId.decode(id, "Article")).toList() : null;
		return new QuoteQuery(speakerIds, filter.speakerNames(), articleIds, filter.types(), filter.search(),
				filter.publishedAfter(), filter.publishedBefore());
	}

}
