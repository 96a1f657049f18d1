package org.partycloud.affairs.officer;

import java.util.Locale;
import com.fasterxml.jackson.annotation.JsonValue;

/** 书记, 副书记, 组织委员, 宣传委员, 纪检委员, 党费收缴员. */
enum OfficerPosition {
    SECRETARY, DEPUTY_SECRETARY, ORGANIZATION_OFFICER, PUBLICITY_OFFICER, DISCIPLINE_OFFICER, DUES_COLLECTOR;

    @JsonValue
    String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Positions that one person holds at a time in an organisation; there may be several deputies. */
    boolean isSingle() {
        return this != DEPUTY_SECRETARY;
    }
}
