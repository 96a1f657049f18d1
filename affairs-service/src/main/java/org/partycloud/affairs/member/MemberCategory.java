package org.partycloud.affairs.member;

import java.util.Locale;
import com.fasterxml.jackson.annotation.JsonValue;

/** 正式党员 or 预备党员. A probationary member becomes full only by conversion. */
public enum MemberCategory {
    FULL, PROBATIONARY;

    @JsonValue
    String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
