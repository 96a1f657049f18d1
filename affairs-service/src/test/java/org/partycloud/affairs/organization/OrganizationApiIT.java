package org.partycloud.affairs.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partycloud.platform.testsupport.ServiceIntegrationTest;
import org.partycloud.platform.testsupport.TestCallers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizationApiIT extends ServiceIntegrationTest {

    private static final String A = "orgapia";
    private static final String B = "orgapib";
    private static final String PATH = "/api/affairs/organizations";

    @BeforeAll
    void activeTenants() throws Exception {
        tenants().freshActive(A, B);
    }

    @Test
    void foundsOrganizationAndAnswersItsLocationAndBody() throws Exception {
        String location = found(A, OrganizationTestData.committee())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith(PATH + "/")))
                .andExpect(jsonPath("$.name").value("中共示范集团有限公司委员会 🚩"))
                .andExpect(jsonPath("$.type").value("committee"))
                .andExpect(jsonPath("$.foundedOn").value("1998-07-01"))
                .andExpect(jsonPath("$.parentId").doesNotExist())
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(location).with(TestCallers.tenantAdmin(A)).header("X-Tenant", A))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("中共示范集团有限公司委员会 🚩"))
                .andExpect(jsonPath("$.address").value("北京市西城区复兴门内大街 1 号"));
    }

    @Test
    void announcesEveryFoundationOnTheChangeFeed() throws Exception {
        UUID id = idOf(found(A, OrganizationTestData.committee()).andExpect(status().isCreated()));

        String feed = mvc.perform(get("/internal/feed").param("after", "0").param("limit", "1000").with(TestCallers.service()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        JsonNode entry = null;
        for (JsonNode item : json.readTree(feed).get("items")) {
            if (id.toString().equals(item.get("subject").asString())) {
                entry = item;
            }
        }
        assertThat(entry).as("feed entry for %s", id).isNotNull();
        assertThat(entry.get("type").asString()).isEqualTo("organization.changed");
        assertThat(entry.get("tenant").asString()).isEqualTo(A);
        assertThat(entry.get("payload").get("type").asString()).isEqualTo("committee");
    }

    @Test
    void refusesDuplicateCodeAndRecordsNothingForTheRefusedOne() throws Exception {
        String code = "ZB-" + UUID.randomUUID().toString().substring(0, 8);
        found(A, OrganizationTestData.withCode(OrganizationTestData.committee(), code)).andExpect(status().isCreated());
        int feedBefore = feedEntries();

        found(A, OrganizationTestData.withCode(OrganizationTestData.committee(), code))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:organization-code-taken"));

        assertThat(feedEntries()).isEqualTo(feedBefore);
    }

    @Test
    void sameCodeMayBeUsedInAnotherTenant() throws Exception {
        String code = "DW-" + UUID.randomUUID().toString().substring(0, 8);
        found(A, OrganizationTestData.withCode(OrganizationTestData.committee(), code)).andExpect(status().isCreated());

        found(B, OrganizationTestData.withCode(OrganizationTestData.committee(), code)).andExpect(status().isCreated());
    }

    @Test
    void listsChildrenOfParentInDisplayOrder() throws Exception {
        UUID committee = idOf(found(A, OrganizationTestData.committee()));
        found(A, OrganizationTestData.branchUnder(committee, "第二党支部", 2)).andExpect(status().isCreated());
        found(A, OrganizationTestData.branchUnder(committee, "第一党支部", 1)).andExpect(status().isCreated());

        mvc.perform(get(PATH).param("parentId", committee.toString()).with(TestCallers.tenantAdmin(A)).header("X-Tenant", A))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.items[*].name", contains("第一党支部", "第二党支部")))
                .andExpect(jsonPath("$.items[0].parentId").value(committee.toString()));
    }

    @Test
    void searchesNameOrCodeAndPagesTheMatches() throws Exception {
        String token = "检索" + UUID.randomUUID().toString().substring(0, 6);
        UUID committee = idOf(found(A, OrganizationTestData.committee()));
        for (String name : new String[] {"A " + token, "B " + token, "C " + token}) {
            found(A, OrganizationTestData.branchUnder(committee, name, 0)).andExpect(status().isCreated());
        }

        mvc.perform(get(PATH).param("q", token).param("size", "2").param("sort", "name,desc")
                        .with(TestCallers.tenantAdmin(A)).header("X-Tenant", A))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items[*].name", contains("C " + token, "B " + token)));
        mvc.perform(get(PATH).param("q", token).param("size", "2").param("page", "1").param("sort", "name,desc")
                        .with(TestCallers.tenantAdmin(A)).header("X-Tenant", A))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items[*].name", contains("A " + token)));
    }

    @Test
    void refusesPageSizeAboveOneHundredAndUnknownSortProperty() throws Exception {
        mvc.perform(get(PATH).param("size", "101").with(TestCallers.member(A)).header("X-Tenant", A))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.size").exists());
        mvc.perform(get(PATH).param("sort", "secret,asc").with(TestCallers.member(A)).header("X-Tenant", A))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.sort").exists());
    }

    @Test
    void refusesParentThatIsNotInTheTenant() throws Exception {
        UUID parentInB = idOf(found(B, OrganizationTestData.committee()));

        found(A, OrganizationTestData.branchUnder(parentInB, "第一党支部", 1))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:parent-organization-not-found"));
    }

    @Test
    void refusesCommitteeUnderGroup() throws Exception {
        UUID committee = idOf(found(A, OrganizationTestData.committee()));
        UUID branch = idOf(found(A, OrganizationTestData.branchUnder(committee, "第三党支部", 3)));
        UUID group = idOf(found(A, OrganizationTestData.groupUnder(branch)));

        found(A, OrganizationTestData.withParent(OrganizationTestData.committee(), group))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:organization-type-not-allowed-under-parent"));
    }

    @Test
    void refusesFoundingDateInTheFuture() throws Exception {
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);

        found(A, OrganizationTestData.foundedOn(OrganizationTestData.committee(), tomorrow))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.foundedOn").value("must not be in the future"));
    }

    @Test
    void answersFieldErrorsForInvalidInput() throws Exception {
        NewOrganization invalid = new NewOrganization(null, " ", null, "C".repeat(51), -1, null, null, "址".repeat(201));

        found(A, invalid)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:validation"))
                .andExpect(jsonPath("$.errors.name").exists())
                .andExpect(jsonPath("$.errors.type").exists())
                .andExpect(jsonPath("$.errors.code").exists())
                .andExpect(jsonPath("$.errors.displayOrder").exists())
                .andExpect(jsonPath("$.errors.address").exists());
    }

    @Test
    void acceptsHundredCharacterChineseName() throws Exception {
        found(A, OrganizationTestData.withName(OrganizationTestData.committee(), "党".repeat(100)))
                .andExpect(status().isCreated());
        found(A, OrganizationTestData.withName(OrganizationTestData.committee(), "党".repeat(101)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void answersProblemForMalformedJsonAndUnknownType() throws Exception {
        mvc.perform(admin(post(PATH), A).contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:malformed-body"));
        mvc.perform(admin(post(PATH), A).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"第一党支部\", \"type\": \"brigade\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void memberReadsButCannotFound() throws Exception {
        mvc.perform(get(PATH).with(TestCallers.member(A)).header("X-Tenant", A)).andExpect(status().isOk());

        mvc.perform(post(PATH).with(TestCallers.member(A)).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON).content(toJson(OrganizationTestData.committee())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:tenant-role-missing"));
    }

    @Test
    void tenantAdminOfAnotherTenantCannotFoundHere() throws Exception {
        mvc.perform(post(PATH).with(TestCallers.tenantAdmin(B)).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON).content(toJson(OrganizationTestData.committee())))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOperatorChangesATenantsTreeOnlyUnderItsSupportGrantAndEveryRequestIsRecorded() throws Exception {
        String committee = toJson(OrganizationTestData.committee());
        try {
            mvc.perform(post(PATH).with(TestCallers.platformAdmin()).header("X-Tenant", B)
                            .contentType(MediaType.APPLICATION_JSON).content(committee))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("urn:partycloud:problem:support-access-required"));
            mvc.perform(get(PATH).with(TestCallers.platformAdmin()).header("X-Tenant", B))
                    .andExpect(status().isForbidden());

            tenants().grantSupport(B, TestCallers.OPERATOR, java.time.Instant.now().plusSeconds(3600), true);
            mvc.perform(get(PATH).with(TestCallers.platformAdmin()).header("X-Tenant", B)).andExpect(status().isOk());
            mvc.perform(post(PATH).with(TestCallers.platformAdmin()).header("X-Tenant", B)
                            .contentType(MediaType.APPLICATION_JSON).content(committee))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("urn:partycloud:problem:support-access-read-only"));

            tenants().grantSupport(B, TestCallers.OPERATOR, java.time.Instant.now().plusSeconds(3600), false);
            mvc.perform(post(PATH).with(TestCallers.platformAdmin()).header("X-Tenant", B)
                            .contentType(MediaType.APPLICATION_JSON).content(committee))
                    .andExpect(status().isCreated());
            assertThat(tenants().supportRequests(B)).containsSubsequence("GET " + PATH + " 200",
                    "POST " + PATH + " 403", "POST " + PATH + " 201");
            assertThat(tenants().supportRequests(A)).as("nothing recorded in another tenant").isEmpty();
        } finally {
            tenants().revokeSupport(B);
        }
    }

    @Test
    void answersNotFoundProblemForUnknownIdAndBadRequestForMalformedId() throws Exception {
        mvc.perform(get(PATH + "/{id}", UUID.randomUUID()).with(TestCallers.member(A)).header("X-Tenant", A))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:organization-not-found"));
        mvc.perform(get(PATH + "/not-a-uuid").with(TestCallers.member(A)).header("X-Tenant", A))
                .andExpect(status().isBadRequest());
    }

    @Test
    void editsTheDetailsAndAnnouncesAndAuditsTheChange() throws Exception {
        UUID committee = idOf(found(A, OrganizationTestData.committee()));
        UUID branch = idOf(found(A, OrganizationTestData.branchUnder(committee, "第四党支部", 4)));

        mvc.perform(admin(put(PATH + "/{id}", branch), A).contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(OrganizationTestData.editOf(OrganizationTestData.branchUnder(null, "x", 4),
                                "第四联合党支部", OrganizationType.JOINT_BRANCH))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("第四联合党支部"))
                .andExpect(jsonPath("$.type").value("joint_branch"))
                .andExpect(jsonPath("$.parentId").value(committee.toString()))
                .andExpect(jsonPath("$.version").value(1));

        assertThat(lastFeedPayloadOf(branch).get("name").asString()).isEqualTo("第四联合党支部");
        assertThat(audited("organization.edited", branch)).isEqualTo(1);
    }

    @Test
    void movesABranchToAnotherCommitteeButNeverBelowItself() throws Exception {
        UUID first = idOf(found(A, OrganizationTestData.committee()));
        UUID second = idOf(found(A, OrganizationTestData.committee()));
        UUID branch = idOf(found(A, OrganizationTestData.branchUnder(first, "第五党支部", 5)));
        UUID lower = idOf(found(A, OrganizationTestData.withParent(OrganizationTestData.committee(), first)));

        move(branch, second).andExpect(status().isOk()).andExpect(jsonPath("$.parentId").value(second.toString()));
        move(first, lower)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:organization-move-into-own-subtree"));
        move(first, first).andExpect(status().isConflict());
        move(lower, null).andExpect(status().isOk()).andExpect(jsonPath("$.parentId").doesNotExist());
        assertThat(audited("organization.moved", branch)).isEqualTo(1);
    }

    @Test
    void dissolvesOnlyAnEmptyOrganisationAndHidesItFromTheTreeButKeepsIt() throws Exception {
        UUID committee = idOf(found(A, OrganizationTestData.committee()));
        UUID branch = idOf(found(A, OrganizationTestData.branchUnder(committee, "第六党支部", 6)));
        UUID member = idOf(mvc.perform(admin(post("/api/affairs/members"), A).contentType(MediaType.APPLICATION_JSON)
                .content(toJson(Map.of("orgId", branch.toString(), "name", "王芳", "idNumber", "11010519491231002X",
                        "category", "full")))));
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

        dissolve(committee, today)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:organization-not-empty"))
                .andExpect(jsonPath("$.organizations").value(1));
        dissolve(branch, today).andExpect(status().isConflict()).andExpect(jsonPath("$.members").value(1));
        mvc.perform(admin(post("/api/affairs/members/{id}/status-changes", member), A)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("operation", "deceased", "date", today, "reason", "病故"))))
                .andExpect(status().isOk());

        dissolve(branch, today).andExpect(status().isOk()).andExpect(jsonPath("$.dissolvedOn").value(today));

        mvc.perform(get(PATH).param("parentId", committee.toString()).with(TestCallers.tenantAdmin(A)).header("X-Tenant", A))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get(PATH).param("parentId", committee.toString()).param("includeDissolved", "true")
                        .with(TestCallers.tenantAdmin(A)).header("X-Tenant", A))
                .andExpect(jsonPath("$.items[0].dissolutionReason").value("单位撤并"));
        mvc.perform(get(PATH + "/{id}", branch).with(TestCallers.tenantAdmin(A)).header("X-Tenant", A))
                .andExpect(status().isOk());
        found(A, OrganizationTestData.groupUnder(branch))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:parent-organization-dissolved"));
        dissolve(branch, today).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:organization-dissolved"));
        assertThat(lastFeedPayloadOf(branch).get("dissolved").asBoolean()).isTrue();
        dissolve(committee, today).andExpect(status().isOk());
    }

    @Test
    void membersCannotEditMoveOrDissolve() throws Exception {
        UUID committee = idOf(found(A, OrganizationTestData.committee()));

        mvc.perform(put(PATH + "/{id}", committee).with(TestCallers.member(A)).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(OrganizationTestData.editOf(OrganizationTestData.committee()))))
                .andExpect(status().isNotFound());
        mvc.perform(post(PATH + "/{id}/move", committee).with(TestCallers.member(A)).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(PATH + "/{id}/dissolution", committee).with(TestCallers.member(A)).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("date", "2026-01-01", "reason", "x"))))
                .andExpect(status().isForbidden());
    }

    private ResultActions move(UUID id, UUID parentId) throws Exception {
        return mvc.perform(admin(post(PATH + "/{id}/move", id), A).contentType(MediaType.APPLICATION_JSON)
                .content(parentId == null ? "{\"parentId\": null}" : toJson(Map.of("parentId", parentId))));
    }

    private ResultActions dissolve(UUID id, String date) throws Exception {
        return mvc.perform(admin(post(PATH + "/{id}/dissolution", id), A).contentType(MediaType.APPLICATION_JSON)
                .content(toJson(Map.of("date", date, "reason", "单位撤并"))));
    }

    private JsonNode lastFeedPayloadOf(UUID id) {
        String payload = jdbc.queryForObject("SELECT payload::text FROM platform.change_feed WHERE subject = ? "
                + "ORDER BY seq DESC LIMIT 1", String.class, id.toString());
        return json.readTree(payload);
    }

    private int audited(String action, UUID target) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM t_" + A + ".audit_entry WHERE action = ? AND target_id = ?",
                Integer.class, action, target.toString());
        return n == null ? 0 : n;
    }

    private ResultActions found(String tenant, NewOrganization body) throws Exception {
        return mvc.perform(admin(post(PATH), tenant).contentType(MediaType.APPLICATION_JSON).content(toJson(body)));
    }

    private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request, String tenant) {
        return request.with(TestCallers.tenantAdmin(tenant)).header("X-Tenant", tenant);
    }

    private UUID idOf(ResultActions created) throws Exception {
        String body = created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    private int feedEntries() {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM platform.change_feed", Integer.class);
        return n == null ? 0 : n;
    }
}
