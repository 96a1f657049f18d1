package org.partycloud.affairs.member;

import java.util.Locale;
import java.util.Set;

/** Which part of the archive a list reads: current members (default), the history archive (历史党员库), or all. */
enum Archive {
    CURRENT, HISTORY, ALL;

    Set<MemberStatus> statuses() {
        return switch (this) {
            case CURRENT -> MemberStatus.CURRENT;
            case HISTORY -> MemberStatus.FORMER;
            case ALL -> Set.of(MemberStatus.values());
        };
    }

    String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
