package org.partycloud.tenant.stats;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param sources base URL of each domain service that computes daily figures (it serves
 *     {@code /internal/stats/runs} and {@code /internal/stats/figures}); a blank URL leaves a service out
 * @param pollInterval how often a running domain job is asked for its status
 * @param sourceTimeout how long one domain job may take before the run is marked failed
 * @param pageSize tenants per page when the figures are collected
 * @param trendDays days of the dashboard's trend line
 */
@ConfigurationProperties("partycloud.stats")
record StatsProperties(@DefaultValue Map<String, String> sources, @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("3h") Duration sourceTimeout, @DefaultValue("200") int pageSize,
        @DefaultValue("30") int trendDays) {

    /** The services to ask, by name in a stable order, with blank entries left out. */
    Map<String, String> activeSources() {
        Map<String, String> active = new TreeMap<>();
        sources.forEach((name, url) -> {
            if (url != null && !url.isBlank()) {
                active.put(name, url.strip().replaceAll("/+$", ""));
            }
        });
        return active;
    }
}
