package org.partycloud.platform.stats;

import java.time.LocalDate;
import java.util.List;
import org.partycloud.core.tenant.TenantKey;

/**
 * What a service contributes to the nightly statistics: the figures of one tenant for one day. Declaring a bean
 * of this type (with Spring Batch on the classpath) is all a service does; the job, its partitions, restarts,
 * storage and the {@code /internal/stats/**} endpoints come from {@link StatsAutoConfiguration}.
 *
 * <p>It runs with the tenant in {@link org.partycloud.platform.tenancy.TenantContext}, inside the plain JDBC
 * transaction that then replaces the tenant's rows for the day. Read with {@code JdbcTemplate} and qualify every
 * table with {@link TenantKey#quotedSchema()}: a JPA repository would start a JPA transaction of its own, which
 * cannot join that JDBC one. An exception fails the tenant's partition only; a restart of the day computes it
 * again.
 */
public interface TenantFigures {

    /** The tenant's figures for the day; metric and dimension pairs must be unique. */
    List<DailyFigure> compute(TenantKey tenant, LocalDate statDate);
}
