package org.partycloud.affairs.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partycloud.platform.testsupport.ServiceIntegrationTest;
import org.partycloud.platform.testsupport.TestCallers;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/** {@code /internal/stats/**}: for service accounts only, problems for bad input, figures paged by whole tenants. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsApiIT extends ServiceIntegrationTest {

    private static final String A = "statsapia";
    private static final String B = "statsapib";
    private static final String C = "statsapic";
    private static final String PROBLEM = "urn:partycloud:problem:";

    @Autowired
    private JobRepository repository;

    @Autowired
    private Clock clock;

    private StatsRunning stats;
    private LocalDate today;
    private LocalDate day;

    @BeforeAll
    void computedDay() throws Exception {
        tenants().freshActive(A, B, C);
        for (String tenant : List.of(A, B, C)) {
            TenantArchive archive = new TenantArchive(mvc, json, tenant);
            UUID branch = archive.organization(null, "branch", "党支部");
            archive.member(branch, LocalDate.of(1980, 5, 5), true, Map.of());
        }
        stats = new StatsRunning(mvc, json, jdbc, repository);
        today = LocalDate.now(clock);
        day = today.minusDays(20);
        stats.forget(day);
        assertThat(stats.runToEnd(day).get("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void refusesEveryoneButServiceAccounts() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(startRequest("{\"date\":\"" + day + "\"}"),
                get("/internal/stats/runs/1"), get("/internal/stats/figures").param("date", day.toString()))) {
            mvc.perform(request).andExpect(status().isUnauthorized());
        }
        for (var user : List.of(TestCallers.tenantAdmin(A), TestCallers.member(A), TestCallers.platformAdmin())) {
            mvc.perform(startRequest("{\"date\":\"" + day + "\"}").with(user).header("X-Tenant", A))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/internal/stats/figures").param("date", day.toString()).with(user).header("X-Tenant", A))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/internal/stats/runs/1").with(user)).andExpect(status().isForbidden());
        }
    }

    @Test
    void refusesAFutureMissingOrMalformedDay() throws Exception {
        mvc.perform(startRequest("{\"date\":\"" + today.plusDays(1) + "\"}").with(TestCallers.service()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEM + "validation"))
                .andExpect(jsonPath("$.errors.date").exists());
        mvc.perform(startRequest("{}").with(TestCallers.service()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEM + "validation"))
                .andExpect(jsonPath("$.errors.date").exists());
        mvc.perform(startRequest("{\"date\":\"2026-13-45\"}").with(TestCallers.service()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").exists());
        mvc.perform(get("/internal/stats/figures").param("date", "yesterday").with(TestCallers.service()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEM + "validation"));
        mvc.perform(get("/internal/stats/figures").with(TestCallers.service()))
                .andExpect(status().isBadRequest());
        for (String limit : List.of("0", "1001")) {
            mvc.perform(get("/internal/stats/figures").param("date", day.toString()).param("limit", limit)
                            .with(TestCallers.service()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value(PROBLEM + "validation"));
        }
    }

    @Test
    void answersNotFoundForARunThatDoesNotExist() throws Exception {
        mvc.perform(get("/internal/stats/runs/{id}", 987654321L).with(TestCallers.service()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEM + "stats-run-not-found"));
    }

    @Test
    void pagesThroughWholeTenantsInKeyOrder() throws Exception {
        List<String> stored = jdbc.queryForList("""
                SELECT DISTINCT tenant_key FROM platform.stat_daily_figure WHERE stat_date = ? ORDER BY tenant_key
                """, String.class, day);
        assertThat(stored).contains(A, B, C);

        List<String> seen = new ArrayList<>();
        int rows = 0;
        String after = "";
        for (int page = 0; page <= stored.size(); page++) {
            JsonNode body = figures(after, 2);
            assertThat(body.get("date").asString()).isEqualTo(day.toString());
            List<String> tenantsOfPage = new ArrayList<>();
            for (JsonNode item : body.get("items")) {
                String tenant = item.get("tenant").asString();
                if (!tenantsOfPage.contains(tenant)) {
                    tenantsOfPage.add(tenant);
                }
                rows++;
            }
            assertThat(tenantsOfPage).hasSizeBetween(1, 2);
            seen.addAll(tenantsOfPage);
            if (body.get("next").isNull()) {
                break;
            }
            assertThat(body.get("next").asString()).isEqualTo(tenantsOfPage.get(tenantsOfPage.size() - 1));
            after = body.get("next").asString();
        }
        assertThat(seen).isEqualTo(stored);
        assertThat(rows).isEqualTo(jdbc.queryForObject(
                "SELECT count(*) FROM platform.stat_daily_figure WHERE stat_date = ?", Integer.class, day));

        JsonNode fromB = figures(A, 1);
        assertThat(fromB.get("items").get(0).get("tenant").asString()).isEqualTo(B);
        assertThat(fromB.get("items")).allSatisfy(item -> assertThat(item.get("tenant").asString()).isEqualTo(B));
        assertThat(fromB.get("items")).anySatisfy(item -> {
            assertThat(item.get("metric").asString()).isEqualTo("members.gender");
            assertThat(item.get("dimension").asString()).isEqualTo("FEMALE");
            assertThat(item.get("value").asLong()).isEqualTo(1);
        });
        JsonNode afterLast = figures(stored.get(stored.size() - 1), 200);
        assertThat(afterLast.get("items")).isEmpty();
        assertThat(afterLast.get("next").isNull()).isTrue();
    }

    private JsonNode figures(String after, int limit) throws Exception {
        return json.readTree(mvc.perform(get("/internal/stats/figures").param("date", day.toString())
                        .param("after", after).param("limit", String.valueOf(limit)).with(TestCallers.service()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static MockHttpServletRequestBuilder startRequest(String body) {
        return post("/internal/stats/runs").contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
