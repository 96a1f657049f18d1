package org.partycloud.tenant.registry;

import org.partycloud.core.tenant.TenantKey;
import org.partycloud.core.tenant.TenantStatus;

/** What the provisioning saga needs to know of a tenant, read in one transaction. */
public record TenantSnapshot(TenantKey key, String name, TenantKind kind, TenantStatus status, String adminUsername,
        String adminEmail, String keycloakOrganizationId) {

    static TenantSnapshot of(Tenant t) {
        return new TenantSnapshot(t.key(), t.name(), t.kind(), t.status(), t.adminUsername(), t.adminEmail(),
                t.keycloakOrganizationId());
    }
}
