package com.quotegraph.graphql;

import java.util.Optional;

import com.quotegraph.article.ArticleRepository;
import com.quotegraph.quote.QuoteRepository;
import com.quotegraph.speaker.SpeakerRepository;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code node(id:)}: any object by its global id. */
@Controller
class NodeController {

	private final QuoteRepository quotes;

	private final SpeakerRepository speakers;

	private final ArticleRepository articles;

	NodeController(QuoteRepository quotes, SpeakerRepository speakers, ArticleRepository articles) {
		this.quotes = quotes;
		this.speakers = speakers;
		this.articles = articles;
	}

	@QueryMapping
	Optional<? extends Node> node(@Argument String id) {
		GlobalId.Key key = GlobalId.decode(id);
		return switch (key.type()) {
			case "Quote" -> this.quotes.findById(key.id());
			case "Speaker" -> this.speakers.findById(key.id());
			case "Article" -> this.articles.findById(key.id());
			case "Paragraph" -> this.articles.findParagraph(key.id());
			default -> throw new BadRequestException("'%s' is not a valid id".formatted(GlobalId.abbreviate(id)));
		};
	}

}
