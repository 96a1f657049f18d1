package org.partycloud.affairs.member;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 党员状态. Left, deceased and probation cancelled are former members: they leave the default lists for the
 * history archive (历史党员库), and no operation applies to them any more.
 */
public enum MemberStatus {
    NORMAL, MOBILE, LOST_CONTACT, SUSPENDED, PROBATION_EXTENDED, PROBATION_CANCELLED, LEFT, DECEASED;

    static final Set<MemberStatus> FORMER = EnumSet.of(PROBATION_CANCELLED, LEFT, DECEASED);
    static final Set<MemberStatus> CURRENT = EnumSet.complementOf(EnumSet.copyOf(FORMER));

    @JsonValue
    String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean isFormer() {
        return FORMER.contains(this);
    }
}
