package com.quotegraph.speaker;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import com.quotegraph.extraction.SpeakerKind;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps an {@link AliasIndex} of the named speakers' aliases for fuzzy speaker search. The database counts every
 * committed change to a named alias in {@code speaker_alias_generation} (a trigger, so imports in other processes
 * count too); the index holds the count of its snapshot, and a search trusts it only when the statement that reads
 * the page's speakers sees the same count ({@link #GENERATION}). Otherwise the database answers that search and the
 * index is rebuilt in the background, at most once a second. Off ({@link SpeakerSearchProperties}) or too large,
 * every search runs in SQL.
 */
@Component
class AliasIndexCache implements DisposableBean {

	/** A scalar subquery: the count of committed changes to named aliases. */
	static final String GENERATION = "(SELECT coalesce(sum(value), 0) FROM speaker_alias_generation)";

	/** Whether the database's character type knows only ASCII letters (libc's {@code C}): then so do the trigrams. */
	static final String ASCII_ONLY = "SELECT datlocprovider = 'c' AND datctype IN ('C', 'POSIX') FROM pg_database"
			+ " WHERE datname = current_database()";

	private static final Logger logger = LoggerFactory.getLogger(AliasIndexCache.class);

	private static final long MIN_REBUILD_INTERVAL_NANOS = 1_000_000_000L;

	private final JdbcClient jdbc;

	private final SpeakerSearchProperties properties;

	private final ExecutorService builder = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "speaker-alias-index");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean building = new AtomicBoolean();

	private volatile @Nullable AliasIndex current;

	/** The database's way of making words, read at the first build (only the build thread touches it). */
	private @Nullable Trigrams trigrams;

	/** The generation the index was last built for, or found too large at. */
	private volatile long builtGeneration = -1;

	private volatile long lastBuild = System.nanoTime() - MIN_REBUILD_INTERVAL_NANOS;

	AliasIndexCache(JdbcClient jdbc, SpeakerSearchProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** The index as last built, perhaps out of date; none before the first build ends (and then starts one). */
	@Nullable AliasIndex current() {
		AliasIndex index = this.current;
		if (index == null && this.properties.maxIndexedAliases() > 0 && this.builtGeneration < 0) {
			rebuild();
		}
		return index;
	}

	/** Called when a search saw the aliases at another generation than the index's: rebuilds it soon. */
	void outdated(long generation) {
		if (generation != this.builtGeneration) {
			rebuild();
		}
	}

	private void rebuild() {
		boolean recent = System.nanoTime() - this.lastBuild < MIN_REBUILD_INTERVAL_NANOS;
		if (recent || !this.building.compareAndSet(false, true)) {
			return;
		}
		try {
			this.builder.execute(() -> {
				try {
					build();
				}
				catch (RuntimeException ex) {
					logger.warn("Could not build the speaker alias index; searches run in SQL ({})", ex.getMessage());
				}
				finally {
					this.lastBuild = System.nanoTime();
					this.building.set(false);
				}
			});
		}
		catch (java.util.concurrent.RejectedExecutionException ex) {
			this.building.set(false);
		}
	}

	private void build() {
		long started = System.nanoTime();
		// the counts of connections gone into row 0, which keeps the sum: a reader sees both sides or neither
		this.jdbc.sql("""
				WITH gone AS (
				  DELETE FROM speaker_alias_generation
				   WHERE backend <> 0 AND backend NOT IN (SELECT pid FROM pg_stat_activity WHERE pid IS NOT NULL)
				  RETURNING value
				)
				UPDATE speaker_alias_generation SET value = value + (SELECT coalesce(sum(value), 0) FROM gone)
				 WHERE backend = 0 AND EXISTS (SELECT 1 FROM gone)
				""").update();
		int max = this.properties.maxIndexedAliases();
		AliasIndex.Builder aliases = new AliasIndex.Builder();
		long[] generation = { 0 };
		// one statement, one snapshot: the aliases and the generation they are at
		this.jdbc.sql("""
				WITH g AS (SELECT %s AS generation)
				SELECT g.generation, a.speaker_id, a.kind, a.alias
				  FROM g LEFT JOIN (SELECT sa.speaker_id, s.kind, sa.alias
				                      FROM speaker_alias sa JOIN speaker s ON s.id = sa.speaker_id
				                     WHERE NOT sa.anonymous
				                     LIMIT :limit) a ON true
				""".formatted(GENERATION))
			.param("limit", max + 1)
			.query((rs) -> {
				generation[0] = rs.getLong("generation");
				String alias = rs.getString("alias");
				if (alias != null) {
					aliases.add(rs.getLong("speaker_id"), SpeakerKind.valueOf(rs.getString("kind")), alias);
				}
			});
		this.builtGeneration = generation[0];
		if (aliases.rows() > max) {
			this.current = null;
			logger.info("More than {} named speaker aliases: speaker search runs in SQL", max);
			return;
		}
		if (this.trigrams == null) {
			this.trigrams = Trigrams.of(this.jdbc.sql(ASCII_ONLY).query(Boolean.class).single());
		}
		boolean first = this.current == null;
		this.current = aliases.build(generation[0], this.trigrams);
		String message = "Indexed {} named speaker aliases for search in {} ms";
		long millis = (System.nanoTime() - started) / 1_000_000;
		if (first) {
			logger.info(message, aliases.rows(), millis);
		}
		else {
			logger.debug(message, aliases.rows(), millis);
		}
	}

	@Override
	public void destroy() {
		this.builder.shutdownNow();
	}

}
