package org.partycloud.affairs.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import org.partycloud.affairs.AffairsCallers;
import org.partycloud.platform.testsupport.ServiceIntegrationTest;
import org.partycloud.platform.testsupport.TestCallers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Hierarchical maintenance (分级管理): committee → general branch → branches one and two. An officer of branch
 * one reaches only branch one; the officer of the general branch both branches; a member only their own archive;
 * a login without an assignment nothing; a committee viewer no personal data at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HierarchicalAccessIT extends ServiceIntegrationTest {

    private static final String A = "hieraa";
    private static final String MEMBERS = "/api/affairs/members";
    private static final String ORGANIZATIONS = "/api/affairs/organizations";
    private static final String NOT_FOUND = "urn:partycloud:problem:member-not-found";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private final RequestPostProcessor secretaryOfOne = AffairsCallers.login(A, "kc-secretary-one");
    private final RequestPostProcessor secretaryOfGeneral = AffairsCallers.login(A, "kc-secretary-general");
    private final RequestPostProcessor plainMember = AffairsCallers.login(A, "kc-member-one");
    private final RequestPostProcessor nobody = AffairsCallers.login(A, "kc-nobody");

    private UUID committee;
    private UUID general;
    private UUID branchOne;
    private UUID branchTwo;
    private UUID firstOfOne;
    private UUID secondOfOne;
    private UUID ofTwo;
    private UUID ofGeneral;

    @BeforeAll
    void aTreeWithMembersAndRoles() throws Exception {
        tenants().freshActive(A);
        committee = organization(null, "committee", "中共分级测试委员会");
        general = organization(committee, "general_branch", "机关党总支");
        branchOne = organization(general, "branch", "第一党支部");
        branchTwo = organization(general, "branch", "第二党支部");
        firstOfOne = member(MemberTestData.fullMember(branchOne));
        secondOfOne = member(MemberTestData.probationaryMember(branchOne));
        ofTwo = member(MemberTestData.fullMember(branchTwo));
        ofGeneral = member(MemberTestData.fullMember(general));
        member(MemberTestData.fullMember(committee));
        assign("kc-secretary-one", firstOfOne, branchOne, "officer");
        assign("kc-secretary-general", ofGeneral, general, "officer");
        assign("kc-member-one", secondOfOne, branchOne, "member");
    }

    @Test
    void aBranchOfficerListsOnlyTheBranchWithTheRightTotalOnEveryPage() throws Exception {
        list(secretaryOfOne, Map.of())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(firstOfOne.toString(), secondOfOne.toString())));
        list(secretaryOfOne, Map.of("size", "1", "page", "1"))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items.length()").value(1));
        list(secretaryOfOne, Map.of("orgId", branchOne.toString())).andExpect(jsonPath("$.total").value(2));
        list(secretaryOfOne, Map.of("q", "zsf")).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void aBranchOfficerGetsNotFoundForAnOrganisationOutsideTheirScopeAsAListFilter() throws Exception {
        list(secretaryOfOne, Map.of("orgId", branchTwo.toString()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:organization-not-found"));
        list(secretaryOfOne, Map.of("orgId", general.toString())).andExpect(status().isNotFound());
    }

    @Test
    void aBranchOfficerGetsNotFoundForAMemberOfTheSiblingBranchOnReadEditStatusAndHistory() throws Exception {
        expectNotFound(get(MEMBERS + "/{id}", ofTwo));
        expectNotFound(put(MEMBERS + "/{id}", ofTwo).contentType(MediaType.APPLICATION_JSON)
                .content(toJson(MemberTestData.fullMember(branchTwo))));
        expectNotFound(post(MEMBERS + "/{id}/status-changes", ofTwo).contentType(MediaType.APPLICATION_JSON)
                .content(toJson(Map.of("operation", "lost_contact", "date", TODAY.toString(), "reason", "x"))));
        expectNotFound(get(MEMBERS + "/{id}/history", ofTwo));
        expectNotFound(get(MEMBERS + "/{id}", ofGeneral));
        assertThat(jdbc.queryForObject("SELECT status FROM t_" + A + ".member WHERE id = ?", String.class, ofTwo))
                .isEqualTo("NORMAL");
    }

    @Test
    void aBranchOfficerReadsEditsAndChangesTheStatusOfTheirOwnMembers() throws Exception {
        UUID branch = organization(general, "branch", "党支部 " + UUID.randomUUID().toString().substring(0, 8));
        RequestPostProcessor secretary = officerOf(branch);
        MemberDetails details = MemberTestData.fullMember(branch);
        UUID id = member(details);
        MemberDetails edited = MemberTestData.withPhoneAndOrg(details, "010-5555", branch);

        mvc.perform(get(MEMBERS + "/{id}", id).with(secretary).header("X-Tenant", A)).andExpect(status().isOk());
        mvc.perform(put(MEMBERS + "/{id}", id).with(secretary).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON).content(toJson(edited)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value("010-5555"));
        mvc.perform(post(MEMBERS + "/{id}/status-changes", id).with(secretary).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("operation", "deceased", "date", TODAY.toString(), "reason", "病故"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("deceased"));
        mvc.perform(get(MEMBERS + "/{id}/history", id).with(secretary).header("X-Tenant", A))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.field == 'phone')].actorId", contains(secretaryId(branch))));
    }

    @Test
    void aBranchOfficerEnrolsIntoTheirBranchButNotIntoAnother() throws Exception {
        UUID branch = organization(general, "branch", "党支部 " + UUID.randomUUID().toString().substring(0, 8));
        RequestPostProcessor secretary = officerOf(branch);

        mvc.perform(post(MEMBERS).with(secretary).header("X-Tenant", A).contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(MemberTestData.fullMember(branch))))
                .andExpect(status().isCreated());
        mvc.perform(post(MEMBERS).with(secretary).header("X-Tenant", A).contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(MemberTestData.fullMember(branchTwo))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:member-organization-not-found"));
        mvc.perform(post(MEMBERS).with(nobody).header("X-Tenant", A).contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(MemberTestData.fullMember(branch))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theGeneralBranchOfficerSeesBothBranchesAndTheirOwnNode() throws Exception {
        list(secretaryOfGeneral, Map.of("orgId", general.toString(), "archive", "all"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItems(firstOfOne.toString(),
                        secondOfOne.toString(), ofTwo.toString(), ofGeneral.toString())));
        mvc.perform(get(MEMBERS + "/{id}", ofTwo).with(secretaryOfGeneral).header("X-Tenant", A))
                .andExpect(status().isOk());
        mvc.perform(get(MEMBERS + "/{id}/history", firstOfOne).with(secretaryOfGeneral).header("X-Tenant", A))
                .andExpect(status().isOk());
        list(secretaryOfGeneral, Map.of("orgId", committee.toString())).andExpect(status().isNotFound());
        Integer inScope = jdbc.queryForObject("SELECT count(*) FROM t_" + A + ".member m JOIN t_" + A
                + ".organization o ON o.id = m.org_id WHERE (o.id = ? OR o.parent_id = ?) "
                + "AND m.status NOT IN ('PROBATION_CANCELLED', 'LEFT', 'DECEASED')", Integer.class, general, general);
        list(secretaryOfGeneral, Map.of()).andExpect(jsonPath("$.total").value(inScope));
    }

    @Test
    void aMemberReadsOnlyTheirOwnArchiveAndHistory() throws Exception {
        list(plainMember, Map.of())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(secondOfOne.toString()));
        mvc.perform(get(MEMBERS + "/{id}", secondOfOne).with(plainMember).header("X-Tenant", A))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("李四"));
        mvc.perform(get(MEMBERS + "/{id}/history", secondOfOne).with(plainMember).header("X-Tenant", A))
                .andExpect(status().isOk());
        mvc.perform(get(MEMBERS + "/{id}", firstOfOne).with(plainMember).header("X-Tenant", A))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(NOT_FOUND));
        mvc.perform(put(MEMBERS + "/{id}", secondOfOne).with(plainMember).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(MemberTestData.probationaryMember(branchOne))))
                .andExpect(status().isForbidden());
        mvc.perform(get(ORGANIZATIONS + "/{id}", branchOne).with(plainMember).header("X-Tenant", A))
                .andExpect(status().isNotFound());
        list(plainMember, Map.of("orgId", branchOne.toString())).andExpect(status().isNotFound());
    }

    @Test
    void aLoginWithoutAssignmentListsNothingAndFindsNothing() throws Exception {
        list(nobody, Map.of("archive", "all")).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get(MEMBERS + "/{id}", firstOfOne).with(nobody).header("X-Tenant", A))
                .andExpect(status().isNotFound());
        mvc.perform(get(ORGANIZATIONS).with(nobody).header("X-Tenant", A))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aCommitteeViewerIsRefusedPersonalData() throws Exception {
        RequestPostProcessor viewer = AffairsCallers.committeeViewer(A);

        mvc.perform(get(MEMBERS).with(viewer).header("X-Tenant", A))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:personal-data-forbidden"));
        mvc.perform(get(MEMBERS + "/{id}", firstOfOne).with(viewer).header("X-Tenant", A))
                .andExpect(status().isForbidden());
        mvc.perform(get(MEMBERS + "/{id}/history", firstOfOne).with(viewer).header("X-Tenant", A))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyTheTenantAdminRevealsAnIdNumber() throws Exception {
        mvc.perform(post(MEMBERS + "/{id}/id-number/reveal", firstOfOne).with(secretaryOfOne).header("X-Tenant", A))
                .andExpect(status().isForbidden());
        mvc.perform(post(MEMBERS + "/{id}/id-number/reveal", firstOfOne).with(TestCallers.tenantAdmin(A))
                        .header("X-Tenant", A))
                .andExpect(status().isOk());
    }

    @Test
    void aBranchOfficerReachesOnlyTheirOrganisationAndItsOfficers() throws Exception {
        mvc.perform(get(ORGANIZATIONS).with(secretaryOfOne).header("X-Tenant", A))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(branchOne.toString()));
        mvc.perform(get(ORGANIZATIONS).with(secretaryOfGeneral).header("X-Tenant", A))
                .andExpect(jsonPath("$.items[*].id", hasItems(general.toString(), branchOne.toString(),
                        branchTwo.toString())))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(committee.toString()))));
        mvc.perform(get(ORGANIZATIONS).param("parentId", general.toString()).with(secretaryOfOne).header("X-Tenant", A))
                .andExpect(status().isNotFound());
        mvc.perform(get(ORGANIZATIONS + "/{id}", branchTwo).with(secretaryOfOne).header("X-Tenant", A))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:organization-not-found"));
        mvc.perform(get(ORGANIZATIONS + "/{id}/officers", branchTwo).with(secretaryOfOne).header("X-Tenant", A))
                .andExpect(status().isNotFound());
        mvc.perform(get(ORGANIZATIONS + "/{id}/establishment", branchTwo).with(secretaryOfOne).header("X-Tenant", A))
                .andExpect(status().isNotFound());
        mvc.perform(get(ORGANIZATIONS + "/{id}/officers", branchOne).with(secretaryOfOne).header("X-Tenant", A))
                .andExpect(status().isOk());
        Map<String, Object> edit = Map.of("name", "第二党支部（改）", "type", "branch", "displayOrder", 0);
        mvc.perform(put(ORGANIZATIONS + "/{id}", branchTwo).with(secretaryOfOne).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON).content(toJson(edit)))
                .andExpect(status().isNotFound());
        mvc.perform(put(ORGANIZATIONS + "/{id}", branchOne).with(secretaryOfOne).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("name", "第一党支部", "type", "branch", "displayOrder", 1))))
                .andExpect(status().isOk());
        mvc.perform(post(ORGANIZATIONS + "/{id}/dissolution", branchOne).with(secretaryOfOne).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("date", TODAY.toString(), "reason", "x"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWithdrawnRoleTakesEffectAtOnce() throws Exception {
        String location = assign("kc-temporary", null, branchTwo, "officer");
        RequestPostProcessor temporary = AffairsCallers.login(A, "kc-temporary");
        mvc.perform(get(MEMBERS + "/{id}", ofTwo).with(temporary).header("X-Tenant", A)).andExpect(status().isOk());

        mvc.perform(delete(location).with(TestCallers.tenantAdmin(A)).header("X-Tenant", A))
                .andExpect(status().isNoContent());

        mvc.perform(get(MEMBERS + "/{id}", ofTwo).with(temporary).header("X-Tenant", A))
                .andExpect(status().isNotFound());
    }

    /** A fresh login holding the officer role on the organisation. */
    private RequestPostProcessor officerOf(UUID orgId) throws Exception {
        assign(secretaryId(orgId), null, orgId, "officer");
        return AffairsCallers.login(A, secretaryId(orgId));
    }

    private static String secretaryId(UUID orgId) {
        return "kc-secretary-" + orgId;
    }

    private void expectNotFound(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(secretaryOfOne).header("X-Tenant", A))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(NOT_FOUND));
    }

    private ResultActions list(RequestPostProcessor caller, Map<String, String> parameters) throws Exception {
        MockHttpServletRequestBuilder request = get(MEMBERS).with(caller).header("X-Tenant", A);
        parameters.forEach(request::param);
        return mvc.perform(request);
    }

    private String assign(String userId, UUID memberId, UUID orgId, String role) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("userId", userId, "orgId", orgId, "role", role));
        if (memberId != null) {
            body.put("memberId", memberId);
        }
        return mvc.perform(post("/api/affairs/role-assignments").with(TestCallers.tenantAdmin(A)).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON).content(toJson(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
    }

    private UUID organization(UUID parent, String type, String name) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", type));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return created(ORGANIZATIONS, body);
    }

    private UUID member(MemberDetails details) throws Exception {
        return created(MEMBERS, details);
    }

    private UUID created(String path, Object body) throws Exception {
        String response = mvc.perform(post(path).with(TestCallers.tenantAdmin(A)).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON).content(toJson(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(response).get("id").asString());
    }
}
