package com.quotegraph.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses GraphQL request bodies above {@code quotegraph.graphql.max-request-size} (1 MB by default) with HTTP 413
 * and a GraphQL-shaped {@code BAD_REQUEST} error, before anything is parsed or written.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeFilter extends OncePerRequestFilter {

	private final long max;

	RequestSizeFilter(@Value("${quotegraph.graphql.max-request-size:1MB}") DataSize max) {
		this.max = max.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/graphql");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.max) {
			refuse(response);
			return;
		}
		if (length < 0 && request.getMethod().equals("POST")) {
			byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.max + 1));
			if (body.length > this.max) {
				refuse(response);
				return;
			}
			chain.doFilter(new BufferedRequest(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		response.setContentType("application/graphql-response+json");
		String message = "The request body is larger than %d bytes".formatted(this.max);
		response.getOutputStream()
			.write(("{\"errors\":[{\"message\":\"" + message + "\",\"extensions\":{\"classification\":\"BAD_REQUEST\"}}]}")
				.getBytes(StandardCharsets.UTF_8));
	}

}
