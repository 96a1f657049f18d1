package org.partycloud.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partycloud.tenant.registry.SubscriptionExpiry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The tenant admin's API (X-Tenant, tenant role tenant-admin): modules, settings, profile; and what stops it. */
class TenantAdminApiIT extends TenantServiceIntegrationTest {

    @Autowired
    SubscriptionExpiry expiry;

    @Test
    void listsThePlanModulesWithTheirSwitch() throws Exception {
        String key = registerActive("mods", "basic").get("key").asString();

        mvc.perform(get("/api/tenant/modules").header("X-Tenant", key).with(memberOf(key, "tenant-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(6))
                .andExpect(jsonPath("$[0].key").value("affairs.organizations"))
                .andExpect(jsonPath("$[0].name").value("组织管理"))
                .andExpect(jsonPath("$[0].enabled").value(true));
    }

    @Test
    void switchingAModuleOffIsPublishedToTheTenantFeed() throws Exception {
        String key = registerActive("feed", "standard").get("key").asString();
        int entriesBefore = feedOf(key).size();

        mvc.perform(put("/api/tenant/modules/{module}", "learning.exams").header("X-Tenant", key)
                        .with(memberOf(key, "tenant-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.key").value("learning.exams"))
                .andExpect(jsonPath("$.enabled").value(false));

        List<JsonNode> feed = feedOf(key);
        assertThat(feed).hasSize(entriesBefore + 1);
        JsonNode last = feed.get(feed.size() - 1);
        assertThat(last.get("type").asString()).isEqualTo("tenant.changed");
        assertThat(last.get("payload").get("key").asString()).isEqualTo(key);
        assertThat(last.get("payload").get("status").asString()).isEqualTo("ACTIVE");
        assertThat(last.get("payload").get("modules").valueStream().map(JsonNode::asString))
                .contains("learning.courses").doesNotContain("learning.exams");

        mvc.perform(put("/api/tenant/modules/{module}", "learning.exams").header("X-Tenant", key)
                        .with(memberOf(key, "tenant-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":false}"))
                .andExpect(status().isOk());
        assertThat(feedOf(key)).as("switching off what is off changes nothing").hasSize(entriesBefore + 1);
    }

    @Test
    void aModuleOutsideThePlanCannotBeSwitchedOnAndAnUnknownOneIsNotFound() throws Exception {
        String key = registerActive("plan", "basic").get("key").asString();

        mvc.perform(put("/api/tenant/modules/{module}", "stats.dashboard").header("X-Tenant", key)
                        .with(memberOf(key, "tenant-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":true}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:module-not-in-plan"));
        mvc.perform(put("/api/tenant/modules/{module}", "affairs.nothing").header("X-Tenant", key)
                        .with(memberOf(key, "tenant-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":true}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyTheTenantsOwnAdminMaySwitchModules() throws Exception {
        String key = registerActive("own", "basic").get("key").asString();
        String other = registerActive("other", "basic").get("key").asString();

        mvc.perform(get("/api/tenant/modules").header("X-Tenant", key).with(memberOf(key)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:tenant-role-missing"));
        mvc.perform(get("/api/tenant/modules").header("X-Tenant", key).with(memberOf(other, "tenant-admin")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:tenant-not-member"));
        mvc.perform(get("/api/tenant/modules").with(memberOf(key, "tenant-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:tenant-header-missing"));
    }

    @Test
    void settingsStartAtTheNationalDefaultsAndAreReplacedOnlyByAValidDocument() throws Exception {
        String key = registerActive("sets", "basic").get("key").asString();

        String defaults = mvc.perform(get("/api/tenant/settings").header("X-Tenant", key)
                        .with(memberOf(key, "tenant-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.transfers.letterValidityDaysInCity").value(10))
                .andExpect(jsonPath("$.transfers.letterValidityDaysOutOfCity").value(30))
                .andExpect(jsonPath("$.meetings.partyLecture").value("QUARTERLY"))
                .andReturn().getResponse().getContentAsString();

        ObjectNode tooLong = (ObjectNode) json.readTree(defaults);
        ((ObjectNode) tooLong.get("transfers")).put("letterValidityDaysOutOfCity", 91);
        ((ObjectNode) tooLong.get("meetings")).put("partyLecture", "YEARLY");
        mvc.perform(put("/api/tenant/settings").header("X-Tenant", key).with(memberOf(key, "tenant-admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(tooLong)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors['transfers.letterValidityDaysOutOfCity']").exists())
                .andExpect(jsonPath("$.errors['meetings.partyLecture']").exists());

        ObjectNode stricter = (ObjectNode) json.readTree(defaults);
        ((ObjectNode) stricter.get("transfers")).put("letterValidityDaysOutOfCity", 60);
        ((ObjectNode) stricter.get("dues")).put("roundingScale", 0);
        mvc.perform(put("/api/tenant/settings").header("X-Tenant", key).with(memberOf(key, "tenant-admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(stricter)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/tenant/settings").header("X-Tenant", key).with(memberOf(key, "tenant-admin")))
                .andExpect(jsonPath("$.transfers.letterValidityDaysOutOfCity").value(60))
                .andExpect(jsonPath("$.dues.roundingScale").value(0));
        assertThat(feedOf(key)).extracting(e -> e.get("type").asString()).contains("tenant.settings.changed");
        mvc.perform(put("/api/tenant/settings").header("X-Tenant", key).with(memberOf(key))
                        .contentType(MediaType.APPLICATION_JSON).content(defaults))
                .andExpect(status().isForbidden());
    }

    @Test
    void membersSeeTheirTenantsProfile() throws Exception {
        String key = registerActive("prof", "committee").get("key").asString();

        mvc.perform(get("/api/tenant/profile").header("X-Tenant", key).with(memberOf(key)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.key").value(key))
                .andExpect(jsonPath("$.plan.name").value("党委版"))
                .andExpect(jsonPath("$.modules").value(hasItem("stats.dashboard")))
                .andExpect(jsonPath("$.keycloakOrganizationId").doesNotExist());
    }

    @Test
    void aSuspendedTenantsUsersGetAForbiddenProblemNamingTheReason() throws Exception {
        String key = registerActive("stop", "basic").get("key").asString();
        mvc.perform(post("/api/tenant/tenants/{key}/suspend", key).with(operator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"违规使用\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/tenant/modules").header("X-Tenant", key).with(memberOf(key, "tenant-admin")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:tenant-suspended"))
                .andExpect(jsonPath("$.tenantStatus").value("SUSPENDED"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("suspended")));

        mvc.perform(post("/api/tenant/tenants/{key}/resume", key).with(operator())).andExpect(status().isOk());
        mvc.perform(get("/api/tenant/modules").header("X-Tenant", key).with(memberOf(key, "tenant-admin")))
                .andExpect(status().isOk());
    }

    @Test
    void aTenantPastItsSubscriptionExpiresAndIsServedAgainOnceRenewed() throws Exception {
        String key = registerActive("exp", "basic").get("key").asString();
        jdbc.update("UPDATE platform.tenant SET subscription_start = ?, subscription_end = ? WHERE tenant_key = ?",
                LocalDate.now().minusYears(1), LocalDate.now().minusDays(2), key);

        assertThat(expiry.expireEnded()).isGreaterThanOrEqualTo(1);

        assertThat(tenant(key).get("status").asString()).isEqualTo("EXPIRED");
        mvc.perform(get("/api/tenant/settings").header("X-Tenant", key).with(memberOf(key, "tenant-admin")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:tenant-expired"));
        assertThat(feedOf(key)).last().satisfies(e ->
                assertThat(e.get("payload").get("status").asString()).isEqualTo("EXPIRED"));

        mvc.perform(post("/api/tenant/tenants/{key}/renew", key).with(operator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subscriptionEnd\":\"" + LocalDate.now().plusYears(1) + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(get("/api/tenant/settings").header("X-Tenant", key).with(memberOf(key, "tenant-admin")))
                .andExpect(status().isOk());
    }
}
