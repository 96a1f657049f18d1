package org.partycloud.affairs.member;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partycloud.affairs.AffairsCallers;
import org.partycloud.platform.testsupport.TenantIsolationContract;
import org.partycloud.platform.testsupport.TestCallers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The tenant isolation every service promises, shown on members, on every member endpoint besides the read, and on
 * correction requests.
 */
class TenantIsolationIT extends TenantIsolationContract {

    private static final String NOT_FOUND = "urn:partycloud:problem:member-not-found";

    @Override
    protected String tenantKeyPrefix() {
        return "isomem";
    }

    @Override
    protected String listPath() {
        return "/api/affairs/members";
    }

    @Override
    protected String tenantTable() {
        return "member";
    }

    @Override
    protected String notFoundProblem() {
        return "member-not-found";
    }

    @Override
    protected String createItemIn(String tenant) throws Exception {
        return createdIn(tenant, MemberTestData.fullMember(organizationIn(tenant)));
    }

    @Test
    void anotherTenantsAdminCannotEditChangeRevealOrReadTheHistoryOfAMember() throws Exception {
        String item = createItemIn(tenantA());
        UUID orgOfB = organizationIn(tenantB());

        expectNotFound(put(item).contentType(MediaType.APPLICATION_JSON)
                .content(toJson(MemberTestData.fullMember(orgOfB))));
        expectNotFound(post(item + "/status-changes").contentType(MediaType.APPLICATION_JSON)
                .content(toJson(Map.of("operation", "deceased", "date", "2026-01-01", "reason", "x"))));
        expectNotFound(post(item + "/id-number/reveal"));
        expectNotFound(get(item + "/history"));
    }

    @Test
    void anotherTenantsAdminNeitherListsNorReachesTheCorrectionRequestsOfAMember() throws Exception {
        String item = createItemIn(tenantA());
        UUID member = UUID.fromString(idOf(item));
        String login = "kc-self-" + member;
        mvc.perform(post("/api/affairs/role-assignments").with(TestCallers.tenantAdmin(tenantA()))
                        .header(TENANT_HEADER, tenantA()).contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("userId", login, "memberId", member, "orgId", orgOf(item), "role",
                                "member"))))
                .andExpect(status().isCreated());
        String correction = mvc.perform(post(item + "/corrections").with(AffairsCallers.login(tenantA(), login))
                        .header(TENANT_HEADER, tenantA()).contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("changes", Map.of("phone", "110"), "reason", "换号"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");

        expectNotFound(get(item + "/corrections"));
        expectNotFound(post(item + "/corrections").contentType(MediaType.APPLICATION_JSON)
                .content(toJson(Map.of("changes", Map.of("phone", "110"), "reason", "x"))));
        for (var request : java.util.List.of(get(correction), post(correction + "/approval"),
                post(correction + "/rejection").contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("reason", "x"))))) {
            mvc.perform(request.with(TestCallers.tenantAdmin(tenantB())).header(TENANT_HEADER, tenantB()))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.type").value("urn:partycloud:problem:correction-request-not-found"));
        }
        mvc.perform(get("/api/affairs/corrections").with(TestCallers.tenantAdmin(tenantB()))
                        .header(TENANT_HEADER, tenantB()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    private UUID orgOf(String item) throws Exception {
        String body = mvc.perform(get(item).with(TestCallers.tenantAdmin(tenantA())).header(TENANT_HEADER, tenantA()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("orgId").asString());
    }

    private void expectNotFound(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(TestCallers.tenantAdmin(tenantB())).header(TENANT_HEADER, tenantB()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(NOT_FOUND));
    }

    private UUID organizationIn(String tenant) throws Exception {
        String body = mvc.perform(post("/api/affairs/organizations").with(TestCallers.tenantAdmin(tenant))
                        .header(TENANT_HEADER, tenant).contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("name", "中共隔离测试委员会", "type", "committee"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }
}
