package org.partycloud.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.reactive.function.client.WebClient;

/** The gateway's beans: API security, the tenant directory and its feed, the gates, and the circuit breakers. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewayProperties.class)
class GatewayConfiguration {

    /** The OAuth2 client registration the gateway reads the tenant feed with (client credentials). */
    static final String FEED_CLIENT = "partycloud-internal";

    /**
     * API clients: stateless bearer tokens (no session, no CSRF token to carry). {@code /api/**} needs a token;
     * everything else is open here and answers 404 unless a route or the health endpoints serve it.
     */
    @Bean
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http) {
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(ex -> ex
                        .pathMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .pathMatchers("/api/**", "/actuator/**").authenticated()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> { })
                        .authenticationEntryPoint((exchange, e) -> unauthenticated(exchange))
                        .accessDeniedHandler((exchange, e) -> forbidden(exchange)))
                .exceptionHandling(e -> e.authenticationEntryPoint((exchange, ex) -> unauthenticated(exchange))
                        .accessDeniedHandler((exchange, ex) -> forbidden(exchange)))
                .build();
    }

    private static reactor.core.publisher.Mono<Void> unauthenticated(org.springframework.web.server.ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
        return Problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated", "未登录 Unauthenticated",
                "A valid bearer token is required.");
    }

    private static reactor.core.publisher.Mono<Void> forbidden(org.springframework.web.server.ServerWebExchange exchange) {
        return Problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden", "禁止访问 Forbidden",
                "Your account may not use this resource.");
    }

    @Bean
    InternalHeaderFilter internalHeaderFilter(GatewayProperties properties) {
        return new InternalHeaderFilter(properties.internalHeaders());
    }

    @Bean
    ProblemExceptionHandler problemExceptionHandler() {
        return new ProblemExceptionHandler();
    }

    @Bean
    TenantDirectory tenantDirectory() {
        return new TenantDirectory();
    }

    @Bean
    TenantFeedFollower tenantFeedFollower(GatewayProperties properties, TenantDirectory directory,
            ReactiveClientRegistrationRepository registrations, ReactiveOAuth2AuthorizedClientService clients) {
        AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager manager =
                new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(registrations, clients);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
        ServerOAuth2AuthorizedClientExchangeFilterFunction oauth = new ServerOAuth2AuthorizedClientExchangeFilterFunction(manager);
        oauth.setDefaultClientRegistrationId(FEED_CLIENT);
        WebClient client = WebClient.builder().filter(oauth).build();
        return new TenantFeedFollower(client, properties.tenantServiceUrl(), directory, properties.feed().batchSize(),
                properties.feed().interval());
    }

    @Bean
    ModuleMap moduleMap(GatewayProperties properties) {
        return new ModuleMap(properties.modules(), properties.alwaysOn());
    }

    @Bean
    TenantRateLimiter tenantRateLimiter(GatewayProperties properties) {
        return new TenantRateLimiter(properties.rateLimit());
    }

    @Bean
    TenantGateFilter tenantGateFilter(TenantDirectory directory, ModuleMap modules, TenantRateLimiter rateLimiter) {
        return new TenantGateFilter(directory, modules, rateLimiter);
    }

    /**
     * One circuit breaker per route (named by the route's CircuitBreaker filter): it opens when half of the last
     * 20 calls failed (connection refused, reset or timed out) and then answers at once for 10 s. The time limiter
     * is above the routes' own response timeouts, which decide.
     */
    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> circuitBreakers(GatewayProperties properties) {
        Duration timeout = properties.backendTimeout();
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .slidingWindowSize(20)
                        .minimumNumberOfCalls(10)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(Duration.ofSeconds(10))
                        .permittedNumberOfCallsInHalfOpenState(3)
                        .build())
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(timeout).build())
                .build());
    }
}
