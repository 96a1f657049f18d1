package org.partycloud.platform;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings shared by every service, under {@code partycloud.*}. */
@ConfigurationProperties("partycloud")
public record PlatformProperties(@DefaultValue Tenancy tenancy, @DefaultValue Feed feed) {

    /**
     * @param tenantPaths paths that belong to a tenant and need X-Tenant
     * @param tenantFreePaths paths under those that do not (operator resources)
     * @param migrationParallelism how many tenant schemas are migrated at once
     * @param migrateOnStartup bring outdated tenant schemas to the current version at start-up
     */
    public record Tenancy(@DefaultValue("/api/**") List<String> tenantPaths,
            @DefaultValue List<String> tenantFreePaths,
            @DefaultValue("4") int migrationParallelism,
            @DefaultValue("true") boolean migrateOnStartup) {
    }

    /**
     * @param tenantSource base URL of tenant-service, whose feed of tenant changes this service follows; empty
     *     in tenant-service itself
     * @param pollInterval how often a followed feed is read
     */
    public record Feed(@DefaultValue("") String tenantSource, @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("500") int batchSize) {
    }
}
