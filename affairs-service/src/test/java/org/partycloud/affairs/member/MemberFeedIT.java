package org.partycloud.affairs.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partycloud.platform.tenancy.TenantContext;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.platform.testsupport.ServiceIntegrationTest;
import org.partycloud.platform.testsupport.TestCallers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Members and organisations on the change feed: in commit order, and nothing for a change rolled back. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberFeedIT extends ServiceIntegrationTest {

    private static final String TENANT = "memfeed";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    private MemberService service;

    @Autowired
    private TransactionTemplate transactions;

    private UUID branch;
    private long beforeBranch;

    @BeforeAll
    void activeTenantWithABranch() throws Exception {
        tenants().freshActive(TENANT);
        beforeBranch = lastSeq();
        String body = mvc.perform(post("/api/affairs/organizations").with(TestCallers.tenantAdmin(TENANT))
                        .header("X-Tenant", TENANT).contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("name", "第一党支部", "type", "branch"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        branch = UUID.fromString(json.readTree(body).get("id").asString());
    }

    @Test
    void announcesEveryChangeOfAMemberInOrderWithoutIdOrPhoneNumbers() throws Exception {
        long cursor = lastSeq();
        MemberDetails details = MemberTestData.probationaryMember(branch);
        String created = mvc.perform(post("/api/affairs/members").with(TestCallers.tenantAdmin(TENANT))
                        .header("X-Tenant", TENANT).contentType(MediaType.APPLICATION_JSON).content(toJson(details)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(json.readTree(created).get("id").asString());
        mvc.perform(put("/api/affairs/members/{id}", id).with(TestCallers.tenantAdmin(TENANT)).header("X-Tenant", TENANT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(MemberTestData.named(details, "李四新"))))
                .andExpect(status().isOk());
        mvc.perform(post("/api/affairs/members/{id}/status-changes", id).with(TestCallers.tenantAdmin(TENANT))
                        .header("X-Tenant", TENANT).contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("operation", "convert_to_full", "date", TODAY.toString(),
                                "reason", "支部大会讨论通过"))))
                .andExpect(status().isOk());

        List<JsonNode> entries = feedAfter(cursor, id.toString());

        assertThat(entries).extracting(e -> e.get("type").asString()).containsOnly("member.changed");
        assertThat(entries).extracting(e -> e.get("payload").get("name").asString())
                .containsExactly("李四", "李四新", "李四新");
        assertThat(entries).extracting(e -> e.get("payload").get("category").asString())
                .containsExactly("probationary", "probationary", "full");
        assertThat(entries).extracting(e -> e.get("seq").asLong()).isSorted();
        JsonNode payload = entries.get(0).get("payload");
        assertThat(payload.get("orgId").asString()).isEqualTo(branch.toString());
        assertThat(payload.get("status").asString()).isEqualTo("normal");
        assertThat(payload.has("idNumber")).isFalse();
        assertThat(payload.has("phone")).isFalse();
        assertThat(payload.toString()).doesNotContain(details.idNumber());
    }

    @Test
    void aRolledBackChangeLeavesNoFeedEntryNoMemberNoHistoryAndNoAuditLine() {
        long feedBefore = count("SELECT count(*) FROM platform.change_feed");
        long membersBefore = count("SELECT count(*) FROM t_" + TENANT + ".member");
        long historyBefore = count("SELECT count(*) FROM t_" + TENANT + ".member_history");
        long auditBefore = count("SELECT count(*) FROM t_" + TENANT + ".audit_entry");

        asTenantAdmin(() -> transactions.executeWithoutResult(tx -> {
            service.enrol(MemberTestData.fullMember(branch));
            assertThat(count("SELECT count(*) FROM platform.change_feed")).isEqualTo(feedBefore + 1);
            tx.setRollbackOnly();
        }));

        assertThat(count("SELECT count(*) FROM platform.change_feed")).isEqualTo(feedBefore);
        assertThat(count("SELECT count(*) FROM t_" + TENANT + ".member")).isEqualTo(membersBefore);
        assertThat(count("SELECT count(*) FROM t_" + TENANT + ".member_history")).isEqualTo(historyBefore);
        assertThat(count("SELECT count(*) FROM t_" + TENANT + ".audit_entry")).isEqualTo(auditBefore);
    }

    @Test
    void announcesOrganisationsAsChanged() throws Exception {
        List<JsonNode> entries = feedAfter(beforeBranch, branch.toString());

        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("type").asString()).isEqualTo("organization.changed");
        assertThat(entries.get(0).get("payload").get("name").asString()).isEqualTo("第一党支部");
    }

    /** Runs the work as this tenant's admin, the way a request would, outside MockMvc. */
    private void asTenantAdmin(Runnable work) {
        Jwt jwt = Jwt.withTokenValue("test").header("alg", "none").subject("admin-of-" + TENANT)
                .claim("organization", Map.of(TENANT, Map.of("realm_access", Map.of("roles", List.of("tenant-admin")))))
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
        try {
            TenantContext.run(TenantKey.of(TENANT), work);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private List<JsonNode> feedAfter(long cursor, String subject) throws Exception {
        String body = mvc.perform(get("/internal/feed").param("after", String.valueOf(cursor)).param("limit", "1000")
                        .with(TestCallers.service()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<JsonNode> entries = new ArrayList<>();
        for (JsonNode item : json.readTree(body).get("items")) {
            if (subject.equals(item.get("subject").asString())) {
                entries.add(item);
            }
        }
        return entries;
    }

    private long lastSeq() {
        return count("SELECT coalesce(max(seq), 0) FROM platform.change_feed");
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
