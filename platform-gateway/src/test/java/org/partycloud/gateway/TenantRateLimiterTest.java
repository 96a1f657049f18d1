package org.partycloud.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TenantRateLimiterTest {

    @Test
    void eachTenantHasItsOwnBudgetAndAnExhaustedOneSaysWhenToRetry() {
        TenantRateLimiter limiter = new TenantRateLimiter(new GatewayProperties.RateLimit(3, 1, Duration.ofSeconds(2)));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryConsume("democorp").allowed()).isTrue();
        }
        TenantRateLimiter.Decision refused = limiter.tryConsume("democorp");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 2L);
        assertThat(limiter.tryConsume("demobureau").allowed()).isTrue();
    }
}
