package org.partycloud.learning.course;

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
import org.partycloud.learning.LearningIntegrationTest;
import org.partycloud.platform.testsupport.TestCallers;
import org.springframework.http.MediaType;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationIT extends LearningIntegrationTest {

    private static final String A = "isolearna";
    private static final String B = "isolearnb";
    private static final String PATH = "/api/learning/courses";

    @BeforeAll
    void activeTenants() throws Exception {
        tenants().freshActive(A, B);
    }

    @Test
    void coursesOfOneTenantAreInvisibleFromAnother() throws Exception {
        String location = mvc.perform(post(PATH).with(TestCallers.tenantAdmin(A)).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON).content(toJson(CourseTestData.requiredVideo())))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");

        mvc.perform(get(PATH).with(TestCallers.member(B)).header("X-Tenant", B))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get(location).with(TestCallers.member(B)).header("X-Tenant", B))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:course-not-found"));
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
    void refusesProvisioningToUserTokens() throws Exception {
        mvc.perform(put("/internal/tenants/{key}", "isolearnx").with(TestCallers.tenantAdmin(A)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(tenants().schemaExists("isolearnx")).isFalse();
    }

    @Test
    void answersUnknownPathWithNotFoundProblem() throws Exception {
        mvc.perform(get("/api/learning/no-such-thing").with(TestCallers.tenantAdmin(A)).header("X-Tenant", A))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type", startsWith("urn:partycloud:problem:")));
    }

    @Test
    void provisioningCreatesTheTenantSchemaAndDeletionDropsIt() throws Exception {
        String key = "isolearndrop";
        tenants().drop(key);

        mvc.perform(put("/internal/tenants/{key}", key).with(TestCallers.service())).andExpect(status().isOk());
        assertThat(tenants().tableExists(key, "course")).isTrue();

        mvc.perform(delete("/internal/tenants/{key}", key).with(TestCallers.service())).andExpect(status().isNoContent());
        assertThat(tenants().schemaExists(key)).isFalse();
    }
}
