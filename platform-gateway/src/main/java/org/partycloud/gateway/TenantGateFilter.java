package org.partycloud.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * On every routed request that names a tenant ({@value #HEADER}): a valid key (400), a caller whose token names
 * that tenant or a platform operator (403, never a silent switch), a known tenant (404) that is served (403
 * naming why, with the operator's reason), the path's module on in that tenant (403 naming it), and the tenant's
 * request budget (429 with {@code Retry-After}). A request that names no tenant spends its caller's own budget.
 * The services check tenant and status again themselves.
 */
public class TenantGateFilter implements GlobalFilter, Ordered {

    public static final String HEADER = "X-Tenant";
    /** Budget keys of requests that name no tenant: per caller (tenant keys never contain a colon). */
    static final String CALLER_BUDGET = "caller:";
    private final CallerResolver callers;
    private final TenantDirectory directory;
    private final ModuleMap modules;
    private final TenantRateLimiter rateLimiter;

    public TenantGateFilter(CallerResolver callers, TenantDirectory directory, ModuleMap modules,
            TenantRateLimiter rateLimiter) {
        this.callers = callers;
        this.directory = directory;
        this.modules = modules;
        this.rateLimiter = rateLimiter;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String header = exchange.getRequest().getHeaders().getFirst(HEADER);
        if (header != null && !header.isBlank() && !TenantDirectory.KEY.matcher(header.trim()).matches()) {
            return Problems.write(exchange, HttpStatus.BAD_REQUEST, "invalid-tenant-key", "租户标识无效 Invalid tenant key",
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
                    return admit(exchange, chain, caller.get(), header.trim());
                });
    }

    private Mono<Void> admit(ServerWebExchange exchange, GatewayFilterChain chain, Caller caller, String key) {
        Map<String, Object> tenant = Map.of("tenant", key);
        if (!caller.belongsTo(key) && !caller.isPlatformAdmin()) {
            return Problems.write(exchange, HttpStatus.FORBIDDEN, "tenant-not-member", "禁止访问 Forbidden",
                    "Your account does not belong to tenant '" + key + "'.", tenant);
        }
        if (!directory.isReady()) {
            return Problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "tenant-directory-unavailable",
                    "服务暂不可用 Service unavailable", "The gateway has not read the tenant directory yet; try again shortly.");
        }
        Optional<TenantDirectory.Tenant> found = directory.find(key);
        if (found.isEmpty()) {
            return Problems.write(exchange, HttpStatus.NOT_FOUND, "tenant-not-found", "租户不存在 Tenant not found",
                    "There is no tenant '" + key + "'.", tenant);
        }
        TenantDirectory.Tenant t = found.get();
        if (!t.isServed()) {
            Map<String, Object> properties = new LinkedHashMap<>(tenant);
            properties.put("tenantStatus", t.status());
            if (t.reason() != null) {
                properties.put("reason", t.reason());
            }
            return Problems.write(exchange, HttpStatus.FORBIDDEN, "tenant-" + t.status().toLowerCase(java.util.Locale.ROOT),
                    "租户不可用 Tenant not available", notServed(key, t.status()), properties);
        }
        Optional<String> module = modules.moduleOf(exchange.getRequest().getPath().pathWithinApplication().value());
        if (module.isPresent() && !t.hasModule(module.get())) {
            return Problems.write(exchange, HttpStatus.FORBIDDEN, "module-disabled", "模块未开通 Module disabled",
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
            return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "请求过多 Too many requests",
                    whose + " has used its request budget; retry after " + decision.retryAfterSeconds() + " s.",
                    properties);
        }
        exchange.getResponse().getHeaders().set("X-RateLimit-Remaining", Long.toString(decision.remaining()));
        return chain.filter(exchange);
    }

    static String notServed(String key, String status) {
        return switch (status) {
            case "SUSPENDED" -> "Tenant '" + key + "' is suspended (租户已停用); its data is kept.";
            case "EXPIRED" -> "Tenant '" + key + "' has expired (租户订阅已到期); its data is kept.";
            case "DELETING" -> "Tenant '" + key + "' has been deleted (租户已删除).";
            default -> "Tenant '" + key + "' is not active yet (租户尚未开通).";
        };
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
