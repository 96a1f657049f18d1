package org.partycloud.affairs.audit;

import org.partycloud.platform.security.Callers;
import org.partycloud.core.token.Caller;

/**
 * Who made a change, as recorded in histories and the audit log: the Keycloak user id and, where the token
 * carries one, the login name. Work done outside a request (start-up, feed followers) is the system's.
 */
public record Actor(String id, String name) {

    public static final Actor SYSTEM = new Actor("system", "system");

    public static Actor current() {
        return Callers.current()
                .map(caller -> new Actor(caller.userId(), caller.username() == null ? caller.userId() : caller.username()))
                .orElse(SYSTEM);
    }
}
