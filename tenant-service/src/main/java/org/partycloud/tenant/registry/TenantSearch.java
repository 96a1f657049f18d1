package org.partycloud.tenant.registry;

import org.partycloud.core.tenant.TenantStatus;

/** Filters of the operator's tenant list; null means any. */
record TenantSearch(TenantStatus status, TenantKind kind, String plan, String q) {
}
