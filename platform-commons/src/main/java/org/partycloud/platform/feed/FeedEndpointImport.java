package org.partycloud.platform.feed;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Registers {@link FeedController}, which stays package-private. */
@Configuration(proxyBeanMethods = false)
@Import(FeedController.class)
public class FeedEndpointImport {
}
