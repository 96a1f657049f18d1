package org.partycloud.tenant.memberlogins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partycloud.tenant.KeycloakAdminFixture;
import org.partycloud.tenant.TenantServiceIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/** Members' logins against the real Keycloak: where they are created, what they must do first, and retries. */
class MemberLoginIT extends TenantServiceIntegrationTest {

    private final KeycloakAdminFixture admin = new KeycloakAdminFixture(keycloak());

    @Test
    void createsEachMembersLoginInTheTenantsOrganisationWithATemporaryPasswordToChangeAtFirstLogin() throws Exception {
        JsonNode tenant = registerActive("mlog", "basic");
        String key = tenant.get("key").asString();
        String org = tenant.get("keycloakOrganizationId").asString();
        UUID sun = UUID.randomUUID();
        UUID li = UUID.randomUUID();

        JsonNode logins = loginsOf(create(key, List.of(login(sun, key + ".sunzhiqiang", "志强", "孙"),
                login(li, key + ".lisi", "四", "李"))));

        JsonNode first = logins.get(0);
        assertThat(first.get("memberId").asString()).isEqualTo(sun.toString());
        assertThat(first.get("username").asString()).isEqualTo(key + ".sunzhiqiang");
        assertThat(first.get("created").asBoolean()).isTrue();
        assertThat(first.get("temporaryPassword").asString()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(logins.get(1).get("username").asString()).isEqualTo(key + ".lisi");
        assertThat(admin.members(org)).contains(key + ".sunzhiqiang", key + ".lisi");
        Map<String, Object> user = admin.user(first.get("userId").asString());
        assertThat(user.get("requiredActions")).asInstanceOf(LIST)
                .containsExactly("UPDATE_PASSWORD");
        assertThat(user.get("firstName")).isEqualTo("志强");
        assertThat(user.get("lastName")).isEqualTo("孙");
        assertThat(user.get("attributes")).asInstanceOf(MAP)
                .containsEntry("partycloudMemberOf", List.of(key))
                .containsEntry("partycloudMemberId", List.of(sun.toString()));
        assertThat(admin.organizationAliasesOf(first.get("userId").asString())).containsExactly(key);
    }

    @Test
    void aSecondCallForTheSameMembersAnswersTheSameUsersWithAFreshPasswordUntilTheMemberHasChosenOne()
            throws Exception {
        JsonNode tenant = registerActive("mlogr", "basic");
        String key = tenant.get("key").asString();
        String org = tenant.get("keycloakOrganizationId").asString();
        UUID member = UUID.randomUUID();
        List<Map<String, Object>> body = List.of(login(member, key + ".wangwu", "五", "王"));

        JsonNode first = loginsOf(create(key, body)).get(0);
        JsonNode second = loginsOf(create(key, body)).get(0);

        assertThat(second.get("userId").asString()).isEqualTo(first.get("userId").asString());
        assertThat(second.get("username").asString()).isEqualTo(key + ".wangwu");
        assertThat(second.get("created").asBoolean()).isFalse();
        assertThat(second.get("temporaryPassword").asString()).isNotEqualTo(first.get("temporaryPassword").asString());
        assertThat(admin.usersNamed(key + ".wangwu")).hasSize(1);
        assertThat(admin.usersNamed(key + ".wangwu2")).isEmpty();
        assertThat(admin.members(org)).filteredOn(name -> name.startsWith(key + ".wangwu")).hasSize(1);

        admin.setPermanentPassword(first.get("userId").asString(), "Chosen-by-the-member-1");
        admin.clearRequiredActions(first.get("userId").asString());
        JsonNode third = loginsOf(create(key, body)).get(0);
        assertThat(third.get("userId").asString()).isEqualTo(first.get("userId").asString());
        assertThat(third.get("temporaryPassword").isNull()).as("the member's own password is kept").isTrue();
    }

    @Test
    void aUsernameTakenInTheRealmByAnotherUserGetsANumberAndThatUserIsNeverAdopted() throws Exception {
        JsonNode tenant = registerActive("mlogc", "basic");
        String key = tenant.get("key").asString();
        String org = tenant.get("keycloakOrganizationId").asString();
        String stranger = admin.createUser(key + ".zhaoliu", key + "-stranger@example.cn", "六", "赵");
        UUID zhao = UUID.randomUUID();
        UUID namesake = UUID.randomUUID();

        JsonNode logins = loginsOf(create(key, List.of(login(zhao, key + ".zhaoliu", "六", "赵"),
                login(namesake, key + ".zhaoliu", "六", "赵"))));

        assertThat(logins.get(0).get("username").asString()).isEqualTo(key + ".zhaoliu2");
        assertThat(logins.get(1).get("username").asString()).isEqualTo(key + ".zhaoliu3");
        assertThat(logins.get(0).get("userId").asString()).isNotEqualTo(stranger);
        assertThat(admin.members(org)).doesNotContain(key + ".zhaoliu");
        assertThat(String.valueOf(admin.user(stranger).get("attributes"))).doesNotContain("partycloudMember");
        assertThat(admin.organizationAliasesOf(stranger)).isEmpty();
    }

    @Test
    void refusesAnotherTenantsPrefixAMemberTwiceAnUnknownTenantAndEveryCallerButAService() throws Exception {
        JsonNode tenant = registerActive("mlogv", "basic");
        String key = tenant.get("key").asString();
        UUID member = UUID.randomUUID();

        create(key, List.of(login(member, "othertenant.zhangsan", "三", "张")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['logins[0].username']").exists());
        create(key, List.of(login(member, key + ".a", "三", "张"), login(member, key + ".b", "三", "张")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['logins[1].memberId']").exists());
        create(key, List.of()).andExpect(status().isBadRequest());
        create(key, List.of(login(member, key + ".Bad Name", "三", "张"))).andExpect(status().isBadRequest());
        create(newKey("nobody"), List.of(login(member, "nobody.zhangsan", "三", "张")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:tenant-not-found"));

        String body = json.writeValueAsString(Map.of("logins", List.of(login(member, key + ".zhangsan", "三", "张"))));
        for (RequestPostProcessor caller : List.of(memberOf(key, "tenant-admin"), memberOf(key), operator())) {
            mvc.perform(post("/internal/tenants/{key}/member-logins", key).with(caller)
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isForbidden());
        }
        assertThat(admin.usersNamed(key + ".zhangsan")).isEmpty();
    }

    @Test
    void deletingTheTenantDeletesItsMembersLogins() throws Exception {
        JsonNode tenant = registerActive("mlogd", "basic");
        String key = tenant.get("key").asString();
        loginsOf(create(key, List.of(login(UUID.randomUUID(), key + ".qianqi", "七", "钱"))));

        mvc.perform(delete("/api/tenant/tenants/{key}", key).with(operator())).andExpect(status().isAccepted());
        awaitStatus(key, "DELETED");

        assertThat(admin.usersNamed(key + ".qianqi")).isEmpty();
        create(key, List.of(login(UUID.randomUUID(), key + ".qianqi", "七", "钱")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:tenant-not-active"));
    }

    private static Map<String, Object> login(UUID memberId, String username, String firstName, String lastName) {
        return Map.of("memberId", memberId, "username", username, "firstName", firstName, "lastName", lastName);
    }

    private ResultActions create(String key, List<Map<String, Object>> logins) throws Exception {
        return mvc.perform(post("/internal/tenants/{key}/member-logins", key).with(service())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("logins", logins))));
    }

    private JsonNode loginsOf(ResultActions result) throws Exception {
        String body = result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("logins");
    }
}
