package com.quotegraph.graphql;

import java.util.concurrent.CompletableFuture;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.web.servlet.function.AsyncServerResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Spring's GraphQL over HTTP handler, answering on the request's own thread when the result is already there.
 * <p>
 * Spring's handler always answers through an asynchronous response: the servlet request goes async and is
 * dispatched a second time through the filter chain and the dispatcher servlet to write the result. Our data
 * fetchers and batch loaders are blocking JDBC calls, so execution has almost always finished by the time the
 * handler returns; the response is then written at once. A result that is still pending (a fetcher whose future
 * completes on another thread) or failed keeps Spring's asynchronous path.
 */
class SynchronousGraphQlHttpHandler extends GraphQlHttpHandler {

	SynchronousGraphQlHttpHandler(WebGraphQlHandler graphQlHandler) {
		super(graphQlHandler);
	}

	@Override
	protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
		CompletableFuture<WebGraphQlResponse> result = responseMono.toFuture();
		ServerResponse response = super.prepareResponse(request, Mono.fromFuture(result));
		if (result.isDone() && !result.isCompletedExceptionally() && response instanceof AsyncServerResponse async) {
			return async.block();
		}
		return response;
	}

}
