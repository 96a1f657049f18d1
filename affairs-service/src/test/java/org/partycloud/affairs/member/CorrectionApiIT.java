package org.partycloud.affairs.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
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
import org.partycloud.platform.testsupport.ServiceIntegrationTest;
import org.partycloud.platform.testsupport.TestCallers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Correction requests (信息修改审核): branch one has a member with a login and a secretary; branch two its own
 * secretary. Each test asks with a fresh member, so requests of one test do not show in another's lists.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectionApiIT extends ServiceIntegrationTest {

    private static final String A = "corrapia";
    private static final String MEMBERS = "/api/affairs/members";
    private static final String CORRECTIONS = "/api/affairs/corrections";
    private static final String PROBLEM = "urn:partycloud:problem:";

    private final RequestPostProcessor secretaryOfOne = AffairsCallers.login(A, "kc-corr-secretary-one");
    private final RequestPostProcessor secretaryOfTwo = AffairsCallers.login(A, "kc-corr-secretary-two");

    private UUID branchOne;
    private UUID branchTwo;

    @BeforeAll
    void twoBranchesWithSecretaries() throws Exception {
        tenants().freshActive(A);
        UUID committee = organization(null, "committee", "中共信息审核测试委员会");
        branchOne = organization(committee, "branch", "第一党支部");
        branchTwo = organization(committee, "branch", "第二党支部");
        assign("kc-corr-secretary-one", null, branchOne, "officer");
        assign("kc-corr-secretary-two", null, branchTwo, "officer");
    }

    @Test
    void aMemberAsksAndTheSecretaryApprovesSoTheChangeIsAppliedWithHistoryNamingTheApprover() throws Exception {
        UUID member = member(branchOne);
        RequestPostProcessor self = loginOf(member, branchOne);

        String location = ask(self, member, Map.of("phone", "139 0000 0000", "education", "master"), "手机号码变更")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith(CORRECTIONS + "/")))
                .andExpect(jsonPath("$.status").value("pending"))
                .andExpect(jsonPath("$.changes.phone").value("139 0000 0000"))
                .andReturn().getResponse().getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        mvc.perform(get(MEMBERS + "/{id}/corrections", member).with(self).header("X-Tenant", A))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id));
        mvc.perform(get(CORRECTIONS).param("status", "pending").param("size", "100").with(secretaryOfOne)
                        .header("X-Tenant", A))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(id)));
        mvc.perform(get(CORRECTIONS).param("status", "pending").param("size", "100").with(secretaryOfTwo)
                        .header("X-Tenant", A))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(id))));

        mvc.perform(post(location + "/approval").with(secretaryOfOne).header("X-Tenant", A))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("approved"))
                .andExpect(jsonPath("$.decidedBy").value("kc-corr-secretary-one"));

        mvc.perform(get(MEMBERS + "/{id}", member).with(self).header("X-Tenant", A))
                .andExpect(jsonPath("$.phone").value("139 0000 0000"))
                .andExpect(jsonPath("$.education").value("master"));
        mvc.perform(get(MEMBERS + "/{id}/history", member).with(self).header("X-Tenant", A))
                .andExpect(jsonPath("$.items[?(@.field == 'phone')].actorId", contains("kc-corr-secretary-one")))
                .andExpect(jsonPath("$.items[?(@.field == 'phone')].action", contains("correction_approved")))
                .andExpect(jsonPath("$.items[?(@.field == 'education')].newValue", contains("master")));
        Integer audited = jdbc.queryForObject("SELECT count(*) FROM t_" + A + ".audit_entry WHERE target_id = ? "
                + "AND action = 'member.correction_approved' AND actor_id = 'kc-corr-secretary-one'", Integer.class, id);
        assertThat(audited).isEqualTo(1);

        decide(secretaryOfOne, location + "/approval", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEM + "correction-already-decided"));
        decide(secretaryOfOne, location + "/rejection", Map.of("reason", "再议"))
                .andExpect(status().isConflict());
    }

    @Test
    void theSecretaryRejectsWithAReasonAndTheArchiveStaysAsItWas() throws Exception {
        UUID member = member(branchOne);
        RequestPostProcessor self = loginOf(member, branchOne);
        String location = created(ask(self, member, Map.of("address", "上海市浦东新区 🏠"), "搬家"));

        decide(secretaryOfOne, location + "/rejection", Map.of()).andExpect(status().isBadRequest());
        decide(secretaryOfOne, location + "/rejection", Map.of("reason", "请提供居住证明"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("rejected"))
                .andExpect(jsonPath("$.decisionReason").value("请提供居住证明"));

        mvc.perform(get(location).with(self).header("X-Tenant", A))
                .andExpect(jsonPath("$.status").value("rejected"))
                .andExpect(jsonPath("$.decisionReason").value("请提供居住证明"));
        mvc.perform(get(MEMBERS + "/{id}", member).with(self).header("X-Tenant", A))
                .andExpect(jsonPath("$.address").value("北京市海淀区中关村大街 1 号"));
        decide(secretaryOfOne, location + "/approval", null).andExpect(status().isConflict());
    }

    @Test
    void onlyAnOfficerOverTheMemberDecidesNeverTheMemberNorASiblingBranch() throws Exception {
        UUID member = member(branchOne);
        RequestPostProcessor self = loginOf(member, branchOne);
        String location = created(ask(self, member, Map.of("job", "高级工程师"), "晋升"));

        decide(self, location + "/approval", null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(PROBLEM + "correction-decision-forbidden"));
        decide(secretaryOfTwo, location + "/approval", null)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEM + "correction-request-not-found"));
        decide(TestCallers.tenantAdmin(A), location + "/approval", Map.of("reason", "核实无误"))
                .andExpect(status().isOk());
    }

    @Test
    void refusesFieldsAMemberMayNotAskToChangeAndInvalidValues() throws Exception {
        UUID member = member(branchOne);
        RequestPostProcessor self = loginOf(member, branchOne);

        ask(self, member, Map.of("name", "张三", "phone", "1"), "改名")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(PROBLEM + "correction-field-not-allowed"))
                .andExpect(jsonPath("$.fields", contains("name")));
        ask(self, member, Map.of("idNumber", "110105194912310021"), "x").andExpect(status().isUnprocessableContent());
        ask(self, member, Map.of("phone", "call me"), "x")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.phone").exists());
        ask(self, member, Map.of("education", "genius"), "x")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.education").exists());
        ask(self, member, Map.of(), "x").andExpect(status().isBadRequest());
        ask(self, member, Map.of("job", "x"), " ").andExpect(status().isBadRequest());
    }

    @Test
    void aMemberAskingForSomeoneElsesArchiveFindsNothing() throws Exception {
        UUID member = member(branchOne);
        UUID other = member(branchOne);
        RequestPostProcessor self = loginOf(member, branchOne);

        ask(self, other, Map.of("phone", "110"), "x")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEM + "member-not-found"));
        mvc.perform(get(MEMBERS + "/{id}/corrections", other).with(self).header("X-Tenant", A))
                .andExpect(status().isNotFound());
        ask(secretaryOfOne, other, Map.of("phone", "110"), "x")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(PROBLEM + "correction-not-own-archive"));
        mvc.perform(post(MEMBERS + "/{id}/corrections", other).with(AffairsCallers.committeeViewer(A))
                        .header("X-Tenant", A).contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("changes", Map.of("phone", "110"), "reason", "x"))))
                .andExpect(status().isForbidden());
    }

    private ResultActions ask(RequestPostProcessor caller, UUID member, Map<String, String> changes, String reason)
            throws Exception {
        return mvc.perform(post(MEMBERS + "/{id}/corrections", member).with(caller).header("X-Tenant", A)
                .contentType(MediaType.APPLICATION_JSON)
                .content(toJson(Map.of("changes", changes, "reason", reason))));
    }

    private ResultActions decide(RequestPostProcessor caller, String path, Map<String, String> body) throws Exception {
        var request = post(path).with(caller).header("X-Tenant", A);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(toJson(body));
        }
        return mvc.perform(request);
    }

    private static String created(ResultActions asked) throws Exception {
        return asked.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
    }

    /** A login linked to the member by the role member. */
    private RequestPostProcessor loginOf(UUID member, UUID orgId) throws Exception {
        assign("kc-self-" + member, member, orgId, "member");
        return AffairsCallers.login(A, "kc-self-" + member);
    }

    private void assign(String userId, UUID memberId, UUID orgId, String role) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("userId", userId, "orgId", orgId, "role", role));
        if (memberId != null) {
            body.put("memberId", memberId);
        }
        mvc.perform(post("/api/affairs/role-assignments").with(TestCallers.tenantAdmin(A)).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON).content(toJson(body)))
                .andExpect(status().isCreated());
    }

    private UUID organization(UUID parent, String type, String name) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", type));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return id("/api/affairs/organizations", body);
    }

    private UUID member(UUID orgId) throws Exception {
        return id(MEMBERS, MemberTestData.fullMember(orgId));
    }

    private UUID id(String path, Object body) throws Exception {
        String response = mvc.perform(post(path).with(TestCallers.tenantAdmin(A)).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON).content(toJson(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(response).get("id").asString());
    }
}
