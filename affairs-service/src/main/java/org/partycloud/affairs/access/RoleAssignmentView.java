package org.partycloud.affairs.access;

import java.time.Instant;
import java.util.UUID;

/** A role assignment as the API shows it, with the names the console lists it by. */
record RoleAssignmentView(UUID id, String userId, UUID memberId, String memberName, UUID orgId, String orgName,
        AssignedRole role, Instant createdAt) {
}
