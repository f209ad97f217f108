package com.quotegraph.graphql;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/** Puts who is asking (the bearer token's holder, else the remote address) into the GraphQL context, for rate limits. */
@Component
class ClientInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String authorization = request.getHeaders().getFirst("Authorization");
		String forwarded = request.getHeaders().getFirst("X-Forwarded-For");
		String client = (authorization != null) ? "token:" + Integer.toHexString(authorization.hashCode())
				: (forwarded != null) ? forwarded.split(",")[0].strip()
						: (request.getRemoteAddress() != null) ? request.getRemoteAddress().getHostString() : "unknown";
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(java.util.Map.of(QueryLimits.CLIENT, client)).build());
		return chain.next(request);
	}

}
