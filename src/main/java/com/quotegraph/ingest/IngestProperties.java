package com.quotegraph.ingest;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Ingestion settings.
 *
 * @param maxArticleSize the largest article text an import accepts
 * @param loadSamples whether to import the sample articles into an empty archive at start; by default only with the
 * embedded database
 */
@ConfigurationProperties("quotegraph.ingest")
public record IngestProperties(@DefaultValue("200KB") DataSize maxArticleSize, @Nullable Boolean loadSamples) {
}
