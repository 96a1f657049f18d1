package org.partycloud.platform.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A run of the {@value DailyStatistics#JOB} job as {@code /internal/stats/runs} answers it. {@code partitions}
 * counts the day's tenants as this execution leaves them: a partition completed by an earlier execution of the
 * same day counts as completed; {@code failed} are those whose last attempt failed or stopped.
 */
public record RunView(long executionId, LocalDate statDate, String status, Instant startedAt, Instant endedAt,
        Partitions partitions, List<Failure> failures) {

    public record Partitions(int total, int completed, int failed) {
    }

    /** A tenant whose partition failed, with the innermost error's message. */
    public record Failure(String tenant, String message) {
    }
}
