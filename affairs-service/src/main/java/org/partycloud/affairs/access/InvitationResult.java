package org.partycloud.affairs.access;

import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The answer to an invitation, one outcome per member asked for (in the order asked, duplicates once): the
 * usernames and temporary passwords of the logins created are in this answer only, never stored.
 */
record InvitationResult(int created, List<Outcome> results) {

    /**
     * @param temporaryPassword for {@code created}: the one-time password to hand to the member, who must replace
     *     it at first login; null when the member had already chosen one (a login left over from a failed run)
     * @param username for {@code created} and {@code alreadyHasLogin} (when known)
     */
    record Outcome(UUID memberId, String memberName, Status outcome, String username, String userId,
            String temporaryPassword) {
    }

    enum Status {
        CREATED("created"), ALREADY_HAS_LOGIN("alreadyHasLogin"), NOT_FOUND("notFound"), NOT_CURRENT("notCurrent");

        private final String json;

        Status(String json) {
            this.json = json;
        }

        @JsonValue
        String json() {
            return json;
        }
    }
}
