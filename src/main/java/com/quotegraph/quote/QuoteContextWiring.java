package com.quotegraph.quote;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.quotegraph.article.ArticleRepository;
import com.quotegraph.article.ArticleRepository.Stretch;
import com.quotegraph.article.Paragraph;
import com.quotegraph.graphql.BadRequestException;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.stereotype.Component;

/**
 * {@code Quote.context}: the paragraphs around a quote, through a batch loader of stretches. A data fetcher
 * of its own rather than a controller method, because it runs once per quote of a page: Spring's handler-method
 * invocation (a handler object and argument binding on every call) cost more than the loading.
 */
@Component
class QuoteContextWiring implements RuntimeWiringConfigurer {

	/** The batch loader that reads stretches of paragraphs. */
	private static final String LOADER = "context";

	private static final int MAX_CONTEXT = 5;

	QuoteContextWiring(BatchLoaderRegistry registry, ArticleRepository articles) {
		registry.<Stretch, List<Paragraph>>forName(LOADER)
			.registerMappedBatchLoader((stretches, environment) -> Mono.fromCallable(() -> articles.findStretches(stretches)));
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("Quote", (type) -> type.dataFetcher("context", new ContextFetcher()));
	}

	static final class ContextFetcher implements SelfDescribingDataFetcher<CompletableFuture<List<Paragraph>>> {

		private static final ResolvableType TYPE = ResolvableType.forClassWithGenerics(CompletableFuture.class,
				ResolvableType.forClassWithGenerics(List.class, Paragraph.class));

		@Override
		public CompletableFuture<List<Paragraph>> get(DataFetchingEnvironment environment) {
			Integer before = environment.getArgument("before");
			Integer after = environment.getArgument("after");
			if (before == null || after == null || before < 0 || after < 0 || before > MAX_CONTEXT
					|| after > MAX_CONTEXT) {
				throw new BadRequestException("Context takes 0 to %d paragraphs before and after".formatted(MAX_CONTEXT));
			}
			Quote quote = environment.getSource();
			Paragraph paragraph = quote.paragraph();
			if (paragraph == null) {
				// every statement that reads quotes reads their paragraphs when the query asks for context
				throw new IllegalStateException("quote " + quote.id() + " was read without its paragraph");
			}
			DataLoader<Stretch, List<Paragraph>> context = environment.getDataLoader(LOADER);
			int position = paragraph.position();
			return context.load(new Stretch(quote.articleId(), Math.max(0, position - before), position + after));
		}

		@Override
		public String getDescription() {
			return "Quote.context";
		}

		@Override
		public ResolvableType getReturnType() {
			return TYPE;
		}

		@Override
		public boolean usesDataLoader() {
			return true;
		}

	}

}
