package org.partycloud.affairs.establishment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
        Map<String, Object> body = new HashMap<>(Map.of("orgId", orgId, "name", "党员" + PEOPLE.get(), "idNumber",
                idNumber(PEOPLE.incrementAndGet()), "category", category));
        if (category.equals("probationary")) {
            body.put("probationaryDate", "2026-01-01");
        }
        return created(post("/api/affairs/members"), body);
    }

    private static String idNumber(int n) {
        String first17 = "320101" + LocalDate.of(1985, 1, 1).plusDays(n).format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", n % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private UUID created(MockHttpServletRequestBuilder request, Map<String, Object> body) throws Exception {
        String response = mvc.perform(request.with(TestCallers.tenantAdmin(A)).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON).content(toJson(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(response).get("id").asString());
    }
}
