package org.partycloud.platform.tenancy;

import java.util.Optional;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.core.tenant.TenantState;
import org.partycloud.core.tenant.TenantStatus;

/**
 * Where a service learns a tenant's lifecycle status and support grant. tenant-service answers from its
 * registry; the other services from their replica fed by tenant-service's change feed.
 */
public interface TenantDirectory {

    Optional<TenantState> stateOf(TenantKey key);

    default Optional<TenantStatus> statusOf(TenantKey key) {
        return stateOf(key).map(TenantState::status);
    }
}
