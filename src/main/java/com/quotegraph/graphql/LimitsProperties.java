package com.quotegraph.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits that keep hostile or careless queries from taking the service down.
 *
 * @param maxDepth deepest selection a query may nest (introspection is exempt, so GraphiQL keeps working)
 * @param maxComplexity largest cost a query may have: one per field, a connection's children times its page size
 * @param maxTokens largest number of tokens the parser reads from a document
 * @param mutationsPerMinute mutations one client may send per minute
 */
@ConfigurationProperties("quotegraph.graphql")
public record LimitsProperties(@DefaultValue("10") int maxDepth, @DefaultValue("20000") int maxComplexity,
		@DefaultValue("15000") int maxTokens, @DefaultValue("120") int mutationsPerMinute) {
}
