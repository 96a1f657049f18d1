package org.partycloud.affairs.audit;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records changes and sensitive reads in the audit log of the request's tenant. Joins the caller's
 * transaction (and refuses to run without one), so a change and its audit line commit or roll back together.
 */
@Component
public class AuditLog {

    static final int SUMMARY_LIMIT = 500;

    private final AuditEntries entries;
    private final Clock clock;

    AuditLog(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * @param action what happened, {@code <target>.<verb>} (member.created, member.id_number_revealed)
     * @param summary for a person reading the log; never a full ID-card number
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String targetType, Object targetId, String summary) {
        entries.save(new AuditEntry(clock.instant(), Actor.current(), action, targetType, String.valueOf(targetId),
                summary));
    }
}
