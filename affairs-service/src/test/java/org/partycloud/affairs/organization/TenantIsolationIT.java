package org.partycloud.affairs.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partycloud.affairs.AffairsIntegrationTest;
import org.partycloud.platform.tenancy.TenantStatus;
import org.partycloud.platform.testsupport.TestCallers;
import org.springframework.http.MediaType;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationIT extends AffairsIntegrationTest {

    private static final String A = "isoaffa";
    private static final String B = "isoaffb";
    private static final String PATH = "/api/affairs/organizations";

    @BeforeAll
    void activeTenants() throws Exception {
        tenants().freshActive(A, B);
    }

    @Test
    void organisationsOfOneTenantAreInvisibleFromAnother() throws Exception {
        String location = mvc.perform(post(PATH).with(TestCallers.tenantAdmin(A)).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON).content(toJson(OrganizationTestData.committee())))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");

        mvc.perform(get(PATH).with(TestCallers.tenantAdmin(B)).header("X-Tenant", B))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get(location).with(TestCallers.tenantAdmin(B)).header("X-Tenant", B))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:organization-not-found"));
    }

    @Test
    void refusesHeaderNamingTenantTheTokenDoesNotBelongTo() throws Exception {
        mvc.perform(get(PATH).with(TestCallers.tenantAdmin(A)).header("X-Tenant", B))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type", startsWith("urn:partycloud:problem:")));
    }

    @Test
    void requiresTheTenantHeader() throws Exception {
        mvc.perform(get(PATH).with(TestCallers.tenantAdmin(A)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:tenant-header-missing"));
    }

    @Test
    void requiresAToken() throws Exception {
        mvc.perform(get(PATH).header("X-Tenant", A))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesTenantThatIsNotActive() throws Exception {
        String suspended = "isoaffsusp";
        tenants().freshActive(suspended);
        tenants().setStatus(suspended, TenantStatus.SUSPENDED);

        mvc.perform(get(PATH).with(TestCallers.tenantAdmin(suspended)).header("X-Tenant", suspended))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:tenant-suspended"));
    }

    @Test
    void refusesProvisioningToUserTokens() throws Exception {
        mvc.perform(put("/internal/tenants/{key}", "isoaffx").with(TestCallers.tenantAdmin(A)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/internal/tenants/{key}", "isoaffx").with(TestCallers.platformAdmin()))
                .andExpect(status().isForbidden());
        assertThat(tenants().schemaExists("isoaffx")).isFalse();
    }

    @Test
    void answersUnknownPathWithNotFoundProblem() throws Exception {
        mvc.perform(get("/api/affairs/no-such-thing").with(TestCallers.tenantAdmin(A)).header("X-Tenant", A))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type", startsWith("urn:partycloud:problem:")));
    }

    @Test
    void provisioningCreatesTheTenantSchemaAndDeletionDropsIt() throws Exception {
        String key = "isoaffdrop";
        tenants().drop(key);

        mvc.perform(put("/internal/tenants/{key}", key).with(TestCallers.service()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schema").value("t_" + key));
        assertThat(tenants().tableExists(key, "organization")).isTrue();

        mvc.perform(delete("/internal/tenants/{key}", key).with(TestCallers.service())).andExpect(status().isNoContent());
        assertThat(tenants().schemaExists(key)).isFalse();
    }

    @Test
    void refusesInvalidTenantKeyOnProvisioning() throws Exception {
        mvc.perform(put("/internal/tenants/{key}", "Bad-Key").with(TestCallers.service()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:invalid-tenant-key"));
    }
}
