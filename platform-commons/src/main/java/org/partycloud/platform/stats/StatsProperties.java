package org.partycloud.platform.stats;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the nightly statistics, under {@code partycloud.stats}.
 *
 * @param parallelism how many tenants are computed at once (each holds a database connection for its step)
 * @param staleAfter how long a run may show no progress at all (no tenant started or ended) before it is taken
 *     for one whose service stopped under it: the next start of that day marks it FAILED and resumes it
 */
@ConfigurationProperties("partycloud.stats")
public record StatsProperties(@DefaultValue("2") int parallelism, @DefaultValue("10m") java.time.Duration staleAfter) {
}
