package org.partycloud.core.tenant;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A tenant admin's consent that one platform operator may see (and, unless read-only, change) the tenant's data
 * until a moment at most {@link #LONGEST} after it was given. Every request made under it is recorded in the
 * tenant's own log.
 *
 * @param id the grant's id, named in every record of a request made under it
 * @param operator the operator's username (Keycloak's {@code preferred_username}, which users cannot change)
 */
public record SupportGrant(String id, String operator, Instant until, boolean readOnly) {

    public static final Duration LONGEST = Duration.ofHours(24);

    public SupportGrant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(until, "until");
    }

    public boolean admits(String username, Instant now) {
        return operator.equals(username) && now.isBefore(until);
    }
}
