package org.partycloud.core.tenant;

/** Lifecycle of a tenant; only {@link #ACTIVE} tenants are served. */
public enum TenantStatus {
    PROVISIONING, ACTIVE, SUSPENDED, EXPIRED, FAILED, DELETING, DELETED;

    public boolean isServed() {
        return this == ACTIVE;
    }

    /** Why a tenant in this status is not served, in the words the caller reads. */
    public String notServedDetail(TenantKey key) {
        return switch (this) {
            case SUSPENDED -> "Tenant '" + key + "' is suspended (租户已停用); its data is kept.";
            case EXPIRED -> "Tenant '" + key + "' has expired (租户订阅已到期); its data is kept.";
            case DELETING, DELETED -> "Tenant '" + key + "' has been deleted (租户已删除).";
            default -> "Tenant '" + key + "' is not active yet (租户尚未开通).";
        };
    }
}
