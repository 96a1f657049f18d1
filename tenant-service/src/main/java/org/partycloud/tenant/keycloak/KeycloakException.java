package org.partycloud.tenant.keycloak;

/** Keycloak refused or failed an admin call; the message says which call and what Keycloak answered. */
public class KeycloakException extends RuntimeException {

    KeycloakException(String message) {
        super(message);
    }

    KeycloakException(String message, Throwable cause) {
        super(message, cause);
    }
}
