package com.quotegraph.support;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.quotegraph.extraction.NameKey;
import com.quotegraph.graphql.GlobalId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes small archives with plain SQL and returns global ids, for tests that must not depend on the importer. */
public final class TestData {

	private final JdbcClient jdbc;

	public TestData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void clear() {
		this.jdbc.sql("TRUNCATE quote, speaker_alias, speaker, paragraph, article, audit_event RESTART IDENTITY CASCADE")
			.update();
	}

	public long article(String title, String outlet, OffsetDateTime publishedAt, String... paragraphs) {
		long id = this.jdbc.sql("""
				INSERT INTO article (title, outlet, published_at, content_hash)
				VALUES (:title, :outlet, :published, :hash) RETURNING id
				""")
			.param("title", title)
			.param("outlet", outlet)
			.param("published", publishedAt)
			.param("hash", sha(UUID.randomUUID().toString()))
			.query(Long.class)
			.single();
		for (int i = 0; i < paragraphs.length; i++) {
			this.jdbc.sql("INSERT INTO paragraph (article_id, position, text) VALUES (:a, :p, :t)")
				.param("a", id)
				.param("p", i)
				.param("t", paragraphs[i])
				.update();
		}
		return id;
	}

	public long speaker(String name, String kind, String... aliases) {
		long id = insertSpeaker(name, kind, null);
		for (String alias : aliases) {
			this.jdbc.sql("INSERT INTO speaker_alias (speaker_id, alias, alias_key) VALUES (:s, :a, :k)")
				.param("s", id)
				.param("a", alias)
				.param("k", NameKey.of(alias))
				.update();
		}
		return id;
	}

	/** An anonymous source, which belongs to the article that describes it. */
	public long anonymousSpeaker(long articleId, String description) {
		return insertSpeaker(description, "ANONYMOUS", articleId);
	}

	private long insertSpeaker(String name, String kind, @Nullable Long articleId) {
		return this.jdbc.sql("""
				INSERT INTO speaker (name, name_key, surname_key, kind, article_id)
				VALUES (:name, :key, :surname, :kind, :article) RETURNING id
				""")
			.param("name", name)
			.param("key", NameKey.of(name))
			.param("surname", NameKey.surnameOf(name))
			.param("kind", kind)
			.param("article", articleId, java.sql.Types.BIGINT)
			.query(Long.class)
			.single();
	}

	/** A quote that spans the whole of the given paragraph's text. */
	public long quote(long articleId, int position, long speakerId, String type, String text) {
		return this.jdbc.sql("""
				INSERT INTO quote (article_id, paragraph_id, speaker_id, mention, type, cue, text, start_offset,
				                   end_offset, confidence)
				SELECT :a, p.id, :s, 'he', :type, 'said', :text, 0, length(:text), 0.9
				  FROM paragraph p WHERE p.article_id = :a AND p.position = :p
				RETURNING id
				""")
			.param("a", articleId)
			.param("p", position)
			.param("s", speakerId)
			.param("type", type)
			.param("text", text)
			.query(Long.class)
			.single();
	}

	public static String id(String type, long id) {
		return GlobalId.of(type, id);
	}

	private static String sha(String text) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes()));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
