package org.partycloud.platform.feed;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service follows tenant-service's feed ({@code partycloud.feed.*}).
 *
 * @param tenantSource base URL of tenant-service, whose feed of tenant changes this service follows; empty
 *     in tenant-service itself
 * @param pollInterval how often a followed feed is read
 */
@ConfigurationProperties("partycloud.feed")
public record FeedProperties(@DefaultValue("") String tenantSource, @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("500") int batchSize) {
}
