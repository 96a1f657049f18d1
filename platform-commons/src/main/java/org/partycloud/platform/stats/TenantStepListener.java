package org.partycloud.platform.stats;

import org.partycloud.platform.tenancy.TenantContext;
import org.partycloud.core.tenant.TenantKey;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.NestedExceptionUtils;

/**
 * Puts the partition's tenant in {@link TenantContext} (and the log MDC) for the worker step and always takes it
 * away afterwards: worker threads are pooled and must never carry a tenant into the next partition. A failed
 * partition keeps a short reason in its execution context for the run view.
 */
class TenantStepListener implements StepExecutionListener {

    static final String FAILURE = "failure";
    private static final int MAX_FAILURE = 300;

    @Override
    public void beforeStep(StepExecution stepExecution) {
        TenantContext.set(tenantOf(stepExecution));
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        try {
            if (stepExecution.getStatus() != BatchStatus.COMPLETED && !stepExecution.getFailureExceptions().isEmpty()) {
                stepExecution.getExecutionContext().putString(FAILURE,
                        shortReason(stepExecution.getFailureExceptions().get(0)));
            }
            return null;
        } finally {
            TenantContext.clear();
        }
    }

    static TenantKey tenantOf(StepExecution stepExecution) {
        return TenantKey.of(stepExecution.getExecutionContext().getString(TenantPartitioner.TENANT));
    }

    /** The innermost cause's message, first line, bounded: what an operator reads in a list of failures. */
    static String shortReason(Throwable failure) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline).strip();
        }
        return message.length() <= MAX_FAILURE ? message : message.substring(0, MAX_FAILURE - 1) + "…";
    }
}
