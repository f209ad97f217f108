package com.quotegraph.graphql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;

/**
 * Automatic persisted queries as Apollo clients send them: a document is stored under the SHA-256 of its text the
 * first time a client sends both, and afterwards the hash alone runs it. A bounded cache (Caffeine) holds the parsed
 * documents; a hash that does not match its document is refused. In persisted-only mode, only the documents
 * registered at start ({@code classpath:persisted-queries/*.graphql}) run.
 */
public final class PersistedQueries implements PersistedQueryCache {

	/** A stored document: its text, for GET requests that must know a hashed query's operation, and its parse. */
	private record Stored(String query, PreparsedDocumentEntry entry) {
	}

	/** Plain documents longer than this are parsed every time rather than held in the cache. */
	private static final int MAX_CACHED_TEXT = 20_000;

	private final Cache<String, Stored> cache;

	private final java.util.Set<String> registered;

	private final boolean persistedOnly;

	private final java.util.Map<String, String> registeredQueries;

	PersistedQueries(long maxEntries, java.util.Map<String, String> registered, boolean persistedOnly) {
		this.cache = Caffeine.newBuilder().maximumSize(maxEntries).build();
		this.registered = java.util.Set.copyOf(registered.keySet());
		this.persistedOnly = persistedOnly;
		this.registeredQueries = java.util.Map.copyOf(registered);
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object persistedQueryId,
			ExecutionInput input, PersistedQueryCacheMiss onCacheMiss) throws PersistedQueryNotFound {
		String hash = persistedQueryId.toString().toLowerCase(java.util.Locale.ROOT);
		Stored stored = this.cache.getIfPresent(hash);
		if (stored != null) {
			return CompletableFuture.completedFuture(stored.entry());
		}
		String query = input.getQuery();
		boolean hashOnly = query == null || query.isBlank() || query.equals(PersistedQuerySupport.PERSISTED_QUERY_MARKER);
		if (hashOnly) {
			query = this.registeredQueries.get(hash);
			if (query == null) {
				throw new PersistedQueryNotFound(hash);
			}
		}
		if (!sha256(query).equals(hash)) {
			throw new PersistedQueryIdInvalid(hash);
		}
		if (this.persistedOnly && !this.registered.contains(hash)) {
			throw new PersistedQueryNotFound(hash);
		}
		PreparsedDocumentEntry entry = onCacheMiss.apply(query);
		if (!entry.hasErrors()) {
			this.cache.put(hash, new Stored(query, entry));
		}
		return CompletableFuture.completedFuture(entry);
	}

	/**
	 * A plain document's parse, from the cache when the same text was seen before; documents with errors are not
	 * kept.
	 */
	PreparsedDocumentEntry parsed(String query, java.util.function.Supplier<PreparsedDocumentEntry> parse) {
		if (query.length() > MAX_CACHED_TEXT) {
			return parse.get();
		}
		String key = "text:" + query;
		Stored stored = this.cache.getIfPresent(key);
		if (stored != null) {
			return stored.entry();
		}
		PreparsedDocumentEntry entry = parse.get();
		if (!entry.hasErrors()) {
			this.cache.put(key, new Stored(query, entry));
		}
		return entry;
	}

	/** The text of a document known under a hash, if any. */
	public Optional<String> query(String hash) {
		String key = hash.toLowerCase(java.util.Locale.ROOT);
		Stored stored = this.cache.getIfPresent(key);
		return (stored != null) ? Optional.of(stored.query()) : Optional.ofNullable(this.registeredQueries.get(key));
	}

	boolean isPersistedOnly() {
		return this.persistedOnly;
	}

	boolean isRegistered(String hash) {
		return this.registered.contains(hash.toLowerCase(java.util.Locale.ROOT));
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
