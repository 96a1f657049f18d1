package org.partycloud.platform.stats;

import java.time.Clock;
import javax.sql.DataSource;
import org.partycloud.platform.tenancy.JdbcTenantDirectory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.batch.autoconfigure.BatchTransactionManager;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Nightly statistics for a service that declares a {@link TenantFigures} bean and has Spring Batch's JDBC
 * starter: the tables ({@link StatsSchema}), the {@value DailyStatistics#JOB} job, {@link StatsRuns} and the
 * {@code /internal/stats/**} endpoints. The job never runs at start-up ({@code spring.batch.job.enabled=false} in
 * partycloud-defaults.yml).
 */
@AutoConfiguration(afterName = {"org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration",
        "org.partycloud.platform.PlatformAutoConfiguration"})
@ConditionalOnClass(JobOperator.class)
@ConditionalOnBean({TenantFigures.class, JobRepository.class, JdbcTenantDirectory.class})
@EnableConfigurationProperties(StatsProperties.class)
@Import(StatsController.class)
public class StatsAutoConfiguration {

    @Bean
    StatsSchema statsSchema(DataSource dataSource) {
        return new StatsSchema(dataSource);
    }

    @Bean
    DailyFigureStore dailyFigureStore(JdbcTemplate jdbc, StatsSchema schema) {
        return new DailyFigureStore(jdbc);
    }

    /**
     * The job repository's and the worker steps' transactions: plain JDBC ones. Batch metadata lives in the
     * platform schema and the figures are read with JDBC, so a JPA transaction (a Hibernate session with its
     * tenant schema switch) around each of the dozen repository writes per tenant is pure cost. Only injected
     * where asked for by qualifier: the service's own transaction manager stays its JPA one.
     */
    @Bean(defaultCandidate = false)
    @BatchTransactionManager
    JdbcTransactionManager statsTransactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean
    DailyStatistics dailyStatistics(JobRepository repository,
            @BatchTransactionManager JdbcTransactionManager transactionManager, TenantFigures figures,
            DailyFigureStore store, JdbcTenantDirectory directory, StatsProperties properties) {
        return new DailyStatistics(repository, transactionManager, figures, store, directory, properties.parallelism());
    }

    @Bean
    Job dailyStatisticsJob(DailyStatistics statistics) {
        return statistics.job();
    }

    @Bean
    StatsRuns statsRuns(JobRepository repository, DailyStatistics statistics, JdbcTemplate jdbc, Clock clock,
            StatsSchema schema, StatsProperties properties) throws Exception {
        return new StatsRuns(repository, statistics.job(), jdbc, clock, properties.staleAfter());
    }
}
