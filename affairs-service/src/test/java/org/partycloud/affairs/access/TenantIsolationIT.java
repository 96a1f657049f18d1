package org.partycloud.affairs.access;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partycloud.platform.testsupport.TenantIsolationContract;
import org.partycloud.platform.testsupport.TestCallers;
import org.springframework.http.MediaType;

/** The tenant isolation every service promises, shown on role assignments. */
class TenantIsolationIT extends TenantIsolationContract {

    @Override
    protected String tenantKeyPrefix() {
        return "isorole";
    }

    @Override
    protected String listPath() {
        return "/api/affairs/role-assignments";
    }

    @Override
    protected String tenantTable() {
        return "role_assignment";
    }

    @Override
    protected String notFoundProblem() {
        return "role-assignment-not-found";
    }

    @Override
    protected String createItemIn(String tenant) throws Exception {
        return createdIn(tenant, Map.of("userId", "kc-" + UUID.randomUUID(), "orgId", organizationIn(tenant),
                "role", "officer"));
    }

    @Test
    void anotherTenantsAdminCannotWithdrawARoleNorAssignOneOnAnOrganisationOfAnotherTenant() throws Exception {
        String item = createItemIn(tenantA());

        mvc.perform(delete(item).with(TestCallers.tenantAdmin(tenantB())).header(TENANT_HEADER, tenantB()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:role-assignment-not-found"));
        mvc.perform(post(listPath()).with(TestCallers.tenantAdmin(tenantB())).header(TENANT_HEADER, tenantB())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("userId", "kc-b", "orgId", organizationIn(tenantA()), "role", "officer"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:role-assignment-organization-not-found"));
    }

    @Test
    void anAssignmentInOneTenantGivesNothingInAnother() throws Exception {
        UUID orgOfA = organizationIn(tenantA());
        createdIn(tenantA(), Map.of("userId", "kc-both", "orgId", orgOfA, "role", "officer"));
        organizationIn(tenantB());

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/affairs/organizations").with(org.partycloud.affairs.AffairsCallers.login(tenantB(),
                                "kc-both")).header(TENANT_HEADER, tenantB()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    private UUID organizationIn(String tenant) throws Exception {
        String body = mvc.perform(post("/api/affairs/organizations").with(TestCallers.tenantAdmin(tenant))
                        .header(TENANT_HEADER, tenant).contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("name", "中共隔离测试委员会", "type", "committee"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }
}
