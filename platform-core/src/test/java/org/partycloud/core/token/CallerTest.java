package org.partycloud.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static Map<String, Object> claims(Map<String, Object> extra) {
        Map<String, Object> claims = new HashMap<>(Map.of("sub", "user-1", "preferred_username", "corp-admin"));
        claims.putAll(extra);
        return claims;
    }

    @Test
    void readsTenantRolesInsideEachOrganizationEntry() {
        Caller caller = Caller.fromClaims(claims(Map.of(
                "realm_access", Map.of("roles", List.of("default-roles-partycloud", "tenant-admin")),
                "organization", Map.of(
                        "democorp", Map.of("id", "1f0c", "groups", List.of("/tenant-admin"),
                                "realm_access", Map.of("roles", List.of("tenant-admin"))),
                        "demogw", Map.of("id", "2a7d", "groups", List.of("/committee-viewer"),
                                "realm_access", Map.of("roles", List.of("committee-viewer")))))));

        assertThat(caller.userId()).isEqualTo("user-1");
        assertThat(caller.username()).isEqualTo("corp-admin");
        assertThat(caller.tenants().keySet()).containsExactlyInAnyOrder("democorp", "demogw");
        assertThat(caller.hasTenantRole("democorp", "tenant-admin")).isTrue();
        assertThat(caller.hasTenantRole("demogw", "committee-viewer")).isTrue();
        assertThat(caller.hasTenantRole("demogw", "tenant-admin"))
                .as("a role held in one tenant is not held in another, whatever realm_access says").isFalse();
        assertThat(caller.realmRoles()).as("sorted, for stable answers")
                .containsExactly("default-roles-partycloud", "tenant-admin");
    }

    @Test
    void aGroupNameOrAnAttributeCalledRealmAccessGrantsNoRole() {
        Caller caller = Caller.fromClaims(claims(Map.of("organization", Map.of("democorp", Map.of(
                "groups", List.of("/tenant-admin"), "realm_access", List.of("tenant-admin"))))));
        assertThat(caller.belongsTo("democorp")).isTrue();
        assertThat(caller.hasTenantRole("democorp", "tenant-admin")).isFalse();
    }

    @Test
    void readsAListOrASingleAlias() {
        Caller list = Caller.fromClaims(claims(Map.of("organization", List.of("democorp", "demobureau"))));
        assertThat(list.belongsTo("democorp")).isTrue();
        assertThat(list.belongsTo("demobureau")).isTrue();
        assertThat(list.belongsTo("demogw")).isFalse();
        assertThat(Caller.fromClaims(claims(Map.of("organization", "abc"))).tenants()).containsOnlyKeys("abc");
    }

    @Test
    void withoutTheClaimBelongsToNoTenant() {
        Caller caller = Caller.fromClaims(claims(Map.of("realm_access", Map.of("roles", List.of("platform-admin")))));
        assertThat(caller.tenants()).isEmpty();
        assertThat(caller.isPlatformAdmin()).isTrue();
        assertThat(caller.isService()).isFalse();
        assertThat(caller.supportAccess()).isEmpty();
    }

    @Test
    void anOperatorUnderSupportAccessIsTheTenantAdminOfThatTenantOnly() {
        Caller operator = new Caller("op-1", "operator", Set.of(Roles.PLATFORM_ADMIN), Map.of());
        Caller acting = operator.underSupportAccess("democorp", "grant-1", true);
        assertThat(acting.hasTenantRole("democorp", Roles.TENANT_ADMIN)).isTrue();
        assertThat(acting.tenants()).containsOnlyKeys("democorp");
        assertThat(acting.supportAccess()).hasValueSatisfying(s -> {
            assertThat(s.grantId()).isEqualTo("grant-1");
            assertThat(s.readOnly()).isTrue();
        });
        assertThat(acting.isPlatformAdmin()).isTrue();
    }
}
