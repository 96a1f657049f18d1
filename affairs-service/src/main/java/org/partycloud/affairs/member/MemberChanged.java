package org.partycloud.affairs.member;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of the {@value #TYPE} change-feed entry: the member's current state as dues and learning need it
 * for their member directories (an idempotent upsert by id). Never an ID number or a phone number.
 */
record MemberChanged(UUID id, UUID orgId, String name, MemberCategory category, MemberStatus status,
        boolean former, LocalDate probationaryDate, LocalDate fullMembershipDate) {

    static final String TYPE = "member.changed";

    static MemberChanged of(Member m) {
        return new MemberChanged(m.id(), m.orgId(), m.name(), m.category(), m.status(), m.status().isFormer(),
                m.probationaryDate(), m.fullMembershipDate());
    }
}
