package org.partycloud.platform.feed;

import java.time.OffsetDateTime;
import tools.jackson.databind.JsonNode;

/** One change as served by {@code GET /internal/feed}. */
public record FeedEntry(long seq, String tenant, String type, String subject, JsonNode payload, OffsetDateTime at) {
}
