package org.partycloud.platform.stats;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the nightly statistics, under {@code partycloud.stats}.
 *
 * @param parallelism how many tenants are computed at once (each holds a database connection for its step)
 */
@ConfigurationProperties("partycloud.stats")
public record StatsProperties(@DefaultValue("2") int parallelism) {
}
