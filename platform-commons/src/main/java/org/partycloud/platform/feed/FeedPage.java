package org.partycloud.platform.feed;

import java.util.List;

/** A page of the feed; {@code next} is the cursor to ask with next time. */
public record FeedPage(List<FeedEntry> items, long next) {
}
