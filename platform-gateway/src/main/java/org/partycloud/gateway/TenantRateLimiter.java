package org.partycloud.gateway;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** A Bucket4j token bucket per tenant, in memory (each gateway replica keeps its own budget). */
public class TenantRateLimiter {

    /** @param retryAfterSeconds whole seconds until a request would be let through again (0 when allowed) */
    public record Decision(boolean allowed, long remaining, long retryAfterSeconds) {
    }

    private final GatewayProperties.RateLimit limit;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TenantRateLimiter(GatewayProperties.RateLimit limit) {
        if (limit.capacity() < 1 || limit.refill() < 1 || limit.period() == null || limit.period().isZero()) {
            throw new IllegalArgumentException("Rate limit needs capacity, refill and period above zero: " + limit);
        }
        this.limit = limit;
    }

    public Decision tryConsume(String tenant) {
        Bucket bucket = buckets.computeIfAbsent(tenant, t -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.refill(), limit.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Decision(true, probe.getRemainingTokens(), 0);
        }
        long nanos = probe.getNanosToWaitForRefill();
        long seconds = Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
        return new Decision(false, 0, seconds);
    }
}
