package org.partycloud.affairs.organization;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partycloud.platform.testsupport.TenantIsolationContract;
import org.partycloud.platform.testsupport.TestCallers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The tenant isolation every service promises, shown on organisations, their changes and their officers. */
class TenantIsolationIT extends TenantIsolationContract {

    private static final String NOT_FOUND = "urn:partycloud:problem:organization-not-found";

    @Override
    protected String tenantKeyPrefix() {
        return "isoaff";
    }

    @Override
    protected String listPath() {
        return "/api/affairs/organizations";
    }

    @Override
    protected String tenantTable() {
        return "organization";
    }

    @Override
    protected String notFoundProblem() {
        return "organization-not-found";
    }

    @Override
    protected String createItemIn(String tenant) throws Exception {
        return createdIn(tenant, OrganizationTestData.committee());
    }

    @Test
    void anotherTenantsAdminCannotEditMoveDissolveOrStaffAnOrganisation() throws Exception {
        String item = createItemIn(tenantA());

        expectNotFound(put(item).contentType(MediaType.APPLICATION_JSON)
                .content(toJson(OrganizationTestData.editOf(OrganizationTestData.committee()))));
        expectNotFound(post(item + "/move").contentType(MediaType.APPLICATION_JSON).content("{}"));
        expectNotFound(post(item + "/dissolution").contentType(MediaType.APPLICATION_JSON)
                .content(toJson(Map.of("date", "2026-01-01", "reason", "x"))));
        expectNotFound(get(item + "/officers"));
        expectNotFound(post(item + "/officers").contentType(MediaType.APPLICATION_JSON)
                .content(toJson(Map.of("memberId", UUID.randomUUID(), "position", "secretary",
                        "termStart", "2026-01-01"))));
    }

    @Test
    void anOrganisationCannotBeMovedUnderOneOfAnotherTenant() throws Exception {
        String item = createItemIn(tenantA());
        String parentInB = createItemIn(tenantB());

        mvc.perform(post(item + "/move").with(TestCallers.tenantAdmin(tenantA())).header(TENANT_HEADER, tenantA())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("parentId", idOf(parentInB)))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:parent-organization-not-found"));
    }

    private void expectNotFound(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(TestCallers.tenantAdmin(tenantB())).header(TENANT_HEADER, tenantB()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(NOT_FOUND));
    }
}
