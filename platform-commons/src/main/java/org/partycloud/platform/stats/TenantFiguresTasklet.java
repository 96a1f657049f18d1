package org.partycloud.platform.stats;

import java.time.LocalDate;
import java.util.List;
import org.partycloud.core.tenant.TenantKey;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The worker of one partition: computes the tenant's figures of the day and replaces its stored ones, in the
 * step's single transaction (computing and writing commit or roll back together).
 */
class TenantFiguresTasklet implements Tasklet {

    private final TenantFigures figures;
    private final DailyFigureStore store;

    TenantFiguresTasklet(TenantFigures figures, DailyFigureStore store) {
        this.figures = figures;
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        TenantKey tenant = TenantStepListener.tenantOf(step);
        LocalDate statDate = step.getJobExecution().getJobParameters().getLocalDate(DailyStatistics.STAT_DATE);
        List<DailyFigure> computed = figures.compute(tenant, statDate);
        store.replace(statDate, tenant, computed);
        contribution.incrementWriteCount(computed.size());
        return RepeatStatus.FINISHED;
    }
}
