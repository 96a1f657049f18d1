package org.partycloud.affairs.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partycloud.platform.testsupport.ServiceIntegrationTest;
import org.partycloud.platform.testsupport.TestCallers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditApiIT extends ServiceIntegrationTest {

    private static final String A = "auditapia";
    private static final String PATH = "/api/affairs/audit";
    /** GB 11643's own example: a woman born on 31 December 1949 in Beijing. */
    private static final String ID_NUMBER = "11010519491231002X";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private String memberId;

    @BeforeAll
    void tenantWithAnOrganisationAMemberAndAReveal() throws Exception {
        tenants().freshActive(A);
        String org = created(post("/api/affairs/organizations"), Map.of("name", "第一党支部", "type", "branch"));
        memberId = created(post("/api/affairs/members"), Map.of("orgId", org, "name", "王芳", "idNumber", ID_NUMBER,
                "category", "full"));
        mvc.perform(admin(post("/api/affairs/members/{id}/id-number/reveal", memberId))).andExpect(status().isOk());
    }

    @Test
    void listsEveryChangeAndRevealNewestFirst() throws Exception {
        audit(Map.of())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].action",
                        contains("member.id_number_revealed", "member.created", "organization.founded")))
                .andExpect(jsonPath("$.items[0].actorId").value("admin-of-" + A))
                .andExpect(jsonPath("$.items[0].targetType").value("member"))
                .andExpect(jsonPath("$.items[0].targetId").value(memberId));
    }

    @Test
    void neverShowsTheFullIdNumber() throws Exception {
        String body = audit(Map.of()).andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain(ID_NUMBER).contains("110***********002X");
    }

    @Test
    void filtersByActionActorAndDays() throws Exception {
        audit(Map.of("action", "member.id_number_revealed")).andExpect(jsonPath("$.total").value(1));
        audit(Map.of("actor", "admin-of-" + A)).andExpect(jsonPath("$.total").value(3));
        audit(Map.of("actor", "someone-else")).andExpect(jsonPath("$.total").value(0));
        audit(Map.of("from", TODAY.toString(), "to", TODAY.toString()))
                .andExpect(jsonPath("$.items[*].actorId", everyItem(is("admin-of-" + A))))
                .andExpect(jsonPath("$.total").value(3));
        audit(Map.of("to", TODAY.minusDays(1).toString())).andExpect(jsonPath("$.total").value(0));
        audit(Map.of("from", TODAY.plusDays(1).toString())).andExpect(jsonPath("$.total").value(0));
        audit(Map.of("size", "1", "page", "2")).andExpect(jsonPath("$.items[0].action").value("organization.founded"));
    }

    @Test
    void refusesAnEndBeforeTheStartAndMalformedDates() throws Exception {
        audit(Map.of("from", TODAY.toString(), "to", TODAY.minusDays(1).toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.to").exists());
        audit(Map.of("from", "yesterday")).andExpect(status().isBadRequest());
    }

    @Test
    void onlyTheTenantAdminReadsTheAuditLog() throws Exception {
        mvc.perform(get(PATH).with(TestCallers.member(A)).header("X-Tenant", A))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:tenant-role-missing"));
    }

    private ResultActions audit(Map<String, String> parameters) throws Exception {
        MockHttpServletRequestBuilder request = admin(get(PATH));
        parameters.forEach(request::param);
        return mvc.perform(request);
    }

    private String created(MockHttpServletRequestBuilder request, Map<String, String> body) throws Exception {
        String response = mvc.perform(admin(request).contentType(MediaType.APPLICATION_JSON).content(toJson(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asString();
    }

    private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
        return request.with(TestCallers.tenantAdmin(A)).header("X-Tenant", A);
    }
}
