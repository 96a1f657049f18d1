package org.partycloud.platform.stats;

import org.partycloud.platform.tenancy.JdbcTenantDirectory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@value #JOB} job: the manager step {@value #MANAGER} splits the day into one partition per active tenant,
 * and a {@link TaskExecutorPartitionHandler} runs the worker step {@value #WORKER} for at most
 * {@code parallelism} tenants at a time. The day ({@value #STAT_DATE}) is the only identifying parameter, so a
 * day has one job instance: starting it again after a failure restarts it, and Spring Batch's partition restart
 * reruns only the worker steps that did not complete.
 */
public class DailyStatistics implements DisposableBean {

    public static final String JOB = "dailyStatistics";
    public static final String STAT_DATE = "statDate";
    public static final String MANAGER = "tenantPartitions";
    /** Each partition's step is named {@code tenantFigures:<tenant key>}. */
    public static final String WORKER = "tenantFigures";

    private final ThreadPoolTaskExecutor workers = new ThreadPoolTaskExecutor();
    private final Job job;

    DailyStatistics(JobRepository repository, PlatformTransactionManager transactionManager, TenantFigures figures,
            DailyFigureStore store, JdbcTenantDirectory directory, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("partycloud.stats.parallelism must be at least 1, was " + parallelism);
        }
        workers.setCorePoolSize(parallelism);
        workers.setMaxPoolSize(parallelism);
        workers.setThreadNamePrefix("stats-tenant-");
        workers.initialize();

        Step worker = new StepBuilder(WORKER, repository)
                .tasklet(new TenantFiguresTasklet(figures, store), transactionManager)
                .listener(new TenantStepListener())
                .build();
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(worker);
        handler.setTaskExecutor(workers);
        handler.setGridSize(parallelism);
        Step manager = new StepBuilder(MANAGER, repository)
                .partitioner(WORKER, new TenantPartitioner(directory))
                .partitionHandler(handler)
                .build();
        this.job = new JobBuilder(JOB, repository)
                .validator(new DefaultJobParametersValidator(new String[] {STAT_DATE}, new String[0]))
                .start(manager)
                .build();
    }

    public Job job() {
        return job;
    }

    @Override
    public void destroy() {
        workers.shutdown();
    }
}
