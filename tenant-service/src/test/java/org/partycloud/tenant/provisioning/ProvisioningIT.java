package org.partycloud.tenant.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.platform.testsupport.KeycloakTestServer;
import org.partycloud.tenant.KeycloakAdminFixture;
import org.partycloud.tenant.TenantServiceIntegrationTest;
import org.partycloud.tenant.keycloak.KeycloakTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** The saga against the real Keycloak: create, log in, crash and resume, delete. */
class ProvisioningIT extends TenantServiceIntegrationTest {

    @Autowired
    ProvisioningLauncher launcher;
    @Autowired
    KeycloakTenants keycloakTenants;

    private final KeycloakAdminFixture admin = new KeycloakAdminFixture(keycloak());

    @Test
    void createsAnActiveTenantWithItsOrganisationGroupsAndAnAdminWhoCanLogIn() throws Exception {
        String key = newKey("acme");
        JsonNode created = register(key, "standard");
        String oneTimePassword = created.get("admin").get("oneTimePassword").asString();

        JsonNode tenant = awaitStatus(key, "ACTIVE");

        List<Map<String, Object>> organizations = admin.organizationsWithAlias(key);
        assertThat(organizations).singleElement().satisfies(o -> assertThat(o.get("id"))
                .isEqualTo(tenant.get("keycloakOrganizationId").asString()));
        String org = (String) organizations.get(0).get("id");
        Map<String, String> groups = groupIds(org);
        assertThat(groups).containsOnlyKeys("tenant-admin", "committee-viewer");
        assertThat(admin.realmRolesOfGroup(org, groups.get("tenant-admin"))).containsExactly("tenant-admin");
        assertThat(admin.realmRolesOfGroup(org, groups.get("committee-viewer"))).containsExactly("committee-viewer");

        String username = key + "-admin";
        Map<String, Object> user = admin.usersNamed(username).get(0);
        assertThat(user.get("email")).isEqualTo(key + "@example.cn");
        assertThat(String.valueOf(user.get("requiredActions"))).contains("UPDATE_PASSWORD");
        assertThat(admin.members(org)).containsExactly(username);
        assertThat(admin.membersOfGroup(org, groups.get("tenant-admin"))).containsExactly(username);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM platform.tenant_admin_password WHERE tenant_key = ?",
                Long.class, key)).as("the one-time password is forgotten once the user exists").isZero();

        // The one-time password is right, but must be changed first: Keycloak refuses a password grant.
        assertThatThrownBy(() -> keycloak().passwordToken(username, oneTimePassword, "openid"))
                .hasMessageContaining("Account is not fully set up");

        // After the admin has set a password of their own, their token names the tenant with its roles,
        // and the tenant-admin API accepts it.
        admin.setPermanentPassword((String) user.get("id"), "Own-Passw0rd!");
        String token = keycloak().passwordToken(username, "Own-Passw0rd!", "openid organization:*");
        @SuppressWarnings("unchecked")
        Map<String, Object> organizationClaim = (Map<String, Object>) KeycloakTestServer.claims(token).get("organization");
        assertThat(organizationClaim).containsOnlyKeys(key);
        Map<?, ?> entry = (Map<?, ?>) organizationClaim.get(key);
        assertThat(entry.get("id")).isEqualTo(org);
        assertThat(entry.get("tenantKey")).isEqualTo(List.of(key));
        assertThat(entry.get("realm_access")).isEqualTo(Map.of("roles", List.of("tenant-admin")));
        mvc.perform(get("/api/tenant/modules").header("X-Tenant", key)
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").isNumber());
        mvc.perform(get("/api/tenant/tenants").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
    }

    @Test
    void deletingATenantLeavesNoOrganisationNoUserAndNoRowButTheDeletedRegistryEntry() throws Exception {
        String key = registerActive("gone", "basic").get("key").asString();
        String username = key + "-admin";
        String settings = mvc.perform(get("/api/tenant/settings").header("X-Tenant", key)
                .with(memberOf(key, "tenant-admin"))).andReturn().getResponse().getContentAsString();
        mvc.perform(put("/api/tenant/settings").header("X-Tenant", key).with(memberOf(key, "tenant-admin"))
                .contentType(MediaType.APPLICATION_JSON).content(settings)).andExpect(status().isOk());

        mvc.perform(delete("/api/tenant/tenants/{key}", key).with(operator()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("DELETING"));
        JsonNode deleted = awaitStatus(key, "DELETED");

        assertThat(deleted.get("deletedAt").isNull()).isFalse();
        assertThat(admin.organizationsWithAlias(key)).isEmpty();
        assertThat(admin.usersNamed(username)).isEmpty();
        for (String table : List.of("tenant_module", "tenant_settings", "provisioning_step", "tenant_admin_password")) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM platform." + table + " WHERE tenant_key = ?",
                    Long.class, key)).as(table).isZero();
        }
        assertThat(feedOf(key)).last().satisfies(e -> {
            assertThat(e.get("payload").get("status").asString()).isEqualTo("DELETED");
            assertThat(e.get("payload").get("modules").size()).isZero();
        });

        mvc.perform(post("/api/tenant/tenants").with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(registration(key, "basic"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:tenant-exists"));
        mvc.perform(delete("/api/tenant/tenants/{key}", key).with(operator()))
                .andExpect(status().isConflict());
    }

    @Test
    void deletingATenantKeepsAMemberWhoAlsoBelongsToAnotherTenant() throws Exception {
        String kept = registerActive("kept", "basic").get("key").asString();
        JsonNode doomed = registerActive("doomed", "basic");
        String keptAdminId = (String) admin.usersNamed(kept + "-admin").get(0).get("id");
        admin.addMember(doomed.get("keycloakOrganizationId").asString(), keptAdminId);

        mvc.perform(delete("/api/tenant/tenants/{key}", doomed.get("key").asString()).with(operator()))
                .andExpect(status().isAccepted());
        awaitStatus(doomed.get("key").asString(), "DELETED");

        assertThat(admin.usersNamed(doomed.get("key").asString() + "-admin")).isEmpty();
        assertThat(admin.organizationAliasesOf(keptAdminId)).containsExactly(kept);
    }

    @Test
    void anAdminWithTheRequestedUsernameLogsInWithTheTenantAdminRole() throws Exception {
        String key = newKey("custom");
        String username = "chief." + key;
        Map<String, Object> registration = new HashMap<>(registration(key, "basic"));
        registration.put("adminUsername", username);
        mvc.perform(post("/api/tenant/tenants").with(operator()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(registration))).andExpect(status().isAccepted());

        String org = awaitStatus(key, "ACTIVE").get("keycloakOrganizationId").asString();

        assertThat(admin.usersNamed(key + "-admin")).isEmpty();
        Map<String, Object> user = admin.usersNamed(username).get(0);
        assertThat(user.get("attributes")).isEqualTo(Map.of(KeycloakTenants.ADMIN_OF_ATTRIBUTE, List.of(key)));
        assertThat(admin.membersOfGroup(org, groupIds(org).get("tenant-admin"))).containsExactly(username);
        admin.setPermanentPassword((String) user.get("id"), "Own-Passw0rd!");
        Map<?, ?> claim = (Map<?, ?>) KeycloakTestServer.claims(keycloak().passwordToken(username, "Own-Passw0rd!",
                "openid organization:*")).get("organization");
        assertThat(((Map<?, ?>) claim.get(key)).get("realm_access")).isEqualTo(Map.of("roles", List.of("tenant-admin")));
    }

    @Test
    void neverMakesAKeycloakUserItDidNotCreateForTheTenantItsAdmin() throws Exception {
        String key = newKey("hijack");
        String username = "boss." + key;
        // A login that exists already, e.g. a member of another tenant, or the operator's own account.
        String existing = admin.createUser(username, username + "@example.org", "已有", "用户");
        Map<String, Object> registration = new HashMap<>(registration(key, "basic"));
        registration.put("adminUsername", username);
        mvc.perform(post("/api/tenant/tenants").with(operator()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(registration))).andExpect(status().isAccepted());

        JsonNode failed = awaitStatus(key, "FAILED");

        assertThat(failed.get("failedStep").asString()).isEqualTo(ProvisioningSaga.ADMIN_USER);
        assertThat(failed.get("failureReason").asString()).contains(username).contains("not created by PartyCloud");
        String org = failed.get("keycloakOrganizationId").asString();
        assertThat(admin.members(org)).isEmpty();
        assertThat(admin.organizationAliasesOf(existing)).isEmpty();
        assertThat(String.valueOf(admin.user(existing).get("attributes")))
                .doesNotContain(KeycloakTenants.ADMIN_OF_ATTRIBUTE);

        // Retrying changes nothing while the user is there; deleting the tenant leaves the user alone.
        mvc.perform(post("/api/tenant/tenants/{key}/retry", key).with(operator())).andExpect(status().isAccepted());
        assertThat(awaitStatus(key, "FAILED").get("failedStep").asString()).isEqualTo(ProvisioningSaga.ADMIN_USER);
        assertThat(admin.members(org)).isEmpty();
        mvc.perform(delete("/api/tenant/tenants/{key}", key).with(operator())).andExpect(status().isAccepted());
        awaitStatus(key, "DELETED");
        assertThat(admin.usersNamed(username)).singleElement().satisfies(u -> assertThat(u.get("id")).isEqualTo(existing));
    }

    @Test
    void resumesAfterACrashBetweenStepsWithoutDuplicates() throws Exception {
        String key = newKey("crash");
        TenantKey tenantKey = TenantKey.of(key);
        // A process registered the tenant, created the organisation (and recorded it), created the groups, and
        // died before recording that step.
        insertProvisioningTenant(key);
        String org = keycloakTenants.ensureOrganization(tenantKey, "崩溃恢复测试");
        jdbc.update("UPDATE platform.tenant SET keycloak_org_id = ? WHERE tenant_key = ?", org, key);
        jdbc.update("INSERT INTO platform.provisioning_step (tenant_key, step) VALUES (?, ?)", key,
                ProvisioningSaga.ORGANIZATION);
        keycloakTenants.ensureTenantGroups(org);

        launcher.resumeInterrupted();

        awaitStatus(key, "ACTIVE");
        assertThat(admin.organizationsWithAlias(key)).singleElement()
                .satisfies(o -> assertThat(o.get("id")).isEqualTo(org));
        assertThat(admin.groups(org)).extracting(g -> g.get("name"))
                .containsExactlyInAnyOrder("tenant-admin", "committee-viewer");
        assertThat(admin.usersNamed(key + "-admin")).hasSize(1);
        assertThat(admin.members(org)).containsExactly(key + "-admin");
        assertThat(jdbc.queryForList("SELECT step FROM platform.provisioning_step WHERE tenant_key = ?", String.class,
                key)).containsExactlyInAnyOrder(ProvisioningSaga.ORGANIZATION, ProvisioningSaga.GROUPS,
                        ProvisioningSaga.ADMIN_USER);

        // Running the whole saga again changes nothing.
        jdbc.update("DELETE FROM platform.provisioning_step WHERE tenant_key = ?", key);
        jdbc.update("UPDATE platform.tenant SET status = 'PROVISIONING' WHERE tenant_key = ?", key);
        launcher.resumeInterrupted();
        awaitStatus(key, "ACTIVE");
        assertThat(admin.organizationsWithAlias(key)).hasSize(1);
        assertThat(admin.groups(org)).hasSize(2);
        assertThat(admin.usersNamed(key + "-admin")).hasSize(1);
    }

    private void insertProvisioningTenant(String key) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                INSERT INTO platform.tenant (tenant_key, name, kind, plan_key, status, contact_name, contact_phone,
                    admin_email, admin_username, subscription_start, subscription_end, created_at, updated_at, version)
                VALUES (?, '崩溃恢复测试', 'enterprise', 'basic', 'PROVISIONING', '王五', '13900139000', ?, ?, ?, ?, ?, ?, 0)
                """, key, key + "@example.cn", key + "-admin", LocalDate.now(), LocalDate.now().plusYears(1), now, now);
        jdbc.update("INSERT INTO platform.tenant_module (tenant_key, module_key) VALUES (?, 'affairs.members')", key);
        jdbc.update("INSERT INTO platform.tenant_admin_password (tenant_key, password, expires_at) VALUES (?, ?, ?)",
                key, "Crash-Test-9x!", Timestamp.from(Instant.now().plusSeconds(3600)));
    }

    private Map<String, String> groupIds(String org) {
        Map<String, String> ids = new TreeMap<>();
        admin.groups(org).forEach(g -> ids.put((String) g.get("name"), (String) g.get("id")));
        return ids;
    }
}
