package org.partycloud.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void readsRealmRolesAndTheRolesInsideEachOrganisationEntry() {
        Caller caller = Caller.from("u-1", Map.of(
                "preferred_username", "corp-admin",
                "realm_access", Map.of("roles", List.of("default-roles-partycloud", "offline_access")),
                "organization", Map.of(
                        "democorp", Map.of("id", "o-1", "realm_access", Map.of("roles", List.of("tenant-admin"))),
                        "demogw", Map.of("id", "o-2"))));

        assertThat(caller.userId()).isEqualTo("u-1");
        assertThat(caller.username()).isEqualTo("corp-admin");
        assertThat(caller.realmRoles()).containsExactly("default-roles-partycloud", "offline_access");
        assertThat(caller.tenants()).containsOnlyKeys("democorp", "demogw");
        assertThat(caller.tenants().get("democorp")).containsExactly("tenant-admin");
        assertThat(caller.tenants().get("demogw")).isEmpty();
        assertThat(caller.belongsTo("democorp")).isTrue();
        assertThat(caller.belongsTo("other")).isFalse();
        assertThat(caller.isPlatformAdmin()).isFalse();
    }

    @Test
    void readsAListOrASingleAliasAndIgnoresAnAttributeNamedLikeRoles() {
        assertThat(Caller.from("u", Map.of("organization", List.of("a1b", "c2d"))).tenants()).containsOnlyKeys("a1b", "c2d");
        assertThat(Caller.from("u", Map.of("organization", "abc")).tenants()).containsOnlyKeys("abc");
        assertThat(Caller.from("u", Map.of("organization", Map.of("abc", Map.of("realm_access", List.of("x"))))).tenants())
                .containsEntry("abc", Set.of());
    }

    @Test
    void aTokenWithoutTheClaimBelongsToNoTenantAndAnOperatorIsAPlatformAdmin() {
        Caller operator = Caller.from("op", Map.of("realm_access", Map.of("roles", List.of("platform-admin"))));
        assertThat(operator.tenants()).isEmpty();
        assertThat(operator.isPlatformAdmin()).isTrue();
        assertThat(Caller.from("u", Map.of("organization", Map.of())).tenants()).isEmpty();
    }
}
