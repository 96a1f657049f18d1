package org.partycloud.affairs.officer;

import java.time.LocalDate;
import java.util.UUID;

/** An officer as the API shows it; {@code serving} until the term is over or ended. */
record OfficerView(UUID id, UUID orgId, UUID memberId, String memberName, OfficerPosition position,
        LocalDate termStart, LocalDate termEnd, LocalDate endedOn, String endReason, boolean serving) {

    static OfficerView of(Officer o, String memberName, LocalDate today) {
        return new OfficerView(o.id(), o.orgId(), o.memberId(), memberName, o.position(), o.termStart(), o.termEnd(),
                o.endedOn(), o.endReason(), o.endedOn() == null && !today.isAfter(o.termEnd()));
    }
}
