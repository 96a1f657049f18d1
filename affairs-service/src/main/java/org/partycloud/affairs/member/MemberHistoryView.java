package org.partycloud.affairs.member;

import java.time.Instant;

/**
 * A history line as the API shows it. {@code action} is {@code created}, {@code edited} or the status
 * operation; {@code field} is absent for a creation.
 */
record MemberHistoryView(long id, Instant at, String actorId, String actorName, String action, String field,
        String oldValue, String newValue, String reason) {

    static MemberHistoryView of(MemberHistoryEntry e) {
        return new MemberHistoryView(e.id(), e.changedAt(), e.actorId(), e.actorName(), e.action(), e.field(),
                e.oldValue(), e.newValue(), e.reason());
    }
}
