/** The transactional outbox served as an ordered feed, and the follower that reads another service's feed. */
package org.partycloud.platform.feed;
