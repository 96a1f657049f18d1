package org.partycloud.platform.security;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, read from a Keycloak access token: the user id, realm roles, and for every tenant the
 * user belongs to (the {@code organization} claim, requested with scope {@code organization:*}) the tenant
 * roles granted through that organisation's groups.
 */
public record Caller(String userId, String username, Set<String> realmRoles, Map<String, Set<String>> tenants) {

    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String SERVICE = "partycloud-service";
    static final String ORGANIZATION_CLAIM = "organization";

    public static Optional<Caller> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof JwtAuthenticationToken token) {
            return Optional.of(from(token.getToken()));
        }
        return Optional.empty();
    }

    public static Caller from(Jwt jwt) {
        return new Caller(jwt.getSubject(), jwt.getClaimAsString("preferred_username"), realmRoles(jwt), tenants(jwt));
    }

    public boolean isPlatformAdmin() {
        return realmRoles.contains(PLATFORM_ADMIN);
    }

    public boolean isService() {
        return realmRoles.contains(SERVICE);
    }

    public boolean belongsTo(String tenantKey) {
        return tenants.containsKey(tenantKey);
    }

    /** A tenant role (tenant-admin, committee-viewer) held in the given tenant, never taken from another. */
    public boolean hasTenantRole(String tenantKey, String role) {
        return tenants.getOrDefault(tenantKey, Set.of()).contains(role);
    }

    static Set<String> realmRoles(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        Set<String> roles = new TreeSet<>();
        if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> list) {
            list.forEach(r -> roles.add(String.valueOf(r)));
        }
        return Set.copyOf(roles);
    }

    /**
     * Reads the organization claim in each shape Keycloak emits: a list of aliases, or a map of alias to an
     * entry carrying {@code id}, attributes and the roles of the user's groups in that organisation.
     */
    static Map<String, Set<String>> tenants(Jwt jwt) {
        Object claim = jwt.getClaims().get(ORGANIZATION_CLAIM);
        Map<String, Set<String>> tenants = new LinkedHashMap<>();
        if (claim instanceof Map<?, ?> map) {
            map.forEach((alias, entry) -> tenants.put(String.valueOf(alias), rolesIn(entry)));
        } else if (claim instanceof Collection<?> list) {
            list.forEach(alias -> tenants.put(String.valueOf(alias), Set.of()));
        } else if (claim instanceof String alias && !alias.isBlank()) {
            tenants.put(alias, Set.of());
        }
        return Map.copyOf(tenants);
    }

    /**
     * The realm roles mapped to the user's groups in that organisation, which Keycloak's organisation group
     * mapper writes as {@code realm_access: {roles: [...]}} inside the entry. Group names are not roles, and
     * an organisation attribute that happens to be called {@code realm_access} is a list, not an object.
     */
    private static Set<String> rolesIn(Object entry) {
        Set<String> roles = new TreeSet<>();
        if (entry instanceof Map<?, ?> fields && fields.get("realm_access") instanceof Map<?, ?> access
                && access.get("roles") instanceof Collection<?> values) {
            values.forEach(v -> roles.add(String.valueOf(v)));
        }
        return Set.copyOf(roles);
    }
}
