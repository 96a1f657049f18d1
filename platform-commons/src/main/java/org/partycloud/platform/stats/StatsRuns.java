package org.partycloud.platform.stats;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partycloud.platform.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Starts a day's statistics and tells how a run went. A day has one job instance: a day
 * that completed is never computed again (the answer is its completed execution), a day that is running is
 * answered with the running execution, a day that failed or stopped is restarted, which reruns only the tenants
 * whose partition did not complete. Runs are launched on a task executor, so starting answers at once.
 */
public class StatsRuns implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StatsRuns.class);

    private final JobRepository repository;
    private final Job job;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration staleAfter;
    private final ThreadPoolTaskExecutor launcher = new ThreadPoolTaskExecutor();
    private final TaskExecutorJobOperator operator = new TaskExecutorJobOperator();

    StatsRuns(JobRepository repository, Job job, JdbcTemplate jdbc, Clock clock, Duration staleAfter) throws Exception {
        this.staleAfter = staleAfter;
        this.repository = repository;
        this.job = job;
        this.jdbc = jdbc;
        this.clock = clock;
        launcher.setCorePoolSize(2);
        launcher.setMaxPoolSize(2);
        launcher.setThreadNamePrefix("stats-run-");
        launcher.initialize();
        MapJobRegistry registry = new MapJobRegistry();
        registry.register(job);
        operator.setJobRegistry(registry);
        operator.setJobRepository(repository);
        operator.setTaskExecutor(launcher);
        operator.afterPropertiesSet();
    }

    /**
     * Runs the day unless it completed or is running; answers the execution that now stands for the day. A date
     * after the platform calendar's today is refused: its figures would not be figures of that day.
     */
    public synchronized RunView start(LocalDate statDate) {
        if (statDate.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("date", "must not be in the future (今天之后的日期不能统计)");
        }
        JobParameters parameters = parameters(statDate);
        Optional<JobExecution> last = lastExecution(parameters);
        if (last.isPresent() && last.get().isRunning() && abandonIfStale(last.get())) {
            last = lastExecution(parameters);
        }
        if (last.isPresent() && !restartable(last.get().getStatus())) {
            return view(last.get().getId()).orElseThrow();
        }
        try {
            return view(operator.start(job, parameters).getId()).orElseThrow();
        } catch (JobExecutionAlreadyRunningException | JobInstanceAlreadyCompleteException
                | DataIntegrityViolationException raced) {
            // another replica started or finished the day in between: answer what it did
            return lastExecution(parameters).flatMap(e -> view(e.getId())).orElseThrow(() -> conflict(statDate));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the statistics of " + statDate, e);
        }
    }

    /** The run of the statistics job with that execution id, if there is one. */
    public Optional<RunView> view(long executionId) {
        JobExecution execution;
        try {
            execution = repository.getJobExecution(executionId);
        } catch (EmptyResultDataAccessException unknown) {
            // Spring Batch 6.0's JDBC repository throws for an unknown id instead of answering null
            return Optional.empty();
        }
        if (execution == null || !DailyStatistics.JOB.equals(execution.getJobInstance().getJobName())) {
            return Optional.empty();
        }
        List<PartitionState> partitions = jdbc.query("""
                SELECT DISTINCT ON (s.step_name) s.step_name, s.step_execution_id, s.status
                FROM platform.batch_step_execution s
                JOIN platform.batch_job_execution e ON e.job_execution_id = s.job_execution_id
                WHERE e.job_instance_id = ? AND s.job_execution_id <= ? AND s.step_name LIKE ?
                ORDER BY s.step_name, s.step_execution_id DESC
                """, (rs, n) -> new PartitionState(rs.getString(1), rs.getLong(2), rs.getString(3)),
                execution.getJobInstance().getInstanceId(), executionId, DailyStatistics.WORKER + ":%");
        int completed = 0;
        List<RunView.Failure> failures = new ArrayList<>();
        for (PartitionState p : partitions) {
            if (BatchStatus.COMPLETED.name().equals(p.status())) {
                completed++;
            } else if (!running(p.status())) {
                failures.add(new RunView.Failure(p.tenant(), failureOf(p.stepExecutionId(), p.status())));
            }
        }
        return Optional.of(new RunView(executionId,
                execution.getJobParameters().getLocalDate(DailyStatistics.STAT_DATE),
                execution.getStatus().name(), instant(execution.getStartTime()), instant(execution.getEndTime()),
                new RunView.Partitions(partitions.size(), completed, failures.size()), failures));
    }

    static JobParameters parameters(LocalDate statDate) {
        return new JobParametersBuilder().addLocalDate(DailyStatistics.STAT_DATE, statDate, true).toJobParameters();
    }

    private Optional<JobExecution> lastExecution(JobParameters parameters) {
        JobInstance instance = repository.getJobInstance(DailyStatistics.JOB, parameters);
        return instance == null ? Optional.empty() : Optional.ofNullable(repository.getLastJobExecution(instance));
    }

    /**
     * A run whose service stopped under it (a crash, a kill, a redeploy) stays STARTED in the repository for
     * ever, and the day could never be run again. A run with no progress at all for {@code staleAfter} — no tenant
     * started or ended; one tenant takes milliseconds — is such a run: it and its unfinished steps are marked
     * FAILED, so that this start resumes it with only the tenants that did not complete.
     *
     * @return whether the run was stale and is now FAILED
     */
    private boolean abandonIfStale(JobExecution execution) {
        LocalDateTime lastProgress = jdbc.queryForObject("""
                SELECT coalesce(greatest(e.last_updated, e.start_time,
                                         (SELECT max(s.last_updated) FROM platform.batch_step_execution s
                                          WHERE s.job_execution_id = e.job_execution_id)), e.create_time)
                FROM platform.batch_job_execution e WHERE e.job_execution_id = ?""", LocalDateTime.class,
                execution.getId());
        // Spring Batch writes local times of the JVM's zone.
        if (lastProgress == null || lastProgress.isAfter(LocalDateTime.now().minus(staleAfter))) {
            return false;
        }
        String message = "Abandoned: no progress since " + lastProgress + " (the service stopped during the run)";
        LocalDateTime now = LocalDateTime.now();
        jdbc.update("""
                UPDATE platform.batch_step_execution SET status = 'FAILED', exit_code = 'FAILED', exit_message = ?,
                       end_time = ?, last_updated = ?
                WHERE job_execution_id = ? AND status IN ('STARTING', 'STARTED', 'STOPPING', 'UNKNOWN')""",
                message, now, now, execution.getId());
        jdbc.update("""
                UPDATE platform.batch_job_execution SET status = 'FAILED', exit_code = 'FAILED', exit_message = ?,
                       end_time = ?, last_updated = ?
                WHERE job_execution_id = ? AND status IN ('STARTING', 'STARTED', 'STOPPING', 'UNKNOWN')""",
                message, now, now, execution.getId());
        log.warn("Statistics run {} of {}: {}; resuming it", execution.getId(),
                execution.getJobParameters().getLocalDate(DailyStatistics.STAT_DATE), message);
        return true;
    }

    /** Failed and stopped days are restarted; completed, running, abandoned and unknown ones are left as they are. */
    private static boolean restartable(BatchStatus status) {
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
    }

    private static boolean running(String status) {
        return BatchStatus.valueOf(status).isRunning();
    }

    private String failureOf(long stepExecutionId, String status) {
        StepExecution step = repository.getStepExecution(stepExecutionId);
        if (step != null && step.getExecutionContext().containsKey(TenantStepListener.FAILURE)) {
            return step.getExecutionContext().getString(TenantStepListener.FAILURE);
        }
        return status;
    }

    private static ProblemException conflict(LocalDate statDate) {
        return ProblemException.conflict("stats-run-conflict",
                "The statistics of " + statDate + " could not be started; try again.");
    }

    /** Spring Batch records local times of the JVM's zone. */
    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
    }

    private record PartitionState(String stepName, long stepExecutionId, String status) {
        String tenant() {
            return stepName.substring(stepName.indexOf(':') + 1);
        }
    }

    @Override
    public void destroy() {
        launcher.shutdown();
    }
}
