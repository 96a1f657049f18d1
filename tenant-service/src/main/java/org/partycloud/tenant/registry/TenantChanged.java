package org.partycloud.tenant.registry;

import java.util.Set;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.core.tenant.TenantStatus;

/** A tenant's status or enabled modules changed; becomes a {@code tenant.changed} feed entry. */
/** @param reason the operator's suspension reason, or null */
record TenantChanged(TenantKey key, TenantStatus status, Set<String> modules, String reason) {
}
