package com.quotegraph.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.quotegraph.graphql.GlobalId;
import com.quotegraph.speaker.SpeakerRepository;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/** {@code quoteAdded}: live quotes, optionally of some speakers only. */
@Controller
@ConditionalOnWebApplication
class QuoteSubscriptionController {

	private final QuoteEvents events;

	private final SpeakerRepository speakers;

	QuoteSubscriptionController(QuoteEvents events, SpeakerRepository speakers) {
		this.events = events;
		this.speakers = speakers;
	}

	@SubscriptionMapping
	Flux<Quote> quoteAdded(@Argument @Nullable List<String> speakerIds, @Argument @Nullable List<String> speakerNames) {
		Set<Long> ids = new HashSet<>();
		if (speakerIds != null) {
			speakerIds.forEach((id) -> ids.add(GlobalId.decode(id, "Speaker")));
		}
		boolean everyone = speakerIds == null && speakerNames == null;
		return this.events.added()
			.publishOn(Schedulers.boundedElastic())
			.filter((quote) -> everyone || (quote.speakerId() != null && (ids.contains(quote.speakerId())
					|| (speakerNames != null && this.speakers.findIdsByNames(speakerNames).contains(quote.speakerId())))));
	}

}
