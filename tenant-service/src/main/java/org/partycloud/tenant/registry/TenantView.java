package org.partycloud.tenant.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.partycloud.core.tenant.TenantStatus;

/** A tenant as the operator sees it. */
record TenantView(String key, String name, TenantKind kind, String plan, TenantStatus status, String failedStep,
        String failureReason, String suspensionReason, String contactName, String contactPhone, String adminEmail,
        String adminUsername, LocalDate subscriptionStart, LocalDate subscriptionEnd, String keycloakOrganizationId,
        List<String> modules, Instant createdAt, Instant updatedAt, Instant activatedAt, Instant deletedAt) {

    static TenantView of(Tenant t) {
        return new TenantView(t.key().value(), t.name(), t.kind(), t.plan(), t.status(), t.failedStep(),
                t.failureReason(), t.suspensionReason(), t.contactName(), t.contactPhone(), t.adminEmail(),
                t.adminUsername(), t.subscriptionStart(), t.subscriptionEnd(), t.keycloakOrganizationId(),
                t.modules().stream().sorted().toList(), t.createdAt(), t.updatedAt(), t.activatedAt(), t.deletedAt());
    }
}
