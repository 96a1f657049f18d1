package org.partycloud.platform.migration;

import org.partycloud.core.tenant.TenantKey;

/**
 * Fills a freshly migrated tenant schema with the service's dictionaries (national defaults a tenant may
 * override). Runs inside the tenant's context after every provisioning call, so it must be idempotent.
 */
public interface TenantSeeder {

    void seed(TenantKey key);
}
