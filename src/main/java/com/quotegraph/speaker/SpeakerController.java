package com.quotegraph.speaker;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.quotegraph.extraction.SpeakerKind;
import com.quotegraph.graphql.Connection;
import com.quotegraph.graphql.GlobalId;
import com.quotegraph.graphql.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Speakers: lookup, fuzzy search, aliases. */
@Controller
class SpeakerController {

	private final SpeakerRepository speakers;

	SpeakerController(SpeakerRepository speakers) {
		this.speakers = speakers;
	}

	@QueryMapping
	Optional<Speaker> speaker(@Argument String id) {
		return this.speakers.findById(GlobalId.decode(id, "Speaker"));
	}

	@QueryMapping
	Connection<Speaker> speakers(@Argument @Nullable String search, @Argument @Nullable List<SpeakerKind> kinds,
			@Argument @Nullable Integer first, @Argument @Nullable String after) {
		return this.speakers.find(search, kinds, PageRequest.forward(first, after));
	}

	@BatchMapping
	Map<Speaker, List<String>> aliases(List<Speaker> speakers) {
		Map<Long, List<String>> aliases = this.speakers.findAliases(speakers.stream().map(Speaker::id).toList());
		return speakers.stream()
			.distinct()
			.collect(java.util.stream.Collectors.toMap(java.util.function.Function.identity(),
					(speaker) -> aliases.get(speaker.id())));
	}

}
