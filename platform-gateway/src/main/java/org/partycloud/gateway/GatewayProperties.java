package org.partycloud.gateway;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The gateway's own settings ({@code partycloud.gateway.*}, environment variables in application.yml).
 *
 * @param tenantServiceUrl where the tenant feed is read
 * @param feed how the tenant feed is followed
 * @param modules path patterns and the module each belongs to, first match wins
 * @param alwaysOn path patterns that no module switch turns off (the control plane)
 * @param rateLimit the per-tenant request budget
 * @param internalHeaders request headers a client may not send (they are removed before routing)
 * @param backendTimeout the longest a routed call may take before the circuit breaker gives up on it
 */
@ConfigurationProperties("partycloud.gateway")
public record GatewayProperties(String tenantServiceUrl, Feed feed, List<ModuleRoute> modules, List<String> alwaysOn,
        RateLimit rateLimit, InternalHeaders internalHeaders, Duration backendTimeout) {

    public GatewayProperties {
        modules = modules == null ? List.of() : List.copyOf(modules);
        alwaysOn = alwaysOn == null ? List.of() : List.copyOf(alwaysOn);
        backendTimeout = backendTimeout == null ? Duration.ofSeconds(35) : backendTimeout;
    }

    /** @param interval the pause between two reads; @param batchSize entries per page */
    public record Feed(Duration interval, int batchSize) {
    }

    public record ModuleRoute(String path, String module) {
    }

    /**
     * A token bucket per tenant: {@code capacity} requests at once, refilled by {@code refill} requests every
     * {@code period}.
     */
    public record RateLimit(long capacity, long refill, Duration period) {
    }

    /** Headers removed from every request by exact name and by prefix (case-insensitive). */
    public record InternalHeaders(List<String> names, List<String> prefixes) {

        public InternalHeaders {
            names = names == null ? List.of() : List.copyOf(names);
            prefixes = prefixes == null ? List.of() : List.copyOf(prefixes);
        }
    }
}
