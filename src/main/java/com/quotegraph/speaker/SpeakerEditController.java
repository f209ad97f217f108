package com.quotegraph.speaker;

import com.quotegraph.graphql.GlobalId;
import com.quotegraph.graphql.NotFoundException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** The editors' mutations on speakers; each needs the API token and is audited. */
@Controller
class SpeakerEditController {

	private final SpeakerEditor editor;

	private final SpeakerRepository speakers;

	SpeakerEditController(SpeakerEditor editor, SpeakerRepository speakers) {
		this.editor = editor;
		this.speakers = speakers;
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Speaker mergeSpeakers(@Argument String into, @Argument String from, Authentication editor) {
		long target = GlobalId.decode(into, "Speaker");
		this.editor.merge(target, GlobalId.decode(from, "Speaker"), editor.getName());
		return this.speakers.findById(target).orElseThrow(() -> new NotFoundException("No speaker has the id given"));
	}

}
