package org.partycloud.affairs.audit;

import java.time.Instant;

/** An audit line as the API shows it. */
record AuditEntryView(long id, Instant at, String actorId, String actorName, String action, String targetType,
        String targetId, String summary) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id(), e.at(), e.actorId(), e.actorName(), e.action(), e.targetType(),
                e.targetId(), e.summary());
    }
}
