package org.partycloud.platform.tenancy;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service keeps its tenants ({@code partycloud.tenancy.*}).
 *
 * @param tenantPaths paths that belong to a tenant and need X-Tenant
 * @param tenantFreePaths paths under those that do not (operator resources)
 * @param migrationParallelism how many tenant schemas are migrated at once
 * @param migrateOnStartup bring outdated tenant schemas to the current version at start-up
 */
@ConfigurationProperties("partycloud.tenancy")
public record TenancyProperties(@DefaultValue("/api/**") List<String> tenantPaths,
        @DefaultValue List<String> tenantFreePaths,
        @DefaultValue("4") int migrationParallelism,
        @DefaultValue("true") boolean migrateOnStartup) {
}
