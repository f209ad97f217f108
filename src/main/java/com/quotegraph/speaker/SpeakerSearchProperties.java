package com.quotegraph.speaker;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Speaker search settings.
 *
 * @param maxIndexedAliases the most named speaker aliases kept in memory for fuzzy search (an alias costs a few
 * hundred bytes); with more, or with 0, every search runs in SQL
 */
@ConfigurationProperties("quotegraph.speaker-search")
public record SpeakerSearchProperties(@DefaultValue("500000") int maxIndexedAliases) {
}
