package org.partycloud.tenant.stats;

import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.partycloud.platform.web.ProblemException;
import org.partycloud.tenant.stats.DomainStatistics.Figure;
import org.partycloud.tenant.stats.DomainStatistics.FigurePage;
import org.partycloud.tenant.stats.DomainStatistics.SourceRun;
import org.partycloud.tenant.stats.RollUp.FigureKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The runs of the nightly statistics. A run of a day asks every domain service to compute that day's figures
 * (its Spring Batch job: a day already computed is answered as it is, a failed one resumes with only its
 * failed partitions), waits for them, collects the figures and rolls them up. A run whose domain job failed
 * rolls nothing up, so a committee never sees half a day; the operator runs the day again once the cause is
 * fixed. Runs go one at a time on one thread; a day has at most one run going (a unique index, whichever
 * replica starts it). The schedule runs yesterday's figures at 02:00 in the platform's zone.
 */
@Service
class StatsRuns {

    private static final Logger log = LoggerFactory.getLogger(StatsRuns.class);
    private static final String COLUMNS = """
            select id, stat_date, trigger, requested_by, status, started_at, ended_at, sources, tenants,
                   rows_written, error from platform.stats_run""";
    private static final TypeReference<Map<String, SourceRun>> SOURCES = new TypeReference<>() {
    };

    /** A run as the operator sees it: how long it took, each domain job's partitions and failures. */
    record RunView(UUID id, LocalDate statDate, String trigger, String requestedBy, String status, Instant startedAt,
            Instant endedAt, Long durationMillis, Map<String, SourceRun> sources, Integer tenants, Integer rowsWritten,
            String error) {
    }

    private final JdbcTemplate jdbc;
    private final DomainStatistics domains;
    private final RollUp rollUp;
    private final StatsProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final ZoneId zone;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stats-run");
        thread.setDaemon(true);
        return thread;
    });

    StatsRuns(JdbcTemplate jdbc, DomainStatistics domains, RollUp rollUp, StatsProperties properties,
            JsonMapper json, Clock clock, @Value("${partycloud.registry.zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.domains = domains;
        this.rollUp = rollUp;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.zone = zone;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Runs that were going when the service stopped can never finish: they end FAILED, to be run again. */
    @EventListener(ApplicationReadyEvent.class)
    void endInterrupted() {
        int ended = jdbc.update("""
                update platform.stats_run set status = 'FAILED', ended_at = ?,
                       error = 'Interrupted: tenant-service stopped during the run. Run the day again.'
                where status = 'RUNNING'""", Timestamp.from(clock.instant()));
        if (ended > 0) {
            log.warn("{} statistics run(s) were interrupted by a restart and are marked FAILED", ended);
        }
    }

    /** Yesterday's figures, every night; a day already running is left alone. */
    @Scheduled(cron = "${partycloud.stats.cron:0 0 2 * * *}", zone = "${partycloud.registry.zone:Asia/Shanghai}")
    void nightly() {
        LocalDate yesterday = LocalDate.now(clock.withZone(zone)).minusDays(1);
        RunView run = start(yesterday, "SCHEDULE", "schedule");
        log.info("Nightly statistics of {}: run {} {}", yesterday, run.id(), run.status());
    }

    /** Starts a run of the day, or answers the run of that day that is already going. */
    RunView start(LocalDate date, String trigger, String requestedBy) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (date.isAfter(today)) {
            throw ProblemException.badRequest("stat-date-in-future",
                    "Figures of " + date + " cannot be computed before the day has come (today is " + today + ").")
                    .with("date", date.toString());
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.update("""
                    insert into platform.stats_run (id, stat_date, trigger, requested_by, status, started_at)
                    values (?, ?, ?, ?, 'RUNNING', ?)""", id, date, trigger, requestedBy, Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException running) {
            return find("where stat_date = ? and status = 'RUNNING'", date).orElseThrow(() -> running);
        }
        executor.execute(() -> execute(id, date));
        return get(id);
    }

    RunView get(UUID id) {
        return find("where id = ?", id).orElseThrow(() -> ProblemException.notFound("stats-run-not-found",
                "There is no statistics run " + id + ".").with("id", id.toString()));
    }

    List<RunView> list(int page, int size) {
        return jdbc.query(COLUMNS + " order by started_at desc, id limit ? offset ?", this::toView, size,
                (long) page * size);
    }

    long count() {
        Long count = jdbc.queryForObject("select count(*) from platform.stats_run", Long.class);
        return count == null ? 0 : count;
    }

    private Optional<RunView> find(String where, Object argument) {
        return jdbc.query(COLUMNS + " " + where, this::toView, argument).stream().findFirst();
    }

    private void execute(UUID id, LocalDate date) {
        Map<String, SourceRun> sources = new LinkedHashMap<>();
        try {
            for (var source : properties.activeSources().entrySet()) {
                SourceRun run = follow(id, source.getKey(), source.getValue(), date, sources);
                if (!run.completed()) {
                    fail(id, source.getKey() + ": the job of " + date + " ended " + run.status() + failures(run));
                    return;
                }
            }
            Map<String, Map<FigureKey, Long>> own = collect(date);
            RollUp.Result result = rollUp.write(date, own, clock.instant());
            jdbc.update("""
                    update platform.stats_run set status = 'COMPLETED', ended_at = ?, tenants = ?, rows_written = ?
                    where id = ?""", Timestamp.from(clock.instant()), result.tenants(),
                    result.changed() ? result.rows() : 0, id);
            log.info("Statistics of {} rolled up: {} tenants, {} figures{}", date, result.tenants(), result.rows(),
                    result.changed() ? "" : " (unchanged)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(id, "Interrupted: tenant-service is stopping.");
        } catch (RuntimeException e) {
            log.warn("Statistics run {} of {} failed", id, date, e);
            fail(id, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Starts (or resumes) one domain job and polls it until it ends, recording what it reports. */
    private SourceRun follow(UUID id, String name, String baseUrl, LocalDate date, Map<String, SourceRun> sources)
            throws InterruptedException {
        SourceRun run = domains.start(baseUrl, date);
        Instant deadline = clock.instant().plus(properties.sourceTimeout());
        while (true) {
            sources.put(name, run);
            saveSources(id, sources);
            if (run.finished()) {
                return run;
            }
            if (clock.instant().isAfter(deadline)) {
                throw new IllegalStateException(name + ": the job of " + date + " did not end within "
                        + properties.sourceTimeout());
            }
            Thread.sleep(properties.pollInterval().toMillis());
            run = domains.status(baseUrl, run.executionId());
        }
    }

    /** Every tenant's own figures of the day, from every source (their metrics do not overlap). */
    private Map<String, Map<FigureKey, Long>> collect(LocalDate date) {
        Map<String, Map<FigureKey, Long>> own = new HashMap<>();
        for (String baseUrl : properties.activeSources().values()) {
            String after = null;
            do {
                FigurePage page = domains.figures(baseUrl, date, after, properties.pageSize());
                for (Figure figure : page.items()) {
                    own.computeIfAbsent(figure.tenant(), k -> new HashMap<>())
                            .merge(new FigureKey(figure.metric(), figure.dimension()), figure.value(), Long::sum);
                }
                after = page.next();
            } while (after != null);
        }
        return own;
    }

    private static String failures(SourceRun run) {
        if (run.failures() == null || run.failures().isEmpty()) {
            return ".";
        }
        StringBuilder text = new StringBuilder(": ");
        run.failures().stream().limit(10).forEach(f -> text.append(f.tenant()).append(" (").append(f.message())
                .append("); "));
        if (run.failures().size() > 10) {
            text.append("and ").append(run.failures().size() - 10).append(" more.");
        }
        return text.toString().strip();
    }

    private void saveSources(UUID id, Map<String, SourceRun> sources) {
        jdbc.update("update platform.stats_run set sources = ?::jsonb where id = ?", json.writeValueAsString(sources),
                id);
    }

    private void fail(UUID id, String error) {
        String text = error.length() > 4000 ? error.substring(0, 4000) : error;
        jdbc.update("update platform.stats_run set status = 'FAILED', ended_at = ?, error = ? where id = ?",
                Timestamp.from(clock.instant()), text, id);
    }

    private RunView toView(ResultSet rs, int row) throws SQLException {
        Instant started = rs.getTimestamp("started_at").toInstant();
        Timestamp endedAt = rs.getTimestamp("ended_at");
        Instant ended = endedAt == null ? null : endedAt.toInstant();
        return new RunView(rs.getObject("id", UUID.class), rs.getObject("stat_date", LocalDate.class),
                rs.getString("trigger"), rs.getString("requested_by"), rs.getString("status"), started, ended,
                ended == null ? null : Duration.between(started, ended).toMillis(),
                json.readValue(rs.getString("sources"), SOURCES), (Integer) rs.getObject("tenants"),
                (Integer) rs.getObject("rows_written"), rs.getString("error"));
    }
}
