package org.partycloud.affairs.organization;

import java.util.UUID;

/** Payload of the {@value #TYPE} change-feed entry that dues and learning build their directories from. */
record OrganizationCreated(UUID id, UUID parentId, String name, OrganizationType type, String code) {

    static final String TYPE = "organization.created";

    static OrganizationCreated of(Organization org) {
        return new OrganizationCreated(org.id(), org.parentId(), org.name(), org.type(), org.code());
    }
}
