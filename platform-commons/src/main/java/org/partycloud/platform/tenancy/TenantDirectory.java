package org.partycloud.platform.tenancy;

import java.util.Optional;

/**
 * Where a service learns a tenant's lifecycle status. tenant-service answers from its registry; the other
 * services from their replica fed by tenant-service's change feed.
 */
public interface TenantDirectory {

    Optional<TenantStatus> statusOf(TenantKey key);

    /** Why the tenant is not served, as the operator put it (a suspension reason); empty where none is known. */
    default Optional<String> reasonOf(TenantKey key) {
        return Optional.empty();
    }
}
