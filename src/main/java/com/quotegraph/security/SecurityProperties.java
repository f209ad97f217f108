package com.quotegraph.security;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The API token that mutations need as {@code Authorization: Bearer <token>}; when unset, one is generated at start
 * and logged once.
 */
@ConfigurationProperties("quotegraph")
public record SecurityProperties(@Nullable String apiToken) {
}
