package com.quotegraph.quote;

import com.quotegraph.graphql.GlobalId;
import com.quotegraph.graphql.NotFoundException;
import com.quotegraph.speaker.SpeakerEditor;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** {@code setQuoteSpeaker}: an editor's correction of an attribution, audited. */
@Controller
class QuoteEditController {

	private final SpeakerEditor editor;

	private final QuoteRepository quotes;

	QuoteEditController(SpeakerEditor editor, QuoteRepository quotes) {
		this.editor = editor;
		this.quotes = quotes;
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Quote setQuoteSpeaker(@Argument String quote, @Argument String speaker, Authentication editor) {
		long id = GlobalId.decode(quote, "Quote");
		this.editor.setQuoteSpeaker(id, GlobalId.decode(speaker, "Speaker"), editor.getName());
		return this.quotes.findById(id).orElseThrow(() -> new NotFoundException("No quote has the id given"));
	}

}
