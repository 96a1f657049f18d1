package org.partycloud.dues.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partycloud.dues.DuesIntegrationTest;
import org.partycloud.platform.testsupport.TestCallers;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationIT extends DuesIntegrationTest {

    private static final String A = "isoduesa";
    private static final String B = "isoduesb";
    private static final String PATH = "/api/dues/rate-brackets";

    @BeforeAll
    void activeTenants() throws Exception {
        tenants().freshActive(A, B);
    }

    @Test
    void aChangeInOneTenantNeitherShowsInNorReachesAnother() throws Exception {
        JsonNode employedInA = table(A).get(0);
        mvc.perform(put(PATH + "/{id}", employedInA.get("id").asString()).with(TestCallers.tenantAdmin(A)).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ratePercent\": 0.7}"))
                .andExpect(status().isOk());

        JsonNode employedInB = table(B).get(0);
        assertThat(employedInB.get("code").asString()).isEqualTo(employedInA.get("code").asString());
        assertThat(employedInB.get("id").asString()).isNotEqualTo(employedInA.get("id").asString());
        assertThat(employedInB.get("ratePercent").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(ids(B)).doesNotContainAnyElementsOf(ids(A));

        mvc.perform(put(PATH + "/{id}", employedInA.get("id").asString()).with(TestCallers.tenantAdmin(B)).header("X-Tenant", B)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ratePercent\": 3}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:rate-bracket-not-found"));
    }

    @Test
    void provisioningTwiceSeedsOneSetOfBrackets() throws Exception {
        tenants().provision(A);
        tenants().provision(A);

        assertThat(table(A)).hasSize(9);
        Integer rows = jdbc.queryForObject("SELECT count(*) FROM \"t_" + A + "\".rate_bracket", Integer.class);
        assertThat(rows).isEqualTo(9);
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
        mvc.perform(put("/internal/tenants/{key}", "isoduesx").with(TestCallers.tenantAdmin(A)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(tenants().schemaExists("isoduesx")).isFalse();
    }

    @Test
    void answersUnknownPathWithNotFoundProblem() throws Exception {
        mvc.perform(get("/api/dues/no-such-thing").with(TestCallers.tenantAdmin(A)).header("X-Tenant", A))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type", startsWith("urn:partycloud:problem:")));
    }

    @Test
    void provisioningCreatesTheTenantSchemaAndDeletionDropsIt() throws Exception {
        String key = "isoduesdrop";
        tenants().drop(key);

        mvc.perform(put("/internal/tenants/{key}", key).with(TestCallers.service())).andExpect(status().isOk());
        assertThat(tenants().tableExists(key, "rate_bracket")).isTrue();

        mvc.perform(delete("/internal/tenants/{key}", key).with(TestCallers.service())).andExpect(status().isNoContent());
        assertThat(tenants().schemaExists(key)).isFalse();
    }

    private JsonNode table(String tenant) throws Exception {
        String body = mvc.perform(get(PATH).with(TestCallers.member(tenant)).header("X-Tenant", tenant))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("items");
    }

    private List<String> ids(String tenant) throws Exception {
        List<String> ids = new ArrayList<>();
        table(tenant).forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
