package org.partycloud.gateway;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.partycloud.core.problem.ProblemTypes;
import org.partycloud.core.tenant.TenantAdmission;
import org.partycloud.core.tenant.TenantAdmission.Admitted;
import org.partycloud.core.tenant.TenantAdmission.Refused;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.core.token.Caller;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * On every routed request that names a tenant ({@value TenantAdmission#HEADER}): the platform's admission rule
 * ({@link TenantAdmission}, the same the services apply: a member, or an operator under the tenant's support
 * grant; a known, served tenant), a read-only grant's refusal of changes, the path's module on in that tenant
 * (403 naming it), and the tenant's request budget (429 with {@code Retry-After}). A request that names no tenant
 * spends its caller's own budget. The services admit the request again themselves.
 */
public class TenantGateFilter implements GlobalFilter, Ordered {

    public static final String HEADER = TenantAdmission.HEADER;
    /** Budget keys of requests that name no tenant: per caller (tenant keys never contain a colon). */
    static final String CALLER_BUDGET = "caller:";
    private final CallerResolver callers;
    private final TenantDirectory directory;
    private final ModuleMap modules;
    private final TenantRateLimiter rateLimiter;
    private final Clock clock;

    public TenantGateFilter(CallerResolver callers, TenantDirectory directory, ModuleMap modules,
            TenantRateLimiter rateLimiter, Clock clock) {
        this.callers = callers;
        this.directory = directory;
        this.modules = modules;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String header = exchange.getRequest().getHeaders().getFirst(HEADER);
        if (header != null && !header.isBlank() && !TenantKey.isValid(header.trim())) {
            return Problems.write(exchange, ProblemTypes.INVALID_TENANT_KEY,
                    "A tenant key is 3 to 30 lower-case letters and digits, starting with a letter.");
        }
        return callers.resolve(exchange)
                .map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(caller -> {
                    if (caller.isEmpty()) {
                        // Every routed path needs a caller: here a browser session whose tokens have expired.
                        return SecurityConfiguration.unauthenticated(exchange);
                    }
                    if (header == null || header.isBlank()) {
                        // The service answers 400 where its resource needs a tenant; the budget is the caller's own.
                        return limit(exchange, chain, CALLER_BUDGET + caller.get().userId(), Map.of());
                    }
                    return admit(exchange, chain, caller.get(), header);
                });
    }

    private Mono<Void> admit(ServerWebExchange exchange, GatewayFilterChain chain, Caller caller, String header) {
        if (!directory.isReady()) {
            return Problems.write(exchange, ProblemTypes.TENANT_DIRECTORY_UNAVAILABLE,
                    "The gateway has not read the tenant directory yet; try again shortly.");
        }
        TenantAdmission.Result result = TenantAdmission.admit(header, caller, directory::stateOf, clock.instant());
        if (result instanceof Refused refused) {
            return Problems.write(exchange, refused);
        }
        Admitted admitted = (Admitted) result;
        Optional<Refused> readOnly = TenantAdmission.refusedChange(admitted.caller(),
                exchange.getRequest().getMethod().name());
        if (readOnly.isPresent()) {
            return Problems.write(exchange, readOnly.get());
        }
        String key = admitted.tenant().value();
        Map<String, Object> tenant = Map.of("tenant", key);
        TenantDirectory.Tenant t = directory.find(admitted.tenant()).orElseThrow();
        Optional<String> module = modules.moduleOf(exchange.getRequest().getPath().pathWithinApplication().value());
        if (module.isPresent() && !t.hasModule(module.get())) {
            return Problems.write(exchange, ProblemTypes.MODULE_DISABLED,
                    "Module '" + module.get() + "' is turned off in tenant '" + key + "'.",
                    Map.of("tenant", key, "module", module.get()));
        }
        return limit(exchange, chain, key, tenant);
    }

    /** Spends one request of the budget {@code key}, or answers 429 with {@code Retry-After}. */
    private Mono<Void> limit(ServerWebExchange exchange, GatewayFilterChain chain, String key, Map<String, Object> tenant) {
        TenantRateLimiter.Decision decision = rateLimiter.tryConsume(key);
        if (!decision.allowed()) {
            exchange.getResponse().getHeaders().set("Retry-After", Long.toString(decision.retryAfterSeconds()));
            Map<String, Object> properties = new LinkedHashMap<>(tenant);
            properties.put("retryAfter", decision.retryAfterSeconds());
            String whose = tenant.isEmpty() ? "Your account" : "Tenant '" + tenant.get("tenant") + "'";
            return Problems.write(exchange, ProblemTypes.RATE_LIMITED,
                    whose + " has used its request budget; retry after " + decision.retryAfterSeconds() + " s.",
                    properties);
        }
        exchange.getResponse().getHeaders().set("X-RateLimit-Remaining", Long.toString(decision.remaining()));
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
