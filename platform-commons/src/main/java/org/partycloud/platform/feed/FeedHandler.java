package org.partycloud.platform.feed;

/** Applies one entry of a followed feed; called in a transaction, and must be idempotent. */
@FunctionalInterface
public interface FeedHandler {

    void apply(FeedEntry entry);
}
