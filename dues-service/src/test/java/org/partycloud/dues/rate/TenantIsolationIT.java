package org.partycloud.dues.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.partycloud.platform.testsupport.TenantIsolationContract;
import org.partycloud.platform.testsupport.TestCallers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * The tenant isolation every service promises, shown on rate brackets. Every tenant is seeded with the national
 * default table, so the item is a bracket of A's that A changed, and B must still see its own, unchanged one.
 */
class TenantIsolationIT extends TenantIsolationContract {

    @Override
    protected String tenantKeyPrefix() {
        return "isodues";
    }

    @Override
    protected String listPath() {
        return "/api/dues/rate-brackets";
    }

    @Override
    protected String tenantTable() {
        return "rate_bracket";
    }

    @Override
    protected String notFoundProblem() {
        return "rate-bracket-not-found";
    }

    /** Any member reads the table. */
    @Override
    protected RequestPostProcessor readerIn(String tenant) {
        return TestCallers.member(tenant);
    }

    @Override
    protected String createItemIn(String tenant) throws Exception {
        String bracket = listPath() + "/" + list(tenant).get("items").get(0).get("id").asString();
        mvc.perform(change(bracket, tenant, "{\"ratePercent\": 0.7}").header(TENANT_HEADER, tenant))
                .andExpect(status().isOk());
        return bracket;
    }

    /** B trying to change A's bracket (the contract names the tenant in the header). */
    @Override
    protected MockHttpServletRequestBuilder reachFrom(String tenant, String item) {
        return change(item, tenant, "{\"ratePercent\": 3}");
    }

    @Override
    protected void assertOtherTenantsList(JsonNode list, String itemOfA) throws Exception {
        JsonNode listOfA = list(tenantA());
        JsonNode changedInA = listOfA.get("items").get(0);
        JsonNode sameInB = list.get("items").get(0);
        assertThat(changedInA.get("id").asString()).isEqualTo(idOf(itemOfA));
        assertThat(changedInA.get("ratePercent").decimalValue()).isEqualByComparingTo("0.7");
        assertThat(sameInB.get("code").asString()).isEqualTo(changedInA.get("code").asString());
        assertThat(sameInB.get("id").asString()).isNotEqualTo(changedInA.get("id").asString());
        assertThat(sameInB.get("ratePercent").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(ids(list)).doesNotContainAnyElementsOf(ids(listOfA));
    }

    @Test
    void provisioningTwiceSeedsOneSetOfBrackets() throws Exception {
        tenants().provision(tenantA());
        tenants().provision(tenantA());

        assertThat(list(tenantA()).get("items")).hasSize(9);
        Integer rows = jdbc.queryForObject("SELECT count(*) FROM \"t_" + tenantA() + "\".rate_bracket", Integer.class);
        assertThat(rows).isEqualTo(9);
    }

    private MockHttpServletRequestBuilder change(String bracket, String tenant, String body) {
        return put(bracket).with(TestCallers.tenantAdmin(tenant)).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
