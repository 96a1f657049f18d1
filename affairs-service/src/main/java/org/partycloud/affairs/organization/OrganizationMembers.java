package org.partycloud.affairs.organization;

import java.util.UUID;

/**
 * What the organisation tree needs to know of the members placed in it, answered by the member archive (which
 * depends on the tree, not the other way round).
 */
public interface OrganizationMembers {

    /** Members of exactly this organisation who are not former members. */
    long currentMembersOf(UUID orgId);
}
