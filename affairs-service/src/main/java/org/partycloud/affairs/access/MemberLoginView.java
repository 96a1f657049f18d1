package org.partycloud.affairs.access;

import java.time.Instant;
import java.util.UUID;

/** A member's login as the users-and-roles screen lists it, with the member's current name and organisation. */
record MemberLoginView(UUID memberId, String memberName, UUID orgId, String orgName, String userId, String username,
        Instant createdAt) {
}
