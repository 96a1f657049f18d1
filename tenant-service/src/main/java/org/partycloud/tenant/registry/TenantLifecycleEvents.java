package org.partycloud.tenant.registry;

import org.partycloud.core.tenant.TenantKey;

/** What the registry asks of, and tells, the rest of the service. Published inside the registry's transactions. */
public final class TenantLifecycleEvents {

    private TenantLifecycleEvents() {
    }

    /** A tenant was registered or a failed provisioning retried: run the provisioning saga once committed. */
    public record ProvisioningRequested(TenantKey key) {
    }

    /** A tenant entered DELETING: remove it everywhere once committed. */
    public record DeletionRequested(TenantKey key) {
    }

    /** A tenant is DELETED: listeners remove their rows of it in the same transaction. */
    public record Deleted(TenantKey key) {
    }
}
