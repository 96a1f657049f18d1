package org.partycloud.platform.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.partycloud.platform.tenancy.TenantContext;
import org.partycloud.core.tenant.TenantKey;
import org.slf4j.MDC;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.BadSqlGrammarException;

class TenantStepListenerTest {

    private final TenantStepListener listener = new TenantStepListener();

    @Test
    void putsThePartitionsTenantInContextForTheStepAndTakesItAwayAfterwards() {
        StepExecution step = workerOf("democorp");

        listener.beforeStep(step);
        assertThat(TenantContext.current()).contains(TenantKey.of("democorp"));
        assertThat(MDC.get(TenantContext.MDC_KEY)).isEqualTo("democorp");

        step.setStatus(BatchStatus.COMPLETED);
        listener.afterStep(step);
        assertThat(TenantContext.current()).isEmpty();
        assertThat(MDC.get(TenantContext.MDC_KEY)).isNull();
        assertThat(step.getExecutionContext().containsKey(TenantStepListener.FAILURE)).isFalse();
    }

    @Test
    void takesTheTenantAwayAfterAFailedStepAndKeepsTheInnermostReasonOnOneLine() {
        StepExecution step = workerOf("democorp");
        listener.beforeStep(step);
        step.setStatus(BatchStatus.FAILED);
        step.addFailureException(new BadSqlGrammarException("PreparedStatementCallback", "SELECT * FROM member",
                new SQLException("ERROR: relation \"t_democorp.member\" does not exist\n  Position: 15")));

        listener.afterStep(step);

        assertThat(TenantContext.current()).isEmpty();
        assertThat(step.getExecutionContext().getString(TenantStepListener.FAILURE))
                .isEqualTo("ERROR: relation \"t_democorp.member\" does not exist");
    }

    @Test
    void boundsALongReason() {
        String reason = TenantStepListener.shortReason(new IllegalStateException("x".repeat(1000)));

        assertThat(reason).hasSize(300).endsWith("…");
    }

    private static StepExecution workerOf(String tenant) {
        JobExecution job = new JobExecution(1L, new JobInstance(1L, DailyStatistics.JOB), new JobParameters());
        StepExecution step = new StepExecution(2L, DailyStatistics.WORKER + ":" + tenant, job);
        step.getExecutionContext().putString(TenantPartitioner.TENANT, tenant);
        return step;
    }
}
