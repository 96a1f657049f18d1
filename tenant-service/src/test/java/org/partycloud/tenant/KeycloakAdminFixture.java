package org.partycloud.tenant;

import java.util.List;
import java.util.Map;
import org.partycloud.platform.testsupport.KeycloakTestServer;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Reads and arranges the test Keycloak through its admin API as the master administrator, independently of
 * the code under test.
 */
public final class KeycloakAdminFixture {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() { };
    private final KeycloakTestServer keycloak;
    private final RestClient rest;

    public KeycloakAdminFixture(KeycloakTestServer keycloak) {
        this.keycloak = keycloak;
        this.rest = RestClient.builder().baseUrl(keycloak.adminRealmUrl())
                .requestInterceptor((request, body, execution) -> {
                    request.getHeaders().setBearerAuth(keycloak.adminToken());
                    return execution.execute(request, body);
                }).build();
    }

    /** Every organisation whose alias is the key (there must be at most one). */
    public List<Map<String, Object>> organizationsWithAlias(String alias) {
        return rest.get().uri("/organizations?search={alias}&first=0&max=1000", alias).retrieve().body(LIST).stream()
                .filter(o -> alias.equals(o.get("alias"))).toList();
    }

    public List<Map<String, Object>> groups(String organizationId) {
        return rest.get().uri("/organizations/{org}/groups?briefRepresentation=false", organizationId)
                .retrieve().body(LIST);
    }

    public List<String> realmRolesOfGroup(String organizationId, String groupId) {
        return rest.get().uri("/organizations/{org}/groups/{group}/role-mappings/realm", organizationId, groupId)
                .retrieve().body(LIST).stream().map(r -> (String) r.get("name")).toList();
    }

    public List<String> membersOfGroup(String organizationId, String groupId) {
        return rest.get().uri("/organizations/{org}/groups/{group}/members", organizationId, groupId)
                .retrieve().body(LIST).stream().map(u -> (String) u.get("username")).toList();
    }

    public List<String> members(String organizationId) {
        return rest.get().uri("/organizations/{org}/members?first=0&max=1000", organizationId).retrieve().body(LIST)
                .stream().map(u -> (String) u.get("username")).toList();
    }

    public List<Map<String, Object>> usersNamed(String username) {
        return rest.get().uri("/users?username={username}&exact=true&briefRepresentation=false", username)
                .retrieve().body(LIST);
    }

    public Map<String, Object> user(String userId) {
        return rest.get().uri("/users/{user}", userId).retrieve().body(OBJECT);
    }

    /** Sets a permanent password, as the admin would after changing the one-time password at first login. */
    public void setPermanentPassword(String userId, String password) {
        rest.put().uri("/users/{user}/reset-password", userId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("type", "password", "value", password, "temporary", false)).retrieve().toBodilessEntity();
    }

    /** Clears the user's required actions, as Keycloak does once the user has done them at first login. */
    public void clearRequiredActions(String userId) {
        Map<String, Object> user = new java.util.HashMap<>(user(userId));
        user.put("requiredActions", List.of());
        rest.put().uri("/users/{user}", userId).contentType(MediaType.APPLICATION_JSON).body(user)
                .retrieve().toBodilessEntity();
    }

    /** A plain realm user with a password, created without the code under test; answers its id. */
    public String createUser(String username, String email, String firstName, String lastName) {
        var created = rest.post().uri("/users").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "email", email, "firstName", firstName, "lastName", lastName,
                        "enabled", true, "emailVerified", true))
                .retrieve().toBodilessEntity();
        String location = String.valueOf(created.getHeaders().getLocation());
        return location.substring(location.lastIndexOf('/') + 1);
    }

    public void addMember(String organizationId, String userId) {
        rest.post().uri("/organizations/{org}/members", organizationId).contentType(MediaType.APPLICATION_JSON)
                .body("\"" + userId + "\"").retrieve().toBodilessEntity();
    }

    public List<String> organizationAliasesOf(String userId) {
        return rest.get().uri("/organizations/members/{user}/organizations", userId).retrieve().body(LIST).stream()
                .map(o -> (String) o.get("alias")).toList();
    }

    public KeycloakTestServer server() {
        return keycloak;
    }
}
