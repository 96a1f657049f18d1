package org.partycloud.tenant.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partycloud.tenant.TenantServiceIntegrationTest;
import org.springframework.http.MediaType;

/** The operator's tenant API: input checks, conflicts, roles, listing, and the lifecycle it exposes. */
class TenantApiIT extends TenantServiceIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "A_B", "x; drop schema t_x", "t_admin'--", "abcdefghijklmnopqrstuvwxyz01234", "党建"})
    void rejectsBadKeysWithAProblemNamingTheFieldAndCreatesNothing(String key) throws Exception {
        long tenantsBefore = count("platform.tenant");
        long feedBefore = count("platform.change_feed");
        long passwordsBefore = count("platform.tenant_admin_password");

        mvc.perform(post("/api/tenant/tenants").with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(registration(key, "basic"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:validation"))
                .andExpect(jsonPath("$.errors.key").exists());

        assertThat(count("platform.tenant")).isEqualTo(tenantsBefore);
        assertThat(count("platform.change_feed")).isEqualTo(feedBefore);
        assertThat(count("platform.tenant_admin_password")).isEqualTo(passwordsBefore);
    }

    @Test
    void answersAcceptedWithLocationStatusAndTheOneTimePasswordShownOnce() throws Exception {
        String key = newKey("accept");
        mvc.perform(post("/api/tenant/tenants").with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(registration(key, "standard"))))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/tenant/tenants/" + key))
                .andExpect(jsonPath("$.key").value(key))
                .andExpect(jsonPath("$.status").value("PROVISIONING"))
                .andExpect(jsonPath("$.name").value(startsWith("测试单位党委")))
                .andExpect(jsonPath("$.admin.username").value(key + "-admin"))
                .andExpect(jsonPath("$.admin.oneTimePassword").isString());

        awaitStatus(key, "ACTIVE");
        mvc.perform(get("/api/tenant/tenants/{key}", key).with(operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.admin").doesNotExist())
                .andExpect(content().string(not(containsString("oneTimePassword"))));
    }

    @Test
    void refusesADuplicateKey() throws Exception {
        String key = newKey("dup");
        register(key, "basic");

        mvc.perform(post("/api/tenant/tenants").with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(registration(key, "standard"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:tenant-exists"));
        assertThat(jdbc.queryForObject("SELECT plan_key FROM platform.tenant WHERE tenant_key = ?", String.class, key))
                .isEqualTo("basic");
        awaitStatus(key, "ACTIVE");
    }

    @Test
    void givesTheAdminTheRequestedUsername() throws Exception {
        String key = newKey("named");
        String username = "sec." + key;
        Map<String, Object> registration = new HashMap<>(registration(key, "basic"));
        registration.put("adminUsername", username);

        mvc.perform(post("/api/tenant/tenants").with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(registration)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.adminUsername").value(username))
                .andExpect(jsonPath("$.admin.username").value(username));
        assertThat(awaitStatus(key, "ACTIVE").get("adminUsername").asString()).isEqualTo(username);
    }

    @Test
    void refusesAnAdminUsernameThatIsAlreadyTheAdminOfAnotherTenant() throws Exception {
        String first = newKey("owner");
        register(first, "basic");
        String second = newKey("thief");
        Map<String, Object> registration = new HashMap<>(registration(second, "basic"));
        registration.put("adminUsername", first + "-admin");

        mvc.perform(post("/api/tenant/tenants").with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(registration)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:admin-username-taken"))
                .andExpect(jsonPath("$.adminUsername").value(first + "-admin"));
        assertThat(count("platform.tenant WHERE tenant_key = '" + second + "'")).isZero();
        awaitStatus(first, "ACTIVE");
    }

    @Test
    void refusesAnAdminUsernameThatIsNoPlainLogin() throws Exception {
        Map<String, Object> registration = new HashMap<>(registration(newKey("badname"), "basic"));
        registration.put("adminUsername", "张三");
        expectFieldError(registration, "adminUsername");
    }

    @Test
    void refusesAnUnknownPlanAnEndBeforeTheStartAndMissingFields() throws Exception {
        Map<String, Object> unknownPlan = registration(newKey("plan"), "platinum");
        expectFieldError(unknownPlan, "plan");

        Map<String, Object> backwards = new HashMap<>(registration(newKey("dates"), "basic"));
        backwards.put("subscriptionStart", "2030-01-02");
        backwards.put("subscriptionEnd", "2030-01-01");
        expectFieldError(backwards, "subscriptionEnd");

        Map<String, Object> noEmail = new HashMap<>(registration(newKey("mail"), "basic"));
        noEmail.remove("adminEmail");
        expectFieldError(noEmail, "adminEmail");
    }

    @Test
    void onlyPlatformOperatorsMayUseTheOperatorApi() throws Exception {
        String key = newKey("roles");
        mvc.perform(post("/api/tenant/tenants").with(memberOf(key, "tenant-admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(registration(key, "basic"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/tenant/tenants").with(memberOf(key, "tenant-admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/tenant/plans").with(memberOf(key, "tenant-admin"))).andExpect(status().isForbidden());
        mvc.perform(delete("/api/tenant/tenants/{key}", key).with(memberOf(key, "tenant-admin")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/tenant/tenants")).andExpect(status().isUnauthorized());
        assertThat(count("platform.tenant WHERE tenant_key = '" + key + "'")).isZero();
    }

    @Test
    void listsTenantsFilteredPagedAndSorted() throws Exception {
        String marker = "list" + newKey("").substring(0, 4);
        for (int i = 0; i < 3; i++) {
            register(marker + "x" + i, i == 2 ? "committee" : "basic");
        }

        mvc.perform(get("/api/tenant/tenants").with(operator()).param("q", marker).param("plan", "basic")
                        .param("size", "1").param("page", "1").param("sort", "key,asc"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].key").value(marker + "x1"));
        mvc.perform(get("/api/tenant/tenants").with(operator()).param("q", marker).param("kind", "agency"))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/tenant/tenants").with(operator()).param("sort", "password,asc"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.sort").exists());
        mvc.perform(get("/api/tenant/tenants").with(operator()).param("status", "HAPPY"))
                .andExpect(status().isBadRequest());
        for (int i = 0; i < 3; i++) {
            awaitStatus(marker + "x" + i, "ACTIVE");
        }
    }

    @Test
    void listsThePlansWithTheirModules() throws Exception {
        mvc.perform(get("/api/tenant/plans").with(operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].key").value(contains("basic", "standard", "committee")))
                .andExpect(jsonPath("$[0].name").value("基础版"))
                .andExpect(jsonPath("$[2].modules[*].key").value(hasItem("stats.dashboard")))
                .andExpect(jsonPath("$[0].modules[*].key").value(not(hasItem("stats.dashboard"))));
    }

    @Test
    void anUnknownTenantIsNotFoundAndAnInvalidKeyInThePathIsABadRequest() throws Exception {
        mvc.perform(get("/api/tenant/tenants/{key}", "nosuchtenant").with(operator()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:tenant-not-found"));
        mvc.perform(get("/api/tenant/tenants/{key}", "A_B").with(operator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:invalid-tenant-key"));
    }

    @Test
    void suspendsResumesAndRefusesIllegalTransitions() throws Exception {
        String key = registerActive("susp", "basic").get("key").asString();

        mvc.perform(post("/api/tenant/tenants/{key}/retry", key).with(operator()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:illegal-tenant-transition"))
                .andExpect(jsonPath("$.tenantStatus").value("ACTIVE"));
        mvc.perform(post("/api/tenant/tenants/{key}/suspend", key).with(operator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.reason").exists());
        mvc.perform(post("/api/tenant/tenants/{key}/suspend", key).with(operator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"合同到期未续费\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.suspensionReason").value("合同到期未续费"));
        mvc.perform(post("/api/tenant/tenants/{key}/suspend", key).with(operator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"again\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/tenant/tenants/{key}/resume", key).with(operator()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"));

        assertThat(feedOf(key)).extracting(e -> e.get("payload").get("status").asString())
                .containsExactly("PROVISIONING", "ACTIVE", "SUSPENDED", "ACTIVE");
    }

    private void expectFieldError(Map<String, Object> registration, String field) throws Exception {
        mvc.perform(post("/api/tenant/tenants").with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(registration)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors." + field).exists());
        if (registration.get("key") instanceof String key) {
            assertThat(count("platform.tenant WHERE tenant_key = '" + key + "'")).isZero();
        }
    }

    private long count(String from) {
        return jdbc.queryForObject("SELECT count(*) FROM " + from, Long.class);
    }
}
