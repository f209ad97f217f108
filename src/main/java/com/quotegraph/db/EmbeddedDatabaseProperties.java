package com.quotegraph.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL that runs when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where its data lives between runs
 * @param port the port it listens on; 0 picks a free one
 */
@ConfigurationProperties("quotegraph.embedded-database")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") String dataDirectory,
		@DefaultValue("0") int port) {
}
