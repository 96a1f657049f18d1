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
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.InMemoryReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

/** The gateway's beans: the tenant directory and its feed, the gates, and the circuit breakers. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewayProperties.class)
class GatewayConfiguration {

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
            ReactiveClientRegistrationRepository registrations) {
        AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager manager =
                new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(registrations,
                        new InMemoryReactiveOAuth2AuthorizedClientService(registrations));
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
        ServerOAuth2AuthorizedClientExchangeFilterFunction oauth = new ServerOAuth2AuthorizedClientExchangeFilterFunction(manager);
        oauth.setDefaultClientRegistrationId(KeycloakClients.SERVICE);
        WebClient client = WebClient.builder().filter(oauth).build();
        return new TenantFeedFollower(client, properties.tenantServiceUrl(), directory, properties.feed().batchSize(),
                properties.feed().interval());
    }

    /** Readiness waits for the first complete read of the tenant feed (health group {@code readiness}). */
    @Bean
    TenantDirectoryHealth tenantDirectoryHealthIndicator(TenantDirectory directory) {
        return new TenantDirectoryHealth(directory);
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
    TenantGateFilter tenantGateFilter(CallerResolver callers, TenantDirectory directory, ModuleMap modules,
            TenantRateLimiter rateLimiter) {
        return new TenantGateFilter(callers, directory, modules, rateLimiter, java.time.Clock.systemUTC());
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
