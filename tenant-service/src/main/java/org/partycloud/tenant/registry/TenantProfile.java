package org.partycloud.tenant.registry;

import java.time.LocalDate;
import java.util.List;
import org.partycloud.core.tenant.TenantStatus;
import org.partycloud.tenant.plan.Plan;

/** A tenant as its own members see it: no failure details, no Keycloak identifiers. */
record TenantProfile(String key, String name, TenantKind kind, PlanSummary plan, TenantStatus status,
        LocalDate subscriptionStart, LocalDate subscriptionEnd, String contactName, String contactPhone,
        List<String> modules) {

    record PlanSummary(String key, String name, String nameEn) {
    }

    static TenantProfile of(Tenant t, Plan plan) {
        return new TenantProfile(t.key().value(), t.name(), t.kind(),
                new PlanSummary(plan.key(), plan.name(), plan.nameEn()), t.status(), t.subscriptionStart(),
                t.subscriptionEnd(), t.contactName(), t.contactPhone(), t.modules().stream().sorted().toList());
    }
}
