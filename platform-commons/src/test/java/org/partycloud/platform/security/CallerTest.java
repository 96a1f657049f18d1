package org.partycloud.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CallerTest {

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("user-1")
                .claim("preferred_username", "corp-admin").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void readsTenantRolesInsideEachOrganizationEntry() {
        Caller caller = Caller.from(token(Map.of(
                "realm_access", Map.of("roles", List.of("default-roles-partycloud", "tenant-admin")),
                "organization", Map.of(
                        "democorp", Map.of("id", "1f0c", "groups", List.of("/tenant-admin"),
                                "realm_access", Map.of("roles", List.of("tenant-admin"))),
                        "demogw", Map.of("id", "2a7d", "groups", List.of("/committee-viewer"),
                                "realm_access", Map.of("roles", List.of("committee-viewer")))))));

        assertThat(caller.userId()).isEqualTo("user-1");
        assertThat(caller.tenants().keySet()).containsExactlyInAnyOrder("democorp", "demogw");
        assertThat(caller.hasTenantRole("democorp", "tenant-admin")).isTrue();
        assertThat(caller.hasTenantRole("demogw", "committee-viewer")).isTrue();
        assertThat(caller.hasTenantRole("demogw", "tenant-admin"))
                .as("a role held in one tenant is not held in another, whatever realm_access says").isFalse();
    }

    @Test
    void aGroupNameOrAnAttributeCalledRealmAccessGrantsNoRole() {
        Caller caller = Caller.from(token(Map.of("organization", Map.of("democorp", Map.of(
                "groups", List.of("/tenant-admin"), "realm_access", List.of("tenant-admin"))))));
        assertThat(caller.belongsTo("democorp")).isTrue();
        assertThat(caller.hasTenantRole("democorp", "tenant-admin")).isFalse();
    }

    @Test
    void readsAListOfAliases() {
        Caller caller = Caller.from(token(Map.of("organization", List.of("democorp", "demobureau"))));
        assertThat(caller.belongsTo("democorp")).isTrue();
        assertThat(caller.belongsTo("demobureau")).isTrue();
        assertThat(caller.belongsTo("demogw")).isFalse();
    }

    @Test
    void withoutTheClaimBelongsToNoTenant() {
        Caller caller = Caller.from(token(Map.of("realm_access", Map.of("roles", List.of("platform-admin")))));
        assertThat(caller.tenants()).isEmpty();
        assertThat(caller.isPlatformAdmin()).isTrue();
        assertThat(caller.isService()).isFalse();
    }
}
