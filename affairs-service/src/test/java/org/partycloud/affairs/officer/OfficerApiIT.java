package org.partycloud.affairs.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
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
class OfficerApiIT extends ServiceIntegrationTest {

    private static final String A = "officera";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private UUID committee;

    @BeforeAll
    void tenantWithACommittee() throws Exception {
        tenants().freshActive(A);
        committee = organization(null, "committee", "中共示范集团委员会");
    }

    @Test
    void appointsASecretaryForThreeYearsAndRefusesASecondOneForTheSameTerm() throws Exception {
        UUID branch = organization(committee, "branch", "第一党支部");
        UUID first = member(branch, "张书记");
        UUID second = member(branch, "李书记");

        appoint(branch, first, "secretary", TODAY.minusMonths(1), null)
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.memberName").value("张书记"))
                .andExpect(jsonPath("$.termEnd").value(TODAY.minusMonths(1).plusYears(3).toString()))
                .andExpect(jsonPath("$.serving").value(true));
        appoint(branch, second, "secretary", TODAY, null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:officer-position-taken"));
        appoint(branch, second, "deputy_secretary", TODAY, null).andExpect(status().isCreated());
        appoint(branch, first, "deputy_secretary", TODAY, null).andExpect(status().isCreated());

        mvc.perform(get("/api/affairs/organizations/{id}/officers", branch).with(TestCallers.tenantAdmin(A))
                        .header("X-Tenant", A))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].position", contains("secretary", "deputy_secretary",
                        "deputy_secretary")));
    }

    @Test
    void appointsOnlyCurrentMembersOfTheOrganisationOrBelowIt() throws Exception {
        UUID branch = organization(committee, "branch", "第二党支部");
        UUID other = organization(committee, "branch", "第三党支部");
        UUID outsider = member(other, "外支部党员");
        UUID inside = member(branch, "本支部党员");

        appoint(branch, outsider, "organization_officer", TODAY, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:officer-not-member-of-organization"));
        appoint(committee, outsider, "organization_officer", TODAY, null).andExpect(status().isCreated());
        mvc.perform(admin(post("/api/affairs/members/{id}/status-changes", inside))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("operation", "deceased", "date", TODAY.toString(), "reason", "病故"))))
                .andExpect(status().isOk());
        appoint(branch, inside, "organization_officer", TODAY, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:officer-member-not-found"));
    }

    @Test
    void listsOrganisationsWhoseTermEndsWithinSixMonthsOrIsOver() throws Exception {
        UUID soon = organization(committee, "branch", "即将换届支部");
        UUID later = organization(committee, "branch", "新任支部");
        UUID overdue = organization(committee, "branch", "逾期支部");
        appoint(soon, member(soon, "甲"), "secretary", TODAY.minusYears(3).plusMonths(4), null)
                .andExpect(status().isCreated());
        appoint(later, member(later, "乙"), "secretary", TODAY.minusMonths(1), null).andExpect(status().isCreated());
        appoint(overdue, member(overdue, "丙"), "secretary", TODAY.minusYears(3).minusMonths(1), null)
                .andExpect(status().isCreated());

        mvc.perform(get("/api/affairs/organizations/re-elections-due").with(TestCallers.tenantAdmin(A)).header("X-Tenant", A))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].orgName", hasItem("即将换届支部")))
                .andExpect(jsonPath("$.items[*].orgName", not(hasItem("新任支部"))))
                .andExpect(jsonPath("$.items[?(@.orgName == '逾期支部')].overdue", contains(true)))
                .andExpect(jsonPath("$.items[?(@.orgName == '即将换届支部')].overdue", contains(false)));
        mvc.perform(get("/api/affairs/organizations/re-elections-due").param("withinMonths", "40")
                        .with(TestCallers.tenantAdmin(A)).header("X-Tenant", A))
                .andExpect(jsonPath("$.items[*].orgName", hasItem("新任支部")));
    }

    @Test
    void endsATermEarlyAndKeepsItInTheHistory() throws Exception {
        UUID branch = organization(committee, "branch", "第四党支部");
        String location = appoint(branch, member(branch, "王委员"), "publicity_officer", TODAY.minusMonths(2), null)
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");

        mvc.perform(admin(post(location + "/end")).contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("date", TODAY.toString(), "reason", "工作调动"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.serving").value(false))
                .andExpect(jsonPath("$.endReason").value("工作调动"));
        mvc.perform(get(location).with(TestCallers.tenantAdmin(A)).header("X-Tenant", A))
                .andExpect(jsonPath("$.endedOn").value(TODAY.toString()));
        mvc.perform(get("/api/affairs/organizations/{id}/officers", branch).with(TestCallers.tenantAdmin(A))
                        .header("X-Tenant", A))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/affairs/organizations/{id}/officers", branch).param("includeFormer", "true")
                        .with(TestCallers.tenantAdmin(A)).header("X-Tenant", A))
                .andExpect(jsonPath("$.total").value(1));
        Integer audited = jdbc.queryForObject("SELECT count(*) FROM t_" + A + ".audit_entry WHERE action IN "
                + "('officer.appointed', 'officer.term_ended') AND target_id = ?", Integer.class, idOf(location));
        assertThat(audited).isEqualTo(2);
    }

    @Test
    void membersCannotAppointAndUnknownOrganisationsAreNotFound() throws Exception {
        UUID branch = organization(committee, "branch", "第五党支部");
        UUID member = member(branch, "赵党员");

        mvc.perform(post("/api/affairs/organizations/{id}/officers", branch).with(TestCallers.member(A))
                        .header("X-Tenant", A).contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("memberId", member, "position", "secretary", "termStart",
                                TODAY.toString()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/affairs/organizations/{id}/officers", UUID.randomUUID()).with(TestCallers.member(A))
                        .header("X-Tenant", A))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:organization-not-found"));
    }

    private ResultActions appoint(UUID orgId, UUID memberId, String position, LocalDate start, LocalDate end)
            throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("memberId", memberId, "position", position, "termStart",
                start.toString()));
        if (end != null) {
            body.put("termEnd", end.toString());
        }
        return mvc.perform(admin(post("/api/affairs/organizations/{id}/officers", orgId))
                .contentType(MediaType.APPLICATION_JSON).content(toJson(body)));
    }

    private UUID organization(UUID parent, String type, String name) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", type));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return created(post("/api/affairs/organizations"), body);
    }

    /** A full member with a valid ID-card number of its own. */
    private UUID member(UUID orgId, String name) throws Exception {
        return created(post("/api/affairs/members"), Map.of("orgId", orgId, "name", name, "idNumber",
                MemberFixtures.idNumber(), "category", "full"));
    }


    private UUID created(MockHttpServletRequestBuilder request, Map<String, Object> body) throws Exception {
        String response = mvc.perform(admin(request).contentType(MediaType.APPLICATION_JSON).content(toJson(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(response).get("id").asString());
    }

    private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
        return request.with(TestCallers.tenantAdmin(A)).header("X-Tenant", A);
    }

    private static String idOf(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
