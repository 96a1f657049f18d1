package org.partycloud.affairs.organization;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kinds of party organisation (党委, 党总支, 党支部, 联合党支部, 党小组). JSON uses lower snake case
 * ({@code general_branch}); Jackson reads the same names back through {@link #json()}.
 */
enum OrganizationType {
    COMMITTEE, GENERAL_BRANCH, BRANCH, JOINT_BRANCH, GROUP;

    @JsonValue
    String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Which kinds may sit directly below this one, following the Party Constitution's structure: a committee
     * leads committees, general branches and branches; a general branch leads branches; a branch divides into
     * groups; a group leads nothing.
     */
    boolean mayContain(OrganizationType child) {
        return children().contains(child);
    }

    private Set<OrganizationType> children() {
        return switch (this) {
            case COMMITTEE -> EnumSet.of(COMMITTEE, GENERAL_BRANCH, BRANCH, JOINT_BRANCH);
            case GENERAL_BRANCH -> EnumSet.of(BRANCH, JOINT_BRANCH);
            case BRANCH, JOINT_BRANCH -> EnumSet.of(GROUP);
            case GROUP -> EnumSet.noneOf(OrganizationType.class);
        };
    }
}
