package org.partycloud.affairs.member;

import java.util.Locale;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a member left the party: 自行脱党, 劝退, 除名, 开除. */
enum LeaveKind {
    SELF_WITHDRAWN, PERSUADED_TO_LEAVE, STRUCK_OFF, EXPELLED;

    @JsonValue
    String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
