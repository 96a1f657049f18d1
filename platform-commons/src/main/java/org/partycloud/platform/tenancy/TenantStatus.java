package org.partycloud.platform.tenancy;

/** Lifecycle of a tenant; only {@link #ACTIVE} tenants are served. */
public enum TenantStatus {
    PROVISIONING, ACTIVE, SUSPENDED, EXPIRED, FAILED, DELETING, DELETED;

    public boolean isServed() {
        return this == ACTIVE;
    }
}
