package org.partycloud.tenant.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.partycloud.core.tenant.TenantKey;

/** Object mother for tenants in the states of their lifecycle. */
final class TenantTestData {

    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    static final Tenant.PlanModules BASIC = new Tenant.PlanModules("basic",
            Set.of("affairs.organizations", "affairs.members", "affairs.meetings", "info.notices", "dues.billing",
                    "dues.payments"));

    private TenantTestData() {
    }

    static Tenant provisioning() {
        return Tenant.register(TenantKey.of("acme"), "中国某某集团有限公司党委", TenantKind.ENTERPRISE, BASIC,
                new Tenant.Contact("张三", "13800138000", "admin@acme.example"), TODAY.minusDays(1),
                TODAY.plusYears(1), NOW);
    }

    static Tenant active() {
        Tenant tenant = provisioning();
        tenant.activate(NOW);
        return tenant;
    }

    static Tenant failed() {
        Tenant tenant = provisioning();
        tenant.fail("service:affairs", "affairs-service at http://localhost:1 could not be reached", NOW);
        return tenant;
    }

    static Tenant suspended() {
        Tenant tenant = active();
        tenant.suspend("欠费 unpaid invoice", NOW);
        return tenant;
    }

    static Tenant deleting() {
        Tenant tenant = active();
        tenant.startDeletion(NOW);
        return tenant;
    }
}
