package com.quotegraph.speaker;

import com.quotegraph.graphql.BadRequestException;
import com.quotegraph.graphql.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editors' corrections: merging two speakers and moving a quote to another speaker, each audited. */
@Service
public class SpeakerEditor {

	private final JdbcClient jdbc;

	SpeakerEditor(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Moves every quote and alias of {@code from} to {@code into}, keeps {@code from}'s name as an alias, deletes it. */
	@Transactional
	public void merge(long into, long from, String actor) {
		if (into == from) {
			throw new BadRequestException("A speaker cannot be merged into itself");
		}
		lock(into);
		lock(from);
		this.jdbc.sql("""
				INSERT INTO speaker_alias (speaker_id, alias, alias_key)
				SELECT :into, alias, alias_key FROM speaker_alias WHERE speaker_id = :from
				UNION ALL
				SELECT :into, name, name_key FROM speaker WHERE id = :from
				ON CONFLICT DO NOTHING
				""").param("into", into).param("from", from).update();
		int moved = this.jdbc.sql("UPDATE quote SET speaker_id = :into WHERE speaker_id = :from")
			.param("into", into)
			.param("from", from)
			.update();
		this.jdbc.sql("DELETE FROM speaker WHERE id = :from").param("from", from).update();
		audit("MERGE_SPEAKERS", actor, "{\"into\": %d, \"from\": %d, \"quotes\": %d}".formatted(into, from, moved));
	}

	/** Attributes a quote to another speaker. */
	@Transactional
	public void setQuoteSpeaker(long quote, long speaker, String actor) {
		lock(speaker);
		Long previous = this.jdbc.sql("SELECT speaker_id FROM quote WHERE id = :id FOR UPDATE")
			.param("id", quote)
			.query((rs, n) -> rs.getObject("speaker_id", Long.class))
			.optional()
			.orElseThrow(() -> new NotFoundException("No quote has the id given"));
		this.jdbc.sql("UPDATE quote SET speaker_id = :speaker WHERE id = :id").param("speaker", speaker).param("id", quote).update();
		audit("SET_QUOTE_SPEAKER", actor, "{\"quote\": %d, \"from\": %s, \"to\": %d}".formatted(quote, previous, speaker));
	}

	private void lock(long speaker) {
		boolean exists = this.jdbc.sql("SELECT id FROM speaker WHERE id = :id FOR UPDATE")
			.param("id", speaker)
			.query(Long.class)
			.optional()
			.isPresent();
		if (!exists) {
			throw new NotFoundException("No speaker has the id given");
		}
	}

	private void audit(String action, String actor, String detail) {
		this.jdbc.sql("INSERT INTO audit_event (action, actor, detail) VALUES (:action, :actor, :detail::jsonb)")
			.param("action", action)
			.param("actor", actor)
			.param("detail", detail)
			.update();
	}

}
