package com.quotegraph.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * GraphQL over HTTP GET, as the GraphQL-over-HTTP spec describes ({@code ?query=&variables=&operationName=&extensions=}),
 * so that browsers and CDNs can cache queries, persisted ones above all, by URL. Queries only: a mutation or
 * subscription over GET is refused with 405. Successful responses carry {@code Cache-Control} and an {@code ETag};
 * responses with errors are not cached.
 */
@Configuration(proxyBeanMethods = false)
class HttpGetSupport {

	static final String PATH = "/graphql";

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> graphQlEtags() {
		// ETags only for GET: a POST is never cached, so its body need not be buffered and hashed
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter() {
					@Override
					protected boolean shouldNotFilter(HttpServletRequest request) {
						return !request.getMethod().equals("GET");
					}
				});
		registration.addUrlPatterns(PATH);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<GetToPost> graphQlGet(PersistedQueries persisted) {
		FilterRegistrationBean<GetToPost> registration = new FilterRegistrationBean<>(new GetToPost(persisted));
		registration.addUrlPatterns(PATH);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
		return registration;
	}

	/** Turns a GET query into the POST request that the GraphQL handler serves. */
	static final class GetToPost extends OncePerRequestFilter {

		private static final JsonMapper json = JsonMapper.builder().build();

		private final PersistedQueries persisted;

		GetToPost(PersistedQueries persisted) {
			this.persisted = persisted;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !request.getMethod().equals("GET") || request.getHeader("Upgrade") != null;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Map<String, Object> body = new LinkedHashMap<>();
			String query = request.getParameter("query");
			String operationName = request.getParameter("operationName");
			Map<?, ?> extensions;
			try {
				extensions = jsonObject(request.getParameter("extensions"));
				Map<?, ?> variables = jsonObject(request.getParameter("variables"));
				if (variables != null) {
					body.put("variables", variables);
				}
			}
			catch (JacksonException | ClassCastException ex) {
				refuse(response, 400, "`variables` and `extensions` must be JSON objects");
				return;
			}
			if (query == null && extensions == null) {
				refuse(response, 400, "A GET request needs a `query` or `extensions.persistedQuery` parameter");
				return;
			}
			String document = (query != null) ? query : hashedQuery(extensions);
			if (document != null && !isQuery(document, operationName)) {
				response.setHeader("Allow", "POST");
				refuse(response, 405, "Only queries run over GET: send mutations and subscriptions with POST");
				return;
			}
			if (query != null) {
				body.put("query", query);
			}
			if (operationName != null) {
				body.put("operationName", operationName);
			}
			if (extensions != null) {
				body.put("extensions", extensions);
			}
			ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
			chain.doFilter(new BufferedRequest(request, json.writeValueAsBytes(body), "POST", "application/json"), cached);
			boolean clean = cached.getStatus() == 200
					&& !new String(cached.getContentAsByteArray(), StandardCharsets.UTF_8).contains("\"errors\"");
			cached.setHeader("Cache-Control", clean ? "public, max-age=60" : "no-store");
			cached.copyBodyToResponse();
		}

		private @Nullable String hashedQuery(@Nullable Map<?, ?> extensions) {
			Object persistedQuery = (extensions != null) ? extensions.get("persistedQuery") : null;
			Object hash = (persistedQuery instanceof Map<?, ?> map) ? map.get("sha256Hash") : null;
			return (hash != null) ? this.persisted.query(hash.toString()).orElse(null) : null;
		}

		/** Whether the operation to run is a query; a document that does not parse is left to the handler's errors. */
		private static boolean isQuery(String document, @Nullable String operationName) {
			Document parsed;
			try {
				parsed = Parser.parse(document);
			}
			catch (RuntimeException ex) {
				return true;
			}
			for (OperationDefinition operation : parsed.getDefinitionsOfType(OperationDefinition.class)) {
				if (operationName == null || operationName.equals(operation.getName())) {
					if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
						return false;
					}
				}
			}
			return true;
		}

		private static @Nullable Map<?, ?> jsonObject(@Nullable String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			return (Map<?, ?>) json.readValue(text, Map.class);
		}

		private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
			response.setStatus(status);
			response.setContentType("application/graphql-response+json");
			response.setHeader("Cache-Control", "no-store");
			response.getOutputStream()
				.write(json.writeValueAsBytes(Map.of("errors",
						java.util.List.of(Map.of("message", message, "extensions", Map.of("classification", "BAD_REQUEST"))))));
		}

	}

}
