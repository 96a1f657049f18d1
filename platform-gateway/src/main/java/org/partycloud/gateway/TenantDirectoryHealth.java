package org.partycloud.gateway;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Part of the readiness probe: the gateway is not ready until it has read the tenant feed to its end once, so a
 * load balancer sends it no tenant's request that it would have to refuse with 503.
 */
class TenantDirectoryHealth implements HealthIndicator {

    private final TenantDirectory directory;

    TenantDirectoryHealth(TenantDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Health health() {
        return directory.isReady()
                ? Health.up().withDetail("tenants", directory.size()).build()
                : Health.outOfService().withDetail("reason", "the tenant feed has not been read yet").build();
    }
}
