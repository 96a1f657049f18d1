package org.partycloud.affairs.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An organisation as the API shows it; {@code dissolvedOn} is set once it is dissolved. */
record OrganizationView(UUID id, UUID parentId, String name, OrganizationType type, String code, int displayOrder,
        LocalDate foundedOn, String contact, String address, LocalDate dissolvedOn, String dissolutionReason,
        Instant createdAt, Instant updatedAt, long version) {

    static OrganizationView of(Organization org) {
        return new OrganizationView(org.id(), org.parentId(), org.name(), org.type(), org.code(), org.displayOrder(),
                org.foundedOn(), org.contact(), org.address(), org.dissolvedOn(), org.dissolutionReason(),
                org.createdAt(), org.updatedAt(), org.version());
    }
}
