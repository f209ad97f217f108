package com.quotegraph.graphql;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GraphiQL at {@code /graphiql}, with its scripts served from the service's own webjars (no CDN) and an example
 * query preloaded. Off with {@code quotegraph.graphiql.enabled=false} (the {@code prod} profile does so).
 */
@Controller
@ConditionalOnProperty(name = "quotegraph.graphiql.enabled", matchIfMissing = true)
class GraphiQlController {

	@GetMapping({ "/graphiql", "/graphiql/" })
	String graphiql() {
		return "forward:/graphiql/index.html";
	}

}
