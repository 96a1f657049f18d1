package org.partycloud.affairs.access;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partycloud.affairs.AffairsCallers;
import org.partycloud.affairs.member.MemberFixtures;
import org.partycloud.platform.testsupport.ServiceIntegrationTest;
import org.partycloud.platform.testsupport.TestCallers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleAssignmentApiIT extends ServiceIntegrationTest {

    private static final String A = "roleapia";
    private static final String PATH = "/api/affairs/role-assignments";
    private static final String PROBLEM = "urn:partycloud:problem:";

    private UUID committee;
    private UUID branchOne;
    private UUID branchTwo;
    private UUID memberOfOne;
    private UUID memberOfTwo;

    @BeforeAll
    void aTenantWithTwoBranches() throws Exception {
        tenants().freshActive(A);
        committee = organization(null, "committee", "中共角色测试委员会");
        branchOne = organization(committee, "branch", "第一党支部");
        branchTwo = organization(committee, "branch", "第二党支部");
        memberOfOne = member(branchOne);
        memberOfTwo = member(branchTwo);
    }

    @Test
    void tenantAdminAssignsListsAndWithdrawsARole() throws Exception {
        String location = assign(Map.of("userId", "kc-secretary-1", "memberId", memberOfOne, "orgId", branchOne,
                "role", "officer"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith(PATH + "/")))
                .andExpect(jsonPath("$.userId").value("kc-secretary-1"))
                .andExpect(jsonPath("$.memberId").value(memberOfOne.toString()))
                .andExpect(jsonPath("$.memberName").value("张三丰"))
                .andExpect(jsonPath("$.orgName").value("第一党支部"))
                .andExpect(jsonPath("$.role").value("officer"))
                .andReturn().getResponse().getHeader("Location");
        UUID branch = organization(committee, "branch", "党支部 " + UUID.randomUUID().toString().substring(0, 8));
        UUID memberOfBranch = member(branch);
        assign(Map.of("userId", "kc-member-2", "memberId", memberOfBranch, "orgId", branch, "role", "member"))
                .andExpect(status().isCreated());

        mvc.perform(admin(get(PATH).param("userId", "kc-secretary-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].orgId").value(branchOne.toString()));
        mvc.perform(admin(get(PATH).param("orgId", branch.toString())))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[*].userId", contains("kc-member-2")));
        mvc.perform(admin(get(location))).andExpect(status().isOk());

        mvc.perform(admin(delete(location))).andExpect(status().isNoContent());
        mvc.perform(admin(get(location)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEM + "role-assignment-not-found"));
        mvc.perform(admin(get(PATH).param("userId", "kc-secretary-1"))).andExpect(jsonPath("$.total").value(0));
        Integer audited = jdbc.queryForObject("SELECT count(*) FROM t_" + A + ".audit_entry WHERE target_id = ? "
                + "AND action IN ('role_assignment.created', 'role_assignment.deleted')", Integer.class,
                location.substring(location.lastIndexOf('/') + 1));
        org.assertj.core.api.Assertions.assertThat(audited).isEqualTo(2);
    }

    @Test
    void refusesAMemberOutsideTheOrganisationAndItsSubtree() throws Exception {
        assign(Map.of("userId", "kc-x", "memberId", memberOfTwo, "orgId", branchOne, "role", "officer"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(PROBLEM + "role-assignment-member-not-in-organization"));
        // A member of a branch may hold a role on the committee above it.
        assign(Map.of("userId", "kc-committee-officer", "memberId", memberOfTwo, "orgId", committee, "role", "officer"))
                .andExpect(status().isCreated());
    }

    @Test
    void refusesUnknownOrganisationOrMemberAndAMemberRoleWithoutAMember() throws Exception {
        assign(Map.of("userId", "kc-y", "orgId", UUID.randomUUID(), "role", "officer"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(PROBLEM + "role-assignment-organization-not-found"));
        assign(Map.of("userId", "kc-y", "memberId", UUID.randomUUID(), "orgId", branchOne, "role", "officer"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(PROBLEM + "role-assignment-member-not-found"));
        assign(Map.of("userId", "kc-y", "orgId", branchOne, "role", "member"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.memberId").exists());
        assign(Map.of("userId", " ", "orgId", branchOne, "role", "officer"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.userId").exists());
        assign(Map.of("userId", "kc-y", "orgId", branchOne, "role", "secretary"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void refusesTheSameRoleOnTheSameNodeTwice() throws Exception {
        Map<String, Object> body = Map.of("userId", "kc-twice", "orgId", branchTwo, "role", "officer");
        assign(body).andExpect(status().isCreated());

        assign(body)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEM + "role-assignment-exists"));
        assign(Map.of("userId", "kc-twice", "orgId", branchOne, "role", "officer")).andExpect(status().isCreated());
    }

    @Test
    void onlyTheTenantAdminManagesRoles() throws Exception {
        String location = assign(Map.of("userId", "kc-officer-only", "orgId", committee, "role", "officer"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        var officer = AffairsCallers.login(A, "kc-officer-only");

        mvc.perform(get(PATH).with(officer).header("X-Tenant", A)).andExpect(status().isForbidden());
        mvc.perform(post(PATH).with(officer).header("X-Tenant", A).contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("userId", "kc-officer-only", "orgId", committee, "role", "officer"))))
                .andExpect(status().isForbidden());
        mvc.perform(delete(location).with(officer).header("X-Tenant", A)).andExpect(status().isForbidden());
        mvc.perform(get(PATH).with(TestCallers.member(A)).header("X-Tenant", A)).andExpect(status().isForbidden());
    }

    @Test
    void meAnswersTheCallersAssignmentsLinkedMembersAndRights() throws Exception {
        assign(Map.of("userId", "kc-me-officer", "memberId", memberOfOne, "orgId", branchOne, "role", "officer"))
                .andExpect(status().isCreated());
        assign(Map.of("userId", "kc-me-member", "memberId", memberOfTwo, "orgId", branchTwo, "role", "member"))
                .andExpect(status().isCreated());

        me(AffairsCallers.login(A, "kc-me-officer"))
                .andExpect(jsonPath("$.userId").value("kc-me-officer"))
                .andExpect(jsonPath("$.tenantAdmin").value(false))
                .andExpect(jsonPath("$.assignments[*].role", contains("officer")))
                .andExpect(jsonPath("$.memberIds", contains(memberOfOne.toString())))
                .andExpect(jsonPath("$.may.maintainMembers").value(true))
                .andExpect(jsonPath("$.may.reviewCorrections").value(true))
                .andExpect(jsonPath("$.may.manageRoles").value(false));
        me(AffairsCallers.login(A, "kc-me-member"))
                .andExpect(jsonPath("$.memberIds", contains(memberOfTwo.toString())))
                .andExpect(jsonPath("$.may.readMembers").value(true))
                .andExpect(jsonPath("$.may.maintainMembers").value(false))
                .andExpect(jsonPath("$.may.requestCorrections").value(true));
        me(AffairsCallers.login(A, "kc-nobody"))
                .andExpect(jsonPath("$.assignments", empty()))
                .andExpect(jsonPath("$.memberIds", empty()))
                .andExpect(jsonPath("$.may.readMembers").value(false));
        me(TestCallers.tenantAdmin(A))
                .andExpect(jsonPath("$.tenantAdmin").value(true))
                .andExpect(jsonPath("$.may.manageRoles").value(true))
                .andExpect(jsonPath("$.may.revealIdNumbers").value(true));
        me(AffairsCallers.committeeViewer(A))
                .andExpect(jsonPath("$.committeeViewer").value(true))
                .andExpect(jsonPath("$.may.readMembers").value(false));
        mvc.perform(get(PATH).param("userId", "kc-me-member").with(TestCallers.tenantAdmin(A)).header("X-Tenant", A))
                .andExpect(jsonPath("$.items[*].orgId", containsInAnyOrder(branchTwo.toString())));
    }

    private ResultActions me(org.springframework.test.web.servlet.request.RequestPostProcessor caller)
            throws Exception {
        return mvc.perform(get("/api/affairs/me").with(caller).header("X-Tenant", A)).andExpect(status().isOk());
    }

    private ResultActions assign(Map<String, ?> body) throws Exception {
        return mvc.perform(admin(post(PATH)).contentType(MediaType.APPLICATION_JSON).content(toJson(body)));
    }

    private MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
        return request.with(TestCallers.tenantAdmin(A)).header("X-Tenant", A);
    }

    private UUID organization(UUID parent, String type, String name) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", type));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return created("/api/affairs/organizations", body);
    }

    private UUID member(UUID orgId) throws Exception {
        return created("/api/affairs/members", MemberFixtures.fullMember(orgId));
    }

    private UUID created(String path, Object body) throws Exception {
        String response = mvc.perform(admin(post(path)).contentType(MediaType.APPLICATION_JSON).content(toJson(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(response).get("id").asString());
    }
}
