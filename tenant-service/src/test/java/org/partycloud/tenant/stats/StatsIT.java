package org.partycloud.tenant.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partycloud.tenant.TenantServiceIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * The nightly statistics from the operator's run to the committee's dashboard, over a domain service stub that
 * serves per-tenant figures: sums over two levels of committees, one row per direct subordinate, drill-down
 * only below, a failed domain job rolls nothing up, a second run of a day changes nothing, an unlinked tenant
 * leaves the next day's figures, who may read and run what, and a scan of every dashboard answer for anything
 * that is not a count or a tenant's name.
 *
 * <p>Hierarchy: top (committee) ← mid (committee) ← a, b; top ← c; x never linked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsIT extends TenantServiceIntegrationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    /** Keys a dashboard answer may hold: the view's fields, metric names and their dimensions. */
    private static final Set<String> VIEW_FIELDS = Set.of("tenant", "path", "date", "computedAt", "figures", "own",
            "subordinates", "trend", "key", "name", "kind", "hasSubordinates", "members", "organizations");
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{6}(\\d{8}|\\*{8})\\d{3}[\\dX*]");
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}");

    private StatsSourceStub source;
    private String top;
    private String mid;
    private String a;
    private String b;
    private String c;
    private String x;
    private final List<JsonNode> dashboards = new ArrayList<>();

    @BeforeAll
    void hierarchyAndSource() throws Exception {
        source = new StatsSourceStub(STATS_SOURCE_PORT);
        top = registerActiveCommittee("stop");
        mid = registerActiveCommittee("smid");
        a = registerActive("sa", "standard").get("key").asString();
        b = registerActive("sb", "standard").get("key").asString();
        c = registerActive("sc", "standard").get("key").asString();
        x = registerActive("sx", "standard").get("key").asString();
        linkBelow(top, mid);
        linkBelow(mid, a);
        linkBelow(mid, b);
        linkBelow(top, c);
    }

    @AfterAll
    void stopSource() {
        source.close();
    }

    /** Members, full, probationary, organisations of a tenant on a day. */
    private void figures(LocalDate day, String tenant, int full, int probationary, int organizations) {
        source.figures(day, tenant, "members/total", full + probationary, "members.category/FULL", full,
                "members.category/PROBATIONARY", probationary, "members.gender/FEMALE", probationary,
                "members.gender/MALE", full, "organizations/total", organizations, "organizations.type/BRANCH",
                organizations, "officers.termsEndingSoon/total", 1, "members.ethnicity/汉族", full + probationary);
    }

    private void allFigures(LocalDate day) {
        figures(day, top, 3, 0, 1);
        figures(day, mid, 4, 1, 2);
        figures(day, a, 10, 2, 3);
        figures(day, b, 20, 3, 4);
        figures(day, c, 30, 4, 5);
        figures(day, x, 100, 50, 9);
    }

    private ResultActions startRun(LocalDate day) throws Exception {
        return mvc.perform(post("/api/tenant/stats/runs").with(operator()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\":\"" + day + "\"}"));
    }

    /** Runs the day as an operator and waits for the run to end; answers the run. */
    private JsonNode run(LocalDate day) throws Exception {
        String location = startRun(day).andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/tenant/stats/runs/")))
                .andReturn().getResponse().getHeader("Location");
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> !"RUNNING".equals(read(location).get("status").asString()));
        return read(location);
    }

    private JsonNode read(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(operator())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private JsonNode dashboard(String tenant, RequestPostProcessor caller, String query) throws Exception {
        JsonNode view = json.readTree(mvc.perform(get("/api/tenant/dashboard" + query).header("X-Tenant", tenant)
                .with(caller)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        dashboards.add(view);
        return view;
    }

    private JsonNode dashboard(String tenant, String query) throws Exception {
        return dashboard(tenant, memberOf(tenant, "committee-viewer"), query);
    }

    private static long figure(JsonNode figures, String metric, String dimension) {
        return figures.get(metric).get(dimension).asLong();
    }

    @Test
    void aCommitteeSeesTheSumOfEverythingBelowItOverTwoLevelsAndOneRowPerDirectSubordinate() throws Exception {
        allFigures(DAY);
        JsonNode run = run(DAY);
        assertThat(run.get("status").asString()).as("run %s", run).isEqualTo("COMPLETED");
        assertThat(run.get("trigger").asString()).isEqualTo("OPERATOR");
        assertThat(run.get("requestedBy").asString()).isEqualTo("operator");
        assertThat(run.get("durationMillis").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(run.get("sources").get("affairs").get("status").asString()).isEqualTo("COMPLETED");
        assertThat(run.get("sources").get("affairs").get("partitions").get("failed").asInt()).isZero();

        JsonNode view = dashboard(top, "?date=" + DAY);
        assertThat(view.get("date").asString()).isEqualTo(DAY.toString());
        assertThat(view.get("tenant").get("key").asString()).isEqualTo(top);
        assertThat(view.get("tenant").get("kind").asString()).isEqualTo("committee");
        // top 3 + mid 5 + a 12 + b 23 + c 34; x (150) never linked.
        assertThat(figure(view.get("figures"), "members", "total")).isEqualTo(3 + 5 + 12 + 23 + 34);
        assertThat(figure(view.get("figures"), "members.category", "FULL")).isEqualTo(3 + 4 + 10 + 20 + 30);
        assertThat(figure(view.get("figures"), "members.category", "PROBATIONARY")).isEqualTo(0 + 1 + 2 + 3 + 4);
        assertThat(figure(view.get("figures"), "organizations", "total")).isEqualTo(1 + 2 + 3 + 4 + 5);
        assertThat(figure(view.get("figures"), "members.ethnicity", "汉族")).isEqualTo(77);
        assertThat(figure(view.get("own"), "members", "total")).isEqualTo(3);

        List<String> rows = view.get("subordinates").valueStream().map(r -> r.get("key").asString()).toList();
        assertThat(rows).containsExactlyInAnyOrder(mid, c);
        JsonNode midRow = view.get("subordinates").valueStream().filter(r -> r.get("key").asString().equals(mid))
                .findFirst().orElseThrow();
        assertThat(midRow.get("hasSubordinates").asBoolean()).isTrue();
        assertThat(figure(midRow.get("figures"), "members", "total")).isEqualTo(5 + 12 + 23);
        assertThat(figure(midRow.get("figures"), "organizations", "total")).isEqualTo(2 + 3 + 4);
        assertThat(figure(midRow.get("figures"), "officers.termsEndingSoon", "total")).isEqualTo(3);
        assertThat(midRow.get("figures").has("members.gender")).as("rows carry the table's metrics only").isFalse();

        // Drill-down, one level at a time, with the path back up.
        JsonNode intoMid = dashboard(top, "?date=" + DAY + "&subordinate=" + mid);
        assertThat(figure(intoMid.get("figures"), "members", "total")).isEqualTo(5 + 12 + 23);
        assertThat(intoMid.get("path").valueStream().map(p -> p.get("key").asString())).containsExactly(top, mid);
        assertThat(intoMid.get("subordinates").valueStream().map(r -> r.get("key").asString()))
                .containsExactlyInAnyOrder(a, b);
        JsonNode intoA = dashboard(top, "?date=" + DAY + "&subordinate=" + a);
        assertThat(intoA.get("path").valueStream().map(p -> p.get("key").asString())).containsExactly(top, mid, a);
        assertThat(figure(intoA.get("figures"), "members", "total")).isEqualTo(12);
        assertThat(intoA.get("subordinates").isEmpty()).isTrue();

        // Never below: not reachable, whatever the caller tries.
        mvc.perform(get("/api/tenant/dashboard?date=" + DAY + "&subordinate=" + x).header("X-Tenant", top)
                .with(memberOf(top, "committee-viewer"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:tenant-not-below"));
        mvc.perform(get("/api/tenant/dashboard?date=" + DAY + "&subordinate=" + top).header("X-Tenant", mid)
                .with(memberOf(mid, "tenant-admin"))).andExpect(status().isNotFound());

        // Every tenant admin sees their own tenant's figures; the middle committee its own subtree.
        JsonNode own = dashboard(x, memberOf(x, "tenant-admin"), "");
        assertThat(figure(own.get("figures"), "members", "total")).isEqualTo(150);
        assertThat(own.get("subordinates").isEmpty()).isTrue();
        JsonNode midView = dashboard(mid, memberOf(mid, "tenant-admin"), "?date=" + DAY);
        assertThat(figure(midView.get("figures"), "members", "total")).isEqualTo(40);
        assertThat(midView.get("path").valueStream().map(p -> p.get("key").asString())).containsExactly(mid);
    }

    @Test
    void aFailedDomainJobRollsNothingUpAndTheDayRunAgainCompletes() throws Exception {
        LocalDate day = DAY.plusDays(5);
        allFigures(day);
        source.failFor(day, b);
        JsonNode failed = run(day);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("error").asString()).contains("affairs", "FAILED", b);
        assertThat(failed.get("sources").get("affairs").get("failures").get(0).get("tenant").asString()).isEqualTo(b);
        assertThat(jdbc.queryForObject("select count(*) from platform.dashboard_figure where stat_date = ?",
                Integer.class, day)).isZero();
        JsonNode empty = dashboard(top, "?date=" + day);
        assertThat(empty.get("date").isNull()).isTrue();
        assertThat(empty.get("figures").isEmpty()).isTrue();

        source.heal(day);
        JsonNode again = run(day);
        assertThat(again.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(figure(dashboard(top, "?date=" + day).get("figures"), "members", "total")).isEqualTo(77);
    }

    @Test
    void aSecondRunOfADayChangesNothing() throws Exception {
        LocalDate day = DAY.plusDays(10);
        allFigures(day);
        assertThat(run(day).get("status").asString()).isEqualTo("COMPLETED");
        List<Map<String, Object>> figuresBefore = jdbc.queryForList(
                "select * from platform.dashboard_figure where stat_date = ? order by 1, 2, 3, 4, 5", day);
        List<Map<String, Object>> tenantsBefore = jdbc.queryForList(
                "select * from platform.dashboard_tenant where stat_date = ? order by 1", day);

        JsonNode second = run(day);
        assertThat(second.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(second.get("rowsWritten").asInt()).isZero();
        assertThat(jdbc.queryForList("select * from platform.dashboard_figure where stat_date = ? order by 1, 2, 3, 4, 5",
                day)).isEqualTo(figuresBefore);
        assertThat(jdbc.queryForList("select * from platform.dashboard_tenant where stat_date = ? order by 1", day))
                .as("not even the computation time changes").isEqualTo(tenantsBefore);
    }

    @Test
    void aTenantThatUnlinksLeavesItsFormerCommitteesNextFiguresAndTheTrendShowsBothDays() throws Exception {
        String committee = registerActiveCommittee("sucom");
        String leaving = registerActive("sul", "standard").get("key").asString();
        String staying = registerActive("sus", "standard").get("key").asString();
        linkBelow(committee, leaving);
        linkBelow(committee, staying);
        LocalDate first = DAY.plusDays(20);
        LocalDate next = first.plusDays(1);
        for (LocalDate day : List.of(first, next)) {
            allFigures(day);
            figures(day, committee, 1, 0, 1);
            figures(day, leaving, 7, 0, 1);
            figures(day, staying, 11, 0, 1);
        }
        assertThat(run(first).get("status").asString()).isEqualTo("COMPLETED");
        mvc.perform(delete("/api/tenant/superior").header("X-Tenant", leaving).with(memberOf(leaving, "tenant-admin")))
                .andExpect(status().isNoContent());
        assertThat(run(next).get("status").asString()).isEqualTo("COMPLETED");

        assertThat(figure(dashboard(committee, "?date=" + first).get("figures"), "members", "total")).isEqualTo(19);
        JsonNode latest = dashboard(committee, "");
        assertThat(latest.get("date").asString()).isEqualTo(next.toString());
        assertThat(figure(latest.get("figures"), "members", "total")).isEqualTo(12);
        assertThat(latest.get("subordinates").valueStream().map(r -> r.get("key").asString())).containsExactly(staying);
        assertThat(latest.get("trend").valueStream().map(p -> p.get("date").asString() + "=" + p.get("members").asLong()))
                .containsExactly(first + "=19", next + "=12");
        // The day it was below, it still is in that day's figures; not the next day.
        dashboard(committee, "?date=" + first + "&subordinate=" + leaving);
        mvc.perform(get("/api/tenant/dashboard?date=" + next + "&subordinate=" + leaving).header("X-Tenant", committee)
                .with(memberOf(committee, "committee-viewer"))).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheTenantsAdminsAndCommitteeViewersReadTheDashboardAndOnlyOperatorsRunDays() throws Exception {
        mvc.perform(get("/api/tenant/dashboard").header("X-Tenant", top).with(memberOf(top)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/tenant/dashboard").header("X-Tenant", top).with(memberOf(top, "branch-secretary")))
                .andExpect(status().isForbidden());
        // Another tenant's admin, with or without naming the committee.
        mvc.perform(get("/api/tenant/dashboard").header("X-Tenant", top).with(memberOf(x, "tenant-admin")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/tenant/dashboard?subordinate=" + a).header("X-Tenant", x).with(memberOf(x, "tenant-admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tenant/dashboard")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/tenant/dashboard").with(memberOf(top, "committee-viewer")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/tenant/dashboard?date=yesterday").header("X-Tenant", top)
                .with(memberOf(top, "committee-viewer"))).andExpect(status().isBadRequest());

        mvc.perform(post("/api/tenant/stats/runs").header("X-Tenant", top).with(memberOf(top, "tenant-admin"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"" + DAY + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/tenant/stats/runs").with(memberOf(top, "tenant-admin"))).andExpect(status().isForbidden());
        startRun(LocalDate.now().plusDays(2)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:stat-date-in-future"));
        mvc.perform(post("/api/tenant/stats/runs").with(operator()).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/tenant/stats/runs/{id}", java.util.UUID.randomUUID()).with(operator()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:stats-run-not-found"));
        mvc.perform(get("/api/tenant/stats/runs?size=5").with(operator())).andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(5));
    }

    @Test
    void aTenantWithoutFiguresYetSeesAnEmptyDashboardWithItsName() throws Exception {
        String fresh = registerActive("snew", "standard").get("key").asString();
        JsonNode view = dashboard(fresh, memberOf(fresh, "tenant-admin"), "");
        assertThat(view.get("date").isNull()).isTrue();
        assertThat(view.get("tenant").get("name").asString()).contains(fresh);
        assertThat(view.get("figures").isEmpty()).isTrue();
        assertThat(view.get("trend").isEmpty()).isTrue();
    }

    /** Runs last: every dashboard answer of this class holds counts and tenant names, nothing about a person. */
    @AfterAll
    void everyDashboardAnswerHoldsOnlyFiguresAndTenantNames() {
        assertThat(dashboards).as("dashboards were read").isNotEmpty();
        for (JsonNode view : dashboards) {
            scan(view, "$");
        }
    }

    private static void scan(JsonNode node, String path) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                boolean metricMap = path.endsWith(".figures") || path.endsWith(".own");
                boolean dimensionMap = path.matches(".*\\.(figures|own)\\.[a-zA-Z.]+$");
                if (!metricMap && !dimensionMap) {
                    assertThat(VIEW_FIELDS).as("field %s.%s", path, field.getKey()).contains(field.getKey());
                }
                if (dimensionMap) {
                    assertThat(field.getValue().isIntegralNumber()).as("%s.%s is a count", path, field.getKey()).isTrue();
                }
                scan(field.getValue(), path + "." + field.getKey());
            });
        } else if (node.isArray()) {
            node.forEach(item -> scan(item, path + "[]"));
        } else if (node.isString()) {
            String text = node.asString();
            assertThat(ID_NUMBER.matcher(text).find()).as("%s = %s looks like an ID number", path, text).isFalse();
            assertThat(PHONE.matcher(text).find()).as("%s = %s looks like a phone number", path, text).isFalse();
        }
    }
}
