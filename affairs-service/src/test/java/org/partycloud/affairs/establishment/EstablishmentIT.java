package org.partycloud.affairs.establishment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partycloud.affairs.member.MemberFixtures;
import org.partycloud.platform.testsupport.ServiceIntegrationTest;
import org.partycloud.platform.testsupport.TestCallers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EstablishmentIT extends ServiceIntegrationTest {

    private static final String A = "establisha";
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @BeforeAll
    void activeTenant() throws Exception {
        tenants().freshActive(A);
    }

    @Test
    void warnsABranchOfTwoFullMembersCountingItsGroupsAndStopsOnceAThirdJoins() throws Exception {
        UUID branch = organization(null, "branch", "第一党支部");
        UUID group = organization(branch, "group", "第一党小组");
        member(branch, "full");
        member(group, "full");
        member(group, "probationary");

        establishment(branch)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullMembers").value(2))
                .andExpect(jsonPath("$.probationaryMembers").value(1))
                .andExpect(jsonPath("$.warnings[*].code", contains("too-few-full-members")));

        member(group, "full");
        establishment(branch).andExpect(jsonPath("$.warnings", empty()));
    }

    @Test
    void answersNotFoundForAnOrganisationOfAnotherTenant() throws Exception {
        mvc.perform(get("/api/affairs/organizations/{id}/establishment", UUID.randomUUID())
                        .with(TestCallers.member(A)).header("X-Tenant", A))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:organization-not-found"));
    }

    private ResultActions establishment(UUID id) throws Exception {
        return mvc.perform(get("/api/affairs/organizations/{id}/establishment", id).with(TestCallers.tenantAdmin(A))
                .header("X-Tenant", A));
    }

    private UUID organization(UUID parent, String type, String name) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", type));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return created(post("/api/affairs/organizations"), body);
    }

    private UUID member(UUID orgId, String category) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("orgId", orgId, "name", "党员" + PEOPLE.incrementAndGet(), "idNumber",
                MemberFixtures.idNumber(), "category", category));
        if (category.equals("probationary")) {
            body.put("probationaryDate", "2026-01-01");
        }
        return created(post("/api/affairs/members"), body);
    }


    private UUID created(MockHttpServletRequestBuilder request, Map<String, Object> body) throws Exception {
        String response = mvc.perform(request.with(TestCallers.tenantAdmin(A)).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON).content(toJson(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(response).get("id").asString());
    }
}
