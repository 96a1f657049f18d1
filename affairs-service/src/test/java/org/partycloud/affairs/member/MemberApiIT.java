package org.partycloud.affairs.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
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

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberApiIT extends ServiceIntegrationTest {

    private static final String A = "memapia";
    private static final String B = "memapib";
    private static final String PATH = "/api/affairs/members";
    private static final String ORGANIZATIONS = "/api/affairs/organizations";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private UUID committee;

    @BeforeAll
    void activeTenantsWithACommittee() throws Exception {
        tenants().freshActive(A, B);
        committee = organization(A, null, "committee", "中共示范集团委员会");
    }

    @Test
    void enrolsMemberAndAnswersItsLocationWithTheIdNumberMasked() throws Exception {
        MemberDetails details = MemberTestData.fullMember(branch());

        String response = enrol(A, details)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith(PATH + "/")))
                .andExpect(jsonPath("$.name").value("张三丰"))
                .andExpect(jsonPath("$.namePinyin").value("zhangsanfeng"))
                .andExpect(jsonPath("$.idNumber").value(IdCardNumber.mask(details.idNumber())))
                .andExpect(jsonPath("$.gender").value("male"))
                .andExpect(jsonPath("$.birthDate").value("1985-06-15"))
                .andExpect(jsonPath("$.category").value("full"))
                .andExpect(jsonPath("$.status").value("normal"))
                .andExpect(jsonPath("$.education").value("bachelor"))
                .andExpect(jsonPath("$.former").value(false))
                .andReturn().getResponse().getContentAsString();
        assertThat(response).doesNotContain(details.idNumber());

        String location = json.readTree(response).get("id").asString();
        mvc.perform(get(PATH + "/{id}", location).with(TestCallers.tenantAdmin(A)).header("X-Tenant", A))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.idNumber").value(IdCardNumber.mask(details.idNumber())))
                .andExpect(jsonPath("$.probationaryDate").value("2007-07-01"))
                .andExpect(jsonPath("$.address").value("北京市海淀区中关村大街 1 号"));
    }

    @Test
    void keepsTheIdNumberInTheDatabaseOnlyEncryptedHashedAndMasked() throws Exception {
        MemberDetails details = MemberTestData.fullMember(branch());
        UUID id = idOf(enrol(A, details));

        String row = jdbc.queryForObject("SELECT row_to_json(m)::text FROM t_" + A + ".member m WHERE id = ?",
                String.class, id);
        byte[] cipher = jdbc.queryForObject("SELECT id_number_cipher FROM t_" + A + ".member WHERE id = ?",
                byte[].class, id);

        assertThat(row).doesNotContain(details.idNumber()).doesNotContain(details.idNumber().substring(0, 14));
        assertThat(new String(cipher, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(details.idNumber());
        assertThat(MemberTestData.CIPHER.decrypt(cipher)).isEqualTo(details.idNumber());
    }

    @Test
    void refusesBirthDateAndGenderThatContradictTheIdNumberNamingTheFields() throws Exception {
        MemberDetails details = MemberTestData.withIdentity(MemberTestData.fullMember(branch()),
                MemberTestData.idNumber(LocalDate.of(1990, 1, 1), Gender.FEMALE), LocalDate.of(1990, 1, 2),
                Gender.MALE);

        enrol(A, details)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:validation"))
                .andExpect(jsonPath("$.errors.birthDate").exists())
                .andExpect(jsonPath("$.errors.gender").exists());
    }

    @Test
    void refusesIdNumberWithAWrongCheckDigit() throws Exception {
        MemberDetails details = MemberTestData.withIdentity(MemberTestData.fullMember(branch()),
                "110105194912310021", null, null);

        enrol(A, details)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.idNumber").value("check digit does not match (GB 11643)"));
    }

    @Test
    void refusesASecondArchiveForTheSameIdNumberButAnotherTenantMayKeepOne() throws Exception {
        MemberDetails details = MemberTestData.fullMember(branch());
        enrol(A, details).andExpect(status().isCreated());

        enrol(A, MemberTestData.named(details, "张三"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:member-id-number-taken"))
                .andExpect(jsonPath("$.idNumber").value(IdCardNumber.mask(details.idNumber())));
        UUID committeeOfB = organization(B, null, "committee", "中共乙单位委员会");
        enrol(B, MemberTestData.withPhoneAndOrg(details, null, committeeOfB)).andExpect(status().isCreated());
    }

    @Test
    void refusesAnOrganisationOfAnotherTenant() throws Exception {
        UUID committeeOfB = organization(B, null, "committee", "中共乙单位委员会");

        enrol(A, MemberTestData.fullMember(committeeOfB))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:member-organization-not-found"));
    }

    @Test
    void editsAndRecordsWhoChangedWhichFieldWithTheIdNumberMasked() throws Exception {
        MemberDetails details = MemberTestData.fullMember(branch());
        UUID id = idOf(enrol(A, details));
        MemberDetails edited = MemberTestData.withPhoneAndOrg(
                MemberTestData.bornOn(details, LocalDate.of(1985, 6, 16), Gender.MALE), "010-12345678", committee);

        mvc.perform(admin(put(PATH + "/{id}", id), A).contentType(MediaType.APPLICATION_JSON).content(toJson(edited)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value("010-12345678"))
                .andExpect(jsonPath("$.orgId").value(committee.toString()))
                .andExpect(jsonPath("$.birthDate").value("1985-06-16"))
                .andExpect(jsonPath("$.version").value(1));

        String history = mvc.perform(get(PATH + "/{id}/history", id).with(TestCallers.tenantAdmin(A)).header("X-Tenant", A))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.items[0].action").value("created"))
                .andExpect(jsonPath("$.items[0].actorId").value("admin-of-" + A))
                .andExpect(jsonPath("$.items[1:].action", contains("edited", "edited", "edited", "edited")))
                .andExpect(jsonPath("$.items[1:].field", contains("orgId", "birthDate", "idNumber", "phone")))
                .andExpect(jsonPath("$.items[3].oldValue").value(IdCardNumber.mask(details.idNumber())))
                .andExpect(jsonPath("$.items[3].newValue").value(IdCardNumber.mask(edited.idNumber())))
                .andExpect(jsonPath("$.items[4].oldValue").value("138 0013 8000"))
                .andReturn().getResponse().getContentAsString();
        assertThat(history).doesNotContain(details.idNumber()).doesNotContain(edited.idNumber());
    }

    @Test
    void findsAMemberByTheExactIdNumberThroughItsKeyedHash() throws Exception {
        MemberDetails details = MemberTestData.fullMember(branch());
        UUID id = idOf(enrol(A, details));

        list(A, Map.of("idNumber", details.idNumber().toLowerCase()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id.toString()));
        list(A, Map.of("idNumber", MemberTestData.idNumber(LocalDate.of(1985, 6, 15), Gender.MALE)))
                .andExpect(jsonPath("$.total").value(0));
        list(A, Map.of("idNumber", "123")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.idNumber").exists());
    }

    @Test
    void findsNamesByCharactersAndByPinyinInitials() throws Exception {
        UUID branch = branch();
        enrol(A, MemberTestData.fullMember(branch)).andExpect(status().isCreated());
        enrol(A, MemberTestData.named(MemberTestData.fullMember(branch), "曾志伟")).andExpect(status().isCreated());

        list(A, Map.of("orgId", branch.toString(), "q", "zsf"))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].name").value("张三丰"));
        list(A, Map.of("orgId", branch.toString(), "q", "三丰"))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].name").value("张三丰"));
        list(A, Map.of("orgId", branch.toString(), "q", "zeng"))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].name").value("曾志伟"));
        list(A, Map.of("orgId", branch.toString(), "q", "z"))
                .andExpect(jsonPath("$.total").value(2));
        list(A, Map.of("orgId", branch.toString(), "q", "%"))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void listsTheMembersOfAnOrganisationAndEveryOrganisationBelowIt() throws Exception {
        UUID general = organization(A, committee, "general_branch", "第一党总支");
        UUID branch = organization(A, general, "branch", "第一党支部");
        UUID group = organization(A, branch, "group", "第一党小组");
        UUID sibling = organization(A, general, "branch", "第二党支部");
        enrol(A, MemberTestData.named(MemberTestData.fullMember(group), "小组成员")).andExpect(status().isCreated());
        enrol(A, MemberTestData.named(MemberTestData.fullMember(branch), "支部成员")).andExpect(status().isCreated());
        enrol(A, MemberTestData.named(MemberTestData.fullMember(sibling), "兄弟支部成员")).andExpect(status().isCreated());

        list(A, Map.of("orgId", branch.toString()))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].name", containsInAnyOrder("小组成员", "支部成员")));
        list(A, Map.of("orgId", general.toString())).andExpect(jsonPath("$.total").value(3));
        list(A, Map.of("orgId", UUID.randomUUID().toString())).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void filtersByCategoryGenderAgeBandEducationAndYearJoined() throws Exception {
        UUID branch = branch();
        LocalDate young = TODAY.minusYears(30);
        LocalDate senior = TODAY.minusYears(65);
        enrol(A, MemberTestData.fullMember(branch)).andExpect(status().isCreated());
        enrol(A, MemberTestData.probationaryMember(branch)).andExpect(status().isCreated());
        enrol(A, MemberTestData.named(MemberTestData.withDates(MemberTestData.withEducation(MemberTestData.bornOn(
                MemberTestData.probationaryMember(branch), young, Gender.MALE), Education.HIGH_SCHOOL),
                LocalDate.of(2025, 6, 1), null), "青年")).andExpect(status().isCreated());
        enrol(A, MemberTestData.named(MemberTestData.bornOn(MemberTestData.fullMember(branch), senior, Gender.FEMALE),
                "老同志")).andExpect(status().isCreated());
        String org = branch.toString();

        list(A, Map.of("orgId", org, "category", "probationary")).andExpect(jsonPath("$.total").value(2));
        list(A, Map.of("orgId", org, "gender", "female")).andExpect(jsonPath("$.total").value(2));
        list(A, Map.of("orgId", org, "ageBand", "lt35"))
                .andExpect(jsonPath("$.items[*].name", containsInAnyOrder("李四", "青年")));
        list(A, Map.of("orgId", org, "ageBand", "35-45")).andExpect(jsonPath("$.items[*].name", contains("张三丰")));
        list(A, Map.of("orgId", org, "ageBand", "gt60")).andExpect(jsonPath("$.items[*].name", contains("老同志")));
        list(A, Map.of("orgId", org, "education", "high_school")).andExpect(jsonPath("$.items[*].name", contains("青年")));
        list(A, Map.of("orgId", org, "joinedYear", "2025")).andExpect(jsonPath("$.total").value(2));
        list(A, Map.of("orgId", org, "joinedYear", "2007")).andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void pagesAndSortsByPinyinWithTheTotal() throws Exception {
        UUID branch = branch();
        for (String name : new String[] {"王五", "李四", "张三"}) {
            enrol(A, MemberTestData.named(MemberTestData.fullMember(branch), name)).andExpect(status().isCreated());
        }

        list(A, Map.of("orgId", branch.toString(), "size", "2"))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items[*].name", contains("李四", "王五")));
        list(A, Map.of("orgId", branch.toString(), "size", "2", "page", "1"))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items[*].name", contains("张三")));
        list(A, Map.of("orgId", branch.toString(), "sort", "name,desc"))
                .andExpect(jsonPath("$.items[*].name", contains("张三", "王五", "李四")));
    }

    @Test
    void refusesUnknownFilterValuesSortPropertiesAndPageSizes() throws Exception {
        list(A, Map.of("ageBand", "young")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.ageBand").exists());
        list(A, Map.of("category", "honorary")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.category").exists());
        list(A, Map.of("joinedYear", "1800")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.joinedYear").exists());
        list(A, Map.of("q", "张".repeat(51))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.q").exists());
        list(A, Map.of("orgId", "not-a-uuid")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.orgId").exists());
        list(A, Map.of("sort", "idNumberHash")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.sort").exists());
        list(A, Map.of("size", "101")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.size").exists());
    }

    @Test
    void convertsAProbationaryMemberAndRefusesAnIllegalChangeNamingStatusAndOperation() throws Exception {
        UUID id = idOf(enrol(A, MemberTestData.probationaryMember(branch())));

        changeStatus(id, Map.of("operation", "suspend", "date", TODAY.toString(), "reason", "失联"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:member-status-change-not-allowed"))
                .andExpect(jsonPath("$.currentStatus").value("normal"))
                .andExpect(jsonPath("$.operation").value("suspend"));
        changeStatus(id, Map.of("operation", "convert_to_full", "date", TODAY.toString(), "reason", "支部大会讨论通过"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.category").value("full"))
                .andExpect(jsonPath("$.fullMembershipDate").value(TODAY.toString()));
        changeStatus(id, Map.of("operation", "convert_to_full", "date", TODAY.toString(), "reason", "再次转正"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.category").value("full"));

        mvc.perform(get(PATH + "/{id}/history", id).with(TestCallers.tenantAdmin(A)).header("X-Tenant", A))
                .andExpect(jsonPath("$.items[?(@.field == 'category')].reason", contains("支部大会讨论通过")))
                .andExpect(jsonPath("$.items[?(@.field == 'category')].action", contains("convert_to_full")));
    }

    @Test
    void formerMembersLeaveTheDefaultListForTheHistoryArchive() throws Exception {
        UUID branch = branch();
        UUID leaving = idOf(enrol(A, MemberTestData.named(MemberTestData.fullMember(branch), "出党者")));
        enrol(A, MemberTestData.fullMember(branch)).andExpect(status().isCreated());

        changeStatus(leaving, Map.of("operation", "leave", "date", TODAY.toString(), "reason", "本人申请",
                "kind", "self_withdrawn"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("left"))
                .andExpect(jsonPath("$.leaveKind").value("self_withdrawn"))
                .andExpect(jsonPath("$.former").value(true));

        list(A, Map.of("orgId", branch.toString())).andExpect(jsonPath("$.items[*].name", contains("张三丰")));
        list(A, Map.of("orgId", branch.toString(), "archive", "history"))
                .andExpect(jsonPath("$.items[*].name", contains("出党者")));
        list(A, Map.of("orgId", branch.toString(), "status", "left"))
                .andExpect(jsonPath("$.items[*].name", contains("出党者")));
        list(A, Map.of("orgId", branch.toString(), "archive", "all")).andExpect(jsonPath("$.total").value(2));
        changeStatus(leaving, Map.of("operation", "restore", "date", TODAY.toString(), "reason", "恢复"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentStatus").value("left"));
    }

    @Test
    void answersFieldErrorsForAStatusChangeMissingWhatItsOperationNeeds() throws Exception {
        UUID id = idOf(enrol(A, MemberTestData.fullMember(branch())));

        changeStatus(id, Map.of("operation", "mobile", "date", TODAY.toString(), "reason", "外出务工"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.place").exists())
                .andExpect(jsonPath("$.errors.until").exists());
        changeStatus(id, Map.of("operation", "fly_away", "date", TODAY.toString(), "reason", "?"))
                .andExpect(status().isBadRequest());
        changeStatus(id, Map.of("operation", "lost_contact", "date", TODAY.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").exists());
    }

    @Test
    void tenantAdminRevealsTheFullNumberAndTheRevealIsAudited() throws Exception {
        MemberDetails details = MemberTestData.fullMember(branch());
        UUID id = idOf(enrol(A, details));
        int revealsBefore = audited("member.id_number_revealed", id);

        mvc.perform(admin(post(PATH + "/{id}/id-number/reveal", id), A))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(jsonPath("$.idNumber").value(details.idNumber()));

        assertThat(audited("member.id_number_revealed", id)).isEqualTo(revealsBefore + 1);
        String summary = jdbc.queryForObject("SELECT summary FROM t_" + A + ".audit_entry WHERE target_id = ? AND action "
                + "= 'member.id_number_revealed'", String.class, id.toString());
        assertThat(summary).doesNotContain(details.idNumber()).contains(IdCardNumber.mask(details.idNumber()));
    }

    @Test
    void plainMembersAndPlatformOperatorsCannotRevealAndNothingIsAudited() throws Exception {
        UUID id = idOf(enrol(A, MemberTestData.fullMember(branch())));

        mvc.perform(post(PATH + "/{id}/id-number/reveal", id).with(TestCallers.member(A)).header("X-Tenant", A))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:tenant-role-missing"));
        mvc.perform(post(PATH + "/{id}/id-number/reveal", id).with(TestCallers.platformAdmin()).header("X-Tenant", A))
                .andExpect(status().isForbidden());
        tenants().grantSupport(A, TestCallers.OPERATOR, java.time.Instant.now().plusSeconds(600), false);
        try {
            mvc.perform(post(PATH + "/{id}/id-number/reveal", id).with(TestCallers.platformAdmin()).header("X-Tenant", A))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("urn:partycloud:problem:support-access-no-reveal"));
        } finally {
            tenants().revokeSupport(A);
        }
        assertThat(audited("member.id_number_revealed", id)).isZero();
    }

    @Test
    void callersWithoutAnAssignmentListNothingAndCannotEnrolEditOrChangeStatus() throws Exception {
        UUID branch = branch();
        UUID id = idOf(enrol(A, MemberTestData.fullMember(branch)));

        mvc.perform(get(PATH).param("archive", "all").with(TestCallers.member(A)).header("X-Tenant", A))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(post(PATH).with(TestCallers.member(A)).header("X-Tenant", A).contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(MemberTestData.fullMember(branch))))
                .andExpect(status().isForbidden());
        mvc.perform(get(PATH + "/{id}", id).with(TestCallers.member(A)).header("X-Tenant", A))
                .andExpect(status().isNotFound());
        mvc.perform(put(PATH + "/{id}", id).with(TestCallers.member(A)).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON).content(toJson(MemberTestData.fullMember(branch))))
                .andExpect(status().isNotFound());
        mvc.perform(post(PATH + "/{id}/status-changes", id).with(TestCallers.member(A)).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("operation", "deceased", "date", TODAY.toString(), "reason", "x"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void auditsEveryChange() throws Exception {
        UUID id = idOf(enrol(A, MemberTestData.fullMember(branch())));
        changeStatus(id, Map.of("operation", "lost_contact", "date", TODAY.toString(), "reason", "多次联系未果"))
                .andExpect(status().isOk());

        assertThat(audited("member.created", id)).isEqualTo(1);
        assertThat(audited("member.status_changed", id)).isEqualTo(1);
    }

    @Test
    void answersNotFoundProblemForAnUnknownMember() throws Exception {
        mvc.perform(get(PATH + "/{id}", UUID.randomUUID()).with(TestCallers.member(A)).header("X-Tenant", A))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:member-not-found"));
        mvc.perform(get(PATH + "/{id}/history", UUID.randomUUID()).with(TestCallers.member(A)).header("X-Tenant", A))
                .andExpect(status().isNotFound());
    }

    private ResultActions enrol(String tenant, MemberDetails body) throws Exception {
        return mvc.perform(admin(post(PATH), tenant).contentType(MediaType.APPLICATION_JSON).content(toJson(body)));
    }

    private ResultActions changeStatus(UUID id, Map<String, String> body) throws Exception {
        return mvc.perform(admin(post(PATH + "/{id}/status-changes", id), A).contentType(MediaType.APPLICATION_JSON)
                .content(toJson(body)));
    }

    private ResultActions list(String tenant, Map<String, String> parameters) throws Exception {
        MockHttpServletRequestBuilder request = get(PATH).with(TestCallers.tenantAdmin(tenant)).header("X-Tenant", tenant);
        parameters.forEach(request::param);
        return mvc.perform(request);
    }

    /** A fresh branch under the committee, so a test's list sees only its own members. */
    private UUID branch() throws Exception {
        return organization(A, committee, "branch", "党支部 " + UUID.randomUUID().toString().substring(0, 8));
    }

    private UUID organization(String tenant, UUID parent, String type, String name) throws Exception {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "type", type));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return idOf(mvc.perform(admin(post(ORGANIZATIONS), tenant).contentType(MediaType.APPLICATION_JSON)
                .content(toJson(body))));
    }

    private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request, String tenant) {
        return request.with(TestCallers.tenantAdmin(tenant)).header("X-Tenant", tenant);
    }

    private UUID idOf(ResultActions created) throws Exception {
        String body = created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    private int audited(String action, UUID target) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM t_" + A + ".audit_entry WHERE action = ? AND target_id = ?",
                Integer.class, action, target.toString());
        return n == null ? 0 : n;
    }
}
