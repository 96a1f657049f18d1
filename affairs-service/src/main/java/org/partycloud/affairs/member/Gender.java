package org.partycloud.affairs.member;

import java.util.Locale;
import com.fasterxml.jackson.annotation.JsonValue;

/** 性别, as the ID-card number records it (its 17th digit: odd male, even female). */
public enum Gender {
    MALE, FEMALE;

    @JsonValue
    String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
