package com.quotegraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Every HTTP request may read; a request that carries the API token as a bearer token acts as an editor, which
 * every mutation requires ({@code @PreAuthorize}). A missing token gives {@code UNAUTHORIZED}, a wrong one
 * {@code FORBIDDEN}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(SecurityConfiguration.class);

	@Bean
	ApiToken apiToken(SecurityProperties properties) {
		if (properties.apiToken() != null && !properties.apiToken().isBlank()) {
			return new ApiToken(properties.apiToken().strip());
		}
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		logger.warn("\n\nUsing generated API token: {}\nMutations need 'Authorization: Bearer <token>'; "
				+ "set quotegraph.api-token (QUOTEGRAPH_API_TOKEN) to choose one.\n", token);
		return new ApiToken(token);
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiToken token, HandlerMappingIntrospector handlers)
			throws Exception {
		return http.csrf((csrf) -> csrf.disable())
			// the CORS settings of the handler a request goes to (spring.graphql.cors), looked up only for requests
			// from a page of another origin: finding the handler was 3% of serving a query
			.cors((cors) -> cors.configurationSource((request) -> (request.getHeader(HttpHeaders.ORIGIN) != null)
					? handlers.getCorsConfiguration(request) : null))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			// nothing to log out of, no login to return to after: two filters fewer on every request
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(token), AnonymousAuthenticationFilter.class)
			.build();
	}

	/**
	 * No observations of the security filters, authentications or authorizations. Turning them off by property
	 * ({@code management.observations.enable.spring.security}) only made them no-ops: Spring Security still wrapped
	 * each filter of the chain in a decorator that started one on every request. HTTP timings stay.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/** No users: keeps Boot from generating a password nobody uses. */
	@Bean
	UserDetailsService noUsers() {
		return new InMemoryUserDetailsManager();
	}

	/** The API token, compared in constant time. */
	record ApiToken(String value) {

		boolean matches(String candidate) {
			return MessageDigest.isEqual(this.value.getBytes(StandardCharsets.UTF_8),
					candidate.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public String toString() {
			return "ApiToken[****]";
		}

	}

	/** Authenticates a request whose bearer token is the API token; a wrong token is authenticated as nobody. */
	static final class BearerTokenFilter extends OncePerRequestFilter {

		private final ApiToken token;

		BearerTokenFilter(ApiToken token) {
			this.token = token;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				boolean valid = this.token.matches(header.substring(7).strip());
				var authorities = valid ? List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))
						: List.of(new SimpleGrantedAuthority("ROLE_INVALID_TOKEN"));
				var authentication = UsernamePasswordAuthenticationToken.authenticated(valid ? "editor" : "invalid-token",
						null, authorities);
				SecurityContextHolder.getContext().setAuthentication(authentication);
			}
			chain.doFilter(request, response);
		}

	}

}
