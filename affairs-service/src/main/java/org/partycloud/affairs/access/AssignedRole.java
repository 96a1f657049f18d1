package org.partycloud.affairs.access;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The role a login holds on an organisation node. */
public enum AssignedRole {
    /** Maintains the node and every node below it (书记, 组织委员 …). */
    OFFICER,
    /** Reads their own archive only. */
    MEMBER;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

}
