package org.partycloud.infra;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.partycloud.platform.testsupport.KeycloakTestServer;
import tools.jackson.databind.JsonNode;

/** What the end-to-end tests ask Keycloak's admin API directly: what exists, and test logins. */
final class KeycloakAdmin {

    static final String TEST_PASSWORD = "Partycloud-e2e-1";
    private final KeycloakTestServer keycloak;

    KeycloakAdmin(KeycloakTestServer keycloak) {
        this.keycloak = keycloak;
    }

    private Http admin() {
        return Http.as(keycloak.adminToken());
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Organisations whose alias is the key (the alias is unique, so 0 or 1). */
    List<JsonNode> organizationsWithAlias(String alias) {
        JsonNode all = admin().get(keycloak.adminRealmUrl() + "/organizations?search=" + q(alias) + "&max=100").json();
        return all.valueStream().filter(o -> alias.equals(o.path("alias").asString())).toList();
    }

    List<JsonNode> usersNamed(String username) {
        JsonNode all = admin().get(keycloak.adminRealmUrl() + "/users?exact=true&username=" + q(username)).json();
        return all.valueStream().toList();
    }

    /**
     * Gives a user a permanent password and clears the required actions, as the user would by completing
     * the first login in a browser; answers an access token with every organisation in its claim.
     */
    String logInAfterFirstLogin(String username) {
        JsonNode user = usersNamed(username).get(0);
        String url = keycloak.adminRealmUrl() + "/users/" + user.path("id").asString();
        Http.Response reset = admin().put(url + "/reset-password",
                Map.of("type", "password", "value", TEST_PASSWORD, "temporary", false));
        if (reset.status() != 204) {
            throw new IllegalStateException("Password reset failed: " + reset);
        }
        Http.Response update = admin().put(url, Map.of("requiredActions", List.of()));
        if (update.status() != 204) {
            throw new IllegalStateException("Clearing required actions failed: " + update);
        }
        return keycloak.passwordToken(username, TEST_PASSWORD, "openid organization:*");
    }

    /** A realm user who belongs to no tenant at all. */
    String outsider(String username) {
        if (usersNamed(username).isEmpty()) {
            Http.Response created = admin().post(keycloak.adminRealmUrl() + "/users", Map.of("username", username,
                    "email", username + "@example.com", "firstName", "局外", "lastName", "人", "enabled", true,
                    "emailVerified", true, "credentials",
                    List.of(Map.of("type", "password", "value", TEST_PASSWORD, "temporary", false))));
            if (created.status() != 201) {
                throw new IllegalStateException("Creating " + username + " failed: " + created);
            }
        }
        return keycloak.passwordToken(username, TEST_PASSWORD, "openid organization:*");
    }

    String operator() {
        return keycloak.passwordToken("operator", "partycloud", "openid organization:*");
    }
}
