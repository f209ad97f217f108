package com.quotegraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports the sample articles shipped in the jar into an empty archive at start, so that a newcomer's GraphiQL has
 * real quotes to show. On by default with the embedded database only ({@code quotegraph.ingest.load-samples}).
 */
@Component
class SampleData implements ApplicationRunner {

	static final String RESOURCE = "sample-data/asharq-al-awsat.txt";

	private static final Logger logger = LoggerFactory.getLogger(SampleData.class);

	private final Importer importer;

	private final JdbcClient jdbc;

	private final boolean enabled;

	SampleData(Importer importer, JdbcClient jdbc, IngestProperties properties,
			ObjectProvider<EmbeddedPostgres> embedded) {
		this.importer = importer;
		this.jdbc = jdbc;
		this.enabled = (properties.loadSamples() != null) ? properties.loadSamples() : embedded.getIfAvailable() != null;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM article)").query(Boolean.class).single()) {
			return;
		}
		ImportResult result = this.importer.importText(new ImportRequest(read(), null, null, "Asharq Al-Awsat", null,
				false));
		logger.info("Empty archive: imported {} sample articles with {} quotes from {}", result.articles().size(),
				result.quoteCount(), RESOURCE);
	}

	private static String read() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
