package org.partycloud.core.tenant;

import java.util.Optional;

/**
 * What a tenant directory knows of a tenant, as far as admitting a request goes.
 *
 * @param reason the operator's reason where the tenant is not served, or null
 * @param support the tenant admin's current support grant, or null
 */
public record TenantState(TenantStatus status, String reason, SupportGrant support) {

    public TenantState(TenantStatus status) {
        this(status, null, null);
    }

    public Optional<SupportGrant> supportGrant() {
        return Optional.ofNullable(support);
    }
}
