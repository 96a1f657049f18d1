/**
 * Nightly statistics: a Spring Batch job per day, one partition per active tenant, writing the figures a service's
 * {@link org.partycloud.platform.stats.TenantFigures} computes into {@code platform.stat_daily_figure}.
 */
package org.partycloud.platform.stats;
