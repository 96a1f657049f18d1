package org.partycloud.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partycloud.core.tenant.TenantAdmission.Admitted;
import org.partycloud.core.tenant.TenantAdmission.Refused;
import org.partycloud.core.tenant.TenantAdmission.Result;
import org.partycloud.core.token.Caller;
import org.partycloud.core.token.Roles;

class TenantAdmissionTest {

    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");
    private final Map<String, TenantState> states = new HashMap<>(Map.of(
            "tenanta", new TenantState(TenantStatus.ACTIVE),
            "tenantb", new TenantState(TenantStatus.ACTIVE),
            "frozen", new TenantState(TenantStatus.SUSPENDED, "合同到期未续费", null)));

    private static Caller memberOf(String... tenants) {
        Map<String, Set<String>> map = new HashMap<>();
        for (String t : tenants) {
            map.put(t, Set.of());
        }
        return new Caller("u1", "someone", Set.of(), map);
    }

    private static final Caller OPERATOR = new Caller("op", "operator", Set.of(Roles.PLATFORM_ADMIN), Map.of());

    private Result admit(String header, Caller caller) {
        return TenantAdmission.admit(header, caller, key -> Optional.ofNullable(states.get(key.value())), NOW);
    }

    private static Refused refused(Result result) {
        assertThat(result).isInstanceOf(Refused.class);
        return (Refused) result;
    }

    @Test
    void admitsAMemberOfTheTenant() {
        Result result = admit("tenanta", memberOf("tenanta"));
        assertThat(result).isInstanceOf(Admitted.class);
        assertThat(((Admitted) result).tenant()).isEqualTo(TenantKey.of("tenanta"));
        assertThat(((Admitted) result).caller().supportAccess()).isEmpty();
    }

    @Test
    void refusesHeaderForTenantTheTokenDoesNotBelongTo() {
        Refused refused = refused(admit("tenantb", memberOf("tenanta")));
        assertThat(refused.type().slug()).isEqualTo("tenant-not-member");
        assertThat(refused.type().status()).isEqualTo(403);
        assertThat(refused.properties()).containsEntry("tenant", "tenantb");
    }

    @Test
    void aMissingOrMalformedHeaderIsABadRequest() {
        assertThat(refused(admit(null, memberOf("tenanta"))).type().slug()).isEqualTo("tenant-header-missing");
        assertThat(refused(admit(" ", memberOf("tenanta"))).type().slug()).isEqualTo("tenant-header-missing");
        Refused malformed = refused(admit("t_admin'--", memberOf("tenanta")));
        assertThat(malformed.type().slug()).isEqualTo("invalid-tenant-key");
        assertThat(malformed.type().status()).isEqualTo(400);
    }

    @Test
    void aSuspendedTenantIsForbiddenNamingItsStatusAndTheReason() {
        Refused refused = refused(admit("frozen", memberOf("frozen")));
        assertThat(refused.type().slug()).isEqualTo("tenant-suspended");
        assertThat(refused.properties()).containsEntry("tenantStatus", "SUSPENDED")
                .containsEntry("reason", "合同到期未续费");
    }

    @Test
    void anUnknownTenantIsNotFound() {
        assertThat(refused(admit("nosuch", memberOf("nosuch"))).type().slug()).isEqualTo("tenant-not-found");
        assertThat(refused(admit("nosuch", OPERATOR)).type().status()).isEqualTo(404);
    }

    @Test
    void anOperatorWithoutTheTenantsConsentIsForbidden() {
        Refused refused = refused(admit("tenantb", OPERATOR));
        assertThat(refused.type().slug()).isEqualTo("support-access-required");
        assertThat(refused.type().status()).isEqualTo(403);
    }

    @Test
    void anOperatorUnderALiveGrantActsAsTheTenantAdminOfThatTenant() {
        states.put("tenantb", new TenantState(TenantStatus.ACTIVE, null,
                new SupportGrant("g1", "operator", NOW.plus(Duration.ofHours(2)), true)));
        Result result = admit("tenantb", OPERATOR);
        assertThat(result).isInstanceOf(Admitted.class);
        Caller acting = ((Admitted) result).caller();
        assertThat(acting.hasTenantRole("tenantb", Roles.TENANT_ADMIN)).isTrue();
        assertThat(acting.supportAccess().orElseThrow().grantId()).isEqualTo("g1");
        assertThat(refused(admit("tenanta", OPERATOR)).type().slug()).as("the grant is for tenantb only")
                .isEqualTo("support-access-required");
    }

    @Test
    void aGrantForAnotherOperatorOrOneThatHasEndedAdmitsNobody() {
        states.put("tenantb", new TenantState(TenantStatus.ACTIVE, null,
                new SupportGrant("g1", "other-operator", NOW.plusSeconds(60), false)));
        assertThat(refused(admit("tenantb", OPERATOR)).type().slug()).isEqualTo("support-access-required");
        states.put("tenantb", new TenantState(TenantStatus.ACTIVE, null,
                new SupportGrant("g2", "operator", NOW, false)));
        assertThat(refused(admit("tenantb", OPERATOR)).type().slug()).as("until is exclusive")
                .isEqualTo("support-access-required");
    }

    @Test
    void aReadOnlyGrantAdmitsReadsOnly() {
        Caller readOnly = OPERATOR.underSupportAccess("tenantb", "g1", true);
        assertThat(TenantAdmission.refusedChange(readOnly, "GET")).isEmpty();
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            assertThat(TenantAdmission.refusedChange(readOnly, method)).as(method)
                    .hasValueSatisfying(r -> assertThat(r.type().slug()).isEqualTo("support-access-read-only"));
        }
        assertThat(TenantAdmission.refusedChange(OPERATOR.underSupportAccess("tenantb", "g1", false), "POST")).isEmpty();
        assertThat(TenantAdmission.refusedChange(memberOf("tenanta"), "DELETE")).isEmpty();
    }
}
