package org.partycloud.gateway;

import java.net.URI;
import org.partycloud.core.problem.ProblemTypes;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.partycloud.core.token.AccessTokenRules;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Two kinds of client, two filter chains.
 *
 * <p>API clients send a bearer token: stateless, no session, no CSRF token (nothing a browser sends by itself
 * authenticates them). Browsers log in through Keycloak (authorization code + PKCE) and keep a server-side session
 * whose cookie is HttpOnly and SameSite=Lax; the tokens stay in the session and {@code TokenRelay} hands the access
 * token to the services. A browser's state-changing request needs the CSRF token: the cookie {@code XSRF-TOKEN}
 * (readable by the page) echoed in the header {@code X-XSRF-TOKEN} or the form field {@code _csrf}. {@code POST
 * /logout} ends the session and then, through Keycloak's end-session endpoint, the Keycloak session too.
 *
 * <p>Everything under {@code /api/**} needs a caller; an unauthenticated API call answers 401 problem+json (a
 * console then sends the browser to {@value #LOGIN_ENTRY}), any other page is public (the console itself).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeycloakClients.class)
class SecurityConfiguration {

    /** Where a browser starts its login. */
    static final String LOGIN_ENTRY = "/oauth2/authorization/" + KeycloakClients.LOGIN;
    private static final String[] PUBLIC_ACTUATOR = { "/actuator/health", "/actuator/health/**", "/actuator/info" };

    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(KeycloakClients clients) {
        return new InMemoryReactiveClientRegistrationRepository(clients.loginRegistration(),
                clients.serviceRegistration());
    }

    /** The browser's tokens live in its session: logging out or the session expiring forgets them. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /** Hands out a session's access token, refreshing it when it has expired (used by TokenRelay and /api/me). */
    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
            ServerOAuth2AuthorizedClientRepository authorizedClients) {
        DefaultReactiveOAuth2AuthorizedClientManager manager =
                new DefaultReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }

    /**
     * Access tokens are verified against the realm's keys (read at first use, so the gateway starts without
     * Keycloak) and the issuer, and remembered until they expire.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(KeycloakClients clients) {
        NimbusReactiveJwtDecoder nimbus = NimbusReactiveJwtDecoder
                .withJwkSetUri(clients.issuerUri() + "/protocol/openid-connect/certs").build();
        nimbus.setJwtValidator(accessTokensForThePlatform(clients.issuerUri()));
        return new CachingJwtDecoder(nimbus, java.time.Clock.systemUTC(), 4096);
    }

    /**
     * Issuer, lifetime with a few seconds of skew (not the default minute), and the platform's rules of an access
     * token (type {@code Bearer}, audience {@code partycloud-api}): ID tokens, refresh tokens and tokens for
     * another audience are refused as the services refuse them.
     */
    static OAuth2TokenValidator<Jwt> accessTokensForThePlatform(String issuer) {
        OAuth2TokenValidator<Jwt> rules = jwt -> {
            java.util.List<String> violations = AccessTokenRules.violations(jwt.getClaims());
            return violations.isEmpty() ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(violations.stream().map(v -> new OAuth2Error(
                            OAuth2ErrorCodes.INVALID_TOKEN, "The token is " + v, null)).toList());
        };
        return new DelegatingOAuth2TokenValidator<>(new JwtIssuerValidator(issuer),
                new JwtTimestampValidator(AccessTokenRules.CLOCK_SKEW), rules);
    }

    @Bean
    CallerResolver callerResolver(ReactiveOAuth2AuthorizedClientManager manager, ReactiveJwtDecoder decoder) {
        return new CallerResolver(manager, decoder);
    }

    /** API clients: requests that carry a bearer token, whatever the path. */
    @Bean
    @Order(1)
    SecurityWebFilterChain bearerClients(ServerHttpSecurity http) {
        return http.securityMatcher(SecurityConfiguration::bearer)
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)))
                .authorizeExchange(ex -> ex
                        .pathMatchers(PUBLIC_ACTUATOR).permitAll()
                        .pathMatchers("/api/**", "/actuator/**").authenticated()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> { })
                        .authenticationEntryPoint((exchange, e) -> unauthenticated(exchange))
                        .accessDeniedHandler((exchange, e) -> forbidden(exchange)))
                .exceptionHandling(e -> e.authenticationEntryPoint((exchange, ex) -> unauthenticated(exchange))
                        .accessDeniedHandler((exchange, ex) -> forbidden(exchange)))
                .build();
    }

    /** Browsers: everything without a bearer token. */
    @Bean
    @Order(2)
    SecurityWebFilterChain browsers(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations,
            ServerOAuth2AuthorizedClientRepository authorizedClients, KeycloakClients clients) {
        DefaultServerOAuth2AuthorizationRequestResolver pkce = new DefaultServerOAuth2AuthorizationRequestResolver(
                registrations);
        pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedServerLogoutSuccessHandler endKeycloakSession =
                new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        endKeycloakSession.setPostLogoutRedirectUri("{baseUrl}/");
        ServerWebExchangeMatcher api = new PathPatternParserServerWebExchangeMatcher("/api/**");
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegatingServerAuthenticationEntryPoint.DelegateEntry(api, (exchange, e) -> unauthenticated(exchange)));
        entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint(LOGIN_ENTRY));
        CookieServerCsrfTokenRepository csrfTokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));

        return http
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .authorizeExchange(ex -> ex
                        .pathMatchers(PUBLIC_ACTUATOR).permitAll()
                        .pathMatchers("/api/**", "/actuator/**").authenticated()
                        .anyExchange().permitAll())
                .oauth2Login(login -> login
                        .authorizationRequestResolver(pkce)
                        .authorizedClientRepository(authorizedClients)
                        .loginPage(LOGIN_ENTRY)
                        .authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler("/?loginError")))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutHandler(handlers -> handlers.add(new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(endKeycloakSession))
                // The page reads the token from the cookie and echoes it, so it is compared as it is (no BREACH
                // masking: the token is never part of a response body).
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .accessDeniedHandler((exchange, e) -> Problems.write(exchange,
                                ProblemTypes.CSRF_TOKEN_INVALID, "A browser request that changes something must echo the XSRF-TOKEN cookie in the "
                                        + "X-XSRF-TOKEN header; reload the page and try again.")))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(clients.issuerUri())))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((exchange, ex) -> forbidden(exchange)))
                // The CSRF token is made lazily; asking for it on every response writes the cookie for the page.
                .addFilterAfter((exchange, chain) -> exchange.<Mono<CsrfToken>>getAttributeOrDefault(
                        CsrfToken.class.getName(), Mono.empty()).then(chain.filter(exchange)), SecurityWebFiltersOrder.CSRF)
                .build();
    }

    /**
     * Scripts, styles and data from the gateway only (styles inline too: the component library sets them); no
     * framing; forms may post to the gateway and, for logout's redirect, to Keycloak.
     */
    static String contentSecurityPolicy(String issuerUri) {
        URI issuer = URI.create(issuerUri);
        String keycloak = issuer.getScheme() + "://" + issuer.getRawAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                + "frame-ancestors 'none'; form-action 'self' " + keycloak;
    }

    static Mono<ServerWebExchangeMatcher.MatchResult> bearer(ServerWebExchange exchange) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
    }

    static Mono<Void> unauthenticated(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return Problems.write(exchange, ProblemTypes.UNAUTHENTICATED, "Log in (" + LOGIN_ENTRY + ") or send a valid bearer token.", java.util.Map.of("login", LOGIN_ENTRY));
    }

    static Mono<Void> forbidden(ServerWebExchange exchange) {
        return Problems.write(exchange, ProblemTypes.FORBIDDEN, "Your account may not use this resource.");
    }
}
