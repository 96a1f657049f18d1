package org.partycloud.affairs.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partycloud.platform.stats.DailyStatistics;
import org.partycloud.core.tenant.TenantStatus;
import org.partycloud.platform.testsupport.ServiceIntegrationTest;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * The nightly job against real PostgreSQL: a day over several tenants, one of which fails for real (its member
 * table is gone for the run), is restarted by POSTing the day again, which reruns that tenant's partition only
 * and ends with the figures an uninterrupted day has; once completed, the day is never computed again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DailyStatisticsIT extends ServiceIntegrationTest {

    private static final String A = "statsruna";
    private static final String B = "statsrunb";
    private static final String C = "statsrunc";
    private static final String SUSPENDED = "statsrund";
    private static final List<String> OURS = List.of(A, B, C);

    @Autowired
    private JobRepository repository;

    @Autowired
    private Clock clock;

    @Autowired
    private PlatformTransactionManager transactionManager;

    private StatsRunning stats;
    private LocalDate day;
    private LocalDate referenceDay;

    @BeforeAll
    void tenantsWithArchives() throws Exception {
        tenants().freshActive(A, B, C, SUSPENDED);
        stats = new StatsRunning(mvc, json, jdbc, repository);
        day = LocalDate.now(clock).minusDays(10);
        referenceDay = day.minusDays(1);
        stats.forget(day, referenceDay);
        int members = 1;
        for (String tenant : List.of(A, B, C, SUSPENDED)) {
            TenantArchive archive = new TenantArchive(mvc, json, tenant);
            UUID branch = archive.organization(null, "branch", "党支部");
            for (int i = 0; i < members; i++) {
                archive.member(branch, LocalDate.of(1985, 1, 1), i % 2 == 1, Map.of("education", "bachelor",
                        "probationaryDate", "2010-07-01", "fullMembershipDate", "2011-07-01"));
            }
            members++;
        }
        tenants().setStatus(SUSPENDED, TenantStatus.SUSPENDED);
    }

    @Test
    void aFailedDayRerunsOnlyTheTenantThatFailedAndOnceCompletedIsNeverComputedAgain() throws Exception {
        JsonNode reference = stats.runToEnd(referenceDay);
        assertThat(reference.get("status").asString()).isEqualTo("COMPLETED");
        Instant startedAt = Instant.parse(reference.get("startedAt").asString());
        assertThat(Instant.parse(reference.get("endedAt").asString())).isAfterOrEqualTo(startedAt);
        assertThat(startedAt).isBetween(Instant.now().minusSeconds(120), Instant.now());

        jdbc.execute("ALTER TABLE t_statsrunb.member RENAME TO member_away");
        JsonNode failed;
        try {
            failed = stats.runToEnd(day);
        } finally {
            jdbc.execute("ALTER TABLE t_statsrunb.member_away RENAME TO member");
        }
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("partitions").get("failed").asInt()).isEqualTo(1);
        assertThat(failed.get("partitions").get("completed").asInt())
                .isEqualTo(failed.get("partitions").get("total").asInt() - 1);
        assertThat(failed.get("failures")).hasSize(1);
        assertThat(failed.get("failures").get(0).get("tenant").asString()).isEqualTo(B);
        assertThat(failed.get("failures").get(0).get("message").asString()).contains("member").doesNotContain("\n");
        assertThat(figures(day, B)).isEmpty();
        List<Map<String, Object>> beforeRestart = rows(day, A, C);

        JsonNode restarted = stats.runToEnd(day);

        assertThat(restarted.get("executionId").asLong()).isNotEqualTo(failed.get("executionId").asLong());
        assertThat(restarted.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(restarted.get("partitions").get("total").asInt())
                .isEqualTo(failed.get("partitions").get("total").asInt());
        assertThat(restarted.get("partitions").get("completed").asInt())
                .isEqualTo(restarted.get("partitions").get("total").asInt());
        assertThat(restarted.get("failures")).isEmpty();
        Map<String, Integer> workerRuns = stats.workerRuns(day);
        assertThat(workerRuns).containsEntry(A, 1).containsEntry(B, 2).containsEntry(C, 1)
                .doesNotContainKey(SUSPENDED);
        workerRuns.forEach((tenant, runs) -> assertThat(runs).as(tenant).isEqualTo(tenant.equals(B) ? 2 : 1));
        assertThat(rows(day, A, C)).as("completed tenants were not computed again").isEqualTo(beforeRestart);
        for (String tenant : OURS) {
            assertThat(figures(day, tenant)).as(tenant).isNotEmpty().isEqualTo(figures(referenceDay, tenant));
        }
        assertThat(figures(day, SUSPENDED)).isEmpty();

        List<Map<String, Object>> completedDay = rows(day, A, B, C);
        JsonNode again = stats.start(day);

        assertThat(again.get("executionId").asLong()).isEqualTo(restarted.get("executionId").asLong());
        assertThat(again.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(stats.executions(day)).isEqualTo(2);
        assertThat(stats.workerRuns(day)).isEqualTo(workerRuns);
        assertThat(rows(day, A, B, C)).isEqualTo(completedDay);
    }

    @Test
    void aRunLeftStartedByAStoppedServiceIsResumedOnceItShowsNoProgressAndNotBefore() throws Exception {
        LocalDate crashed = referenceDay.minusDays(2);
        LocalDate busy = referenceDay.minusDays(3);
        stats.forget(crashed, busy);
        long execution = stats.runToEnd(crashed).get("executionId").asLong();
        // What a service killed in the middle of the day leaves behind: the run and tenant B's step STARTED,
        // B's figures not written, nothing updated for an hour.
        LocalDateTime anHourAgo = LocalDateTime.now().minusHours(1);
        jdbc.update("UPDATE platform.batch_job_execution SET status = 'STARTED', exit_code = 'UNKNOWN', end_time = NULL,"
                + " create_time = ?, start_time = ?, last_updated = ? WHERE job_execution_id = ?", anHourAgo, anHourAgo,
                anHourAgo, execution);
        jdbc.update("UPDATE platform.batch_step_execution SET last_updated = ? WHERE job_execution_id = ?", anHourAgo,
                execution);
        jdbc.update("UPDATE platform.batch_step_execution SET status = 'STARTED', exit_code = 'EXECUTING', end_time = NULL"
                + " WHERE job_execution_id = ? AND step_name IN (?, ?)", execution, DailyStatistics.MANAGER,
                DailyStatistics.WORKER + ":" + B);
        jdbc.update("DELETE FROM platform.stat_daily_figure WHERE stat_date = ? AND tenant_key = ?", crashed, B);

        JsonNode resumed = stats.runToEnd(crashed);

        assertThat(resumed.get("executionId").asLong()).isNotEqualTo(execution);
        assertThat(resumed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(stats.workerRuns(crashed)).containsEntry(A, 1).containsEntry(B, 2).containsEntry(C, 1);
        assertThat(figures(crashed, B)).isNotEmpty().isEqualTo(figures(referenceDay, B));
        assertThat(jdbc.queryForObject("SELECT status FROM platform.batch_job_execution WHERE job_execution_id = ?",
                String.class, execution)).isEqualTo("FAILED");

        // A run that moved a minute ago is running, whatever its age: it is answered, not restarted.
        long running = stats.runToEnd(busy).get("executionId").asLong();
        LocalDateTime aMinuteAgo = LocalDateTime.now().minusMinutes(1);
        jdbc.update("UPDATE platform.batch_job_execution SET status = 'STARTED', end_time = NULL, start_time = ?,"
                + " last_updated = ? WHERE job_execution_id = ?", anHourAgo, aMinuteAgo, running);
        JsonNode answered = stats.start(busy);
        assertThat(answered.get("executionId").asLong()).isEqualTo(running);
        assertThat(answered.get("status").asString()).isEqualTo("STARTED");
        assertThat(stats.executions(busy)).isEqualTo(1);
    }

    @Test
    void storesEachTenantsOwnFigures() throws Exception {
        LocalDate own = referenceDay.minusDays(1);
        stats.forget(own);
        assertThat(stats.runToEnd(own).get("status").asString()).isEqualTo("COMPLETED");

        assertThat(figures(own, A)).contains("members/total=1", "organizations/total=1");
        assertThat(figures(own, B)).contains("members/total=2", "members.gender/FEMALE=1");
        assertThat(figures(own, C)).contains("members/total=3", "members.gender/MALE=2");
    }

    @Test
    void keepsTheServicesOwnJpaTransactionManagerForEverythingButTheJob() {
        assertThat(transactionManager).isInstanceOf(JpaTransactionManager.class);
    }

    /** The tenant's figures of the day as metric/dimension=value, in order. */
    private List<String> figures(LocalDate date, String tenant) {
        return jdbc.queryForList("""
                SELECT metric || '/' || dimension || '=' || value FROM platform.stat_daily_figure
                WHERE stat_date = ? AND tenant_key = ? ORDER BY metric, dimension
                """, String.class, date, tenant);
    }

    /** The stored rows of the tenants' day, computed_at included. */
    private List<Map<String, Object>> rows(LocalDate date, String... tenants) {
        return jdbc.queryForList("""
                SELECT * FROM platform.stat_daily_figure WHERE stat_date = ? AND tenant_key = ANY (?)
                ORDER BY tenant_key, metric, dimension
                """, date, tenants);
    }
}
