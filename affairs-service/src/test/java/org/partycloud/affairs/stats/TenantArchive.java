package org.partycloud.affairs.stats;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.partycloud.affairs.member.Gender;
import org.partycloud.affairs.member.MemberFixtures;
import org.partycloud.platform.testsupport.TestCallers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** A tenant's organisations, members and officers entered the way its admin enters them: through the API. */
record TenantArchive(MockMvc mvc, JsonMapper json, String tenant) {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    UUID organization(UUID parent, String type, String name) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", type));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return created(post("/api/affairs/organizations"), body);
    }

    void dissolve(UUID org, LocalDate date) throws Exception {
        perform(post("/api/affairs/organizations/{id}/dissolution", org), Map.of("date", date, "reason", "单位撤并"));
    }

    /**
     * A member born on the day: {@code details} adds or overrides fields of the body (category, education,
     * ethnicity, dates); gender follows the ID-card number.
     */
    UUID member(UUID org, LocalDate birthDate, boolean female, Map<String, Object> details) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("orgId", org, "name", "党员" + PEOPLE.incrementAndGet(),
                "idNumber", MemberFixtures.idNumber(birthDate, female ? Gender.FEMALE : Gender.MALE), "category", "full"));
        body.putAll(details);
        return created(post("/api/affairs/members"), body);
    }

    void statusChange(UUID member, Map<String, Object> change) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("reason", "支部委员会研究决定"));
        body.putAll(change);
        perform(post("/api/affairs/members/{id}/status-changes", member), body);
    }

    void appoint(UUID org, UUID member, String position, LocalDate termStart, LocalDate termEnd) throws Exception {
        created(post("/api/affairs/organizations/{orgId}/officers", org), Map.of("memberId", member,
                "position", position, "termStart", termStart, "termEnd", termEnd));
    }

    private UUID created(MockHttpServletRequestBuilder request, Map<String, Object> body) throws Exception {
        String response = mvc.perform(admin(request, body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(response).get("id").asString());
    }

    private void perform(MockHttpServletRequestBuilder request, Map<String, Object> body) throws Exception {
        mvc.perform(admin(request, body)).andExpect(status().is2xxSuccessful());
    }

    private MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request, Map<String, Object> body) {
        return request.with(TestCallers.tenantAdmin(tenant)).header("X-Tenant", tenant)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }
}
