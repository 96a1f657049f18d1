package org.partycloud.affairs.organization;

import java.util.UUID;

/**
 * Payload of the {@value #TYPE} change-feed entry that dues and learning build their directories from: the
 * organisation's current state, so a follower upserts it by id whatever the change was (founded, edited, moved,
 * dissolved).
 */
record OrganizationChanged(UUID id, UUID parentId, String name, OrganizationType type, String code,
        boolean dissolved) {

    static final String TYPE = "organization.changed";

    static OrganizationChanged of(Organization org) {
        return new OrganizationChanged(org.id(), org.parentId(), org.name(), org.type(), org.code(),
                org.isDissolved());
    }
}
