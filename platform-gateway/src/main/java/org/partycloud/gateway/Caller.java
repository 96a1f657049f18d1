package org.partycloud.gateway;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, read from a Keycloak access token the same way the services read it: user id, username,
 * realm roles, and for each tenant in the {@code organization} claim the tenant roles granted in it.
 */
public record Caller(String userId, String username, Set<String> realmRoles, Map<String, Set<String>> tenants) {

    public static final String PLATFORM_ADMIN = "platform-admin";
    static final String ORGANIZATION_CLAIM = "organization";

    public static Caller from(Jwt jwt) {
        return from(jwt.getSubject(), jwt.getClaims());
    }

    static Caller from(String subject, Map<String, Object> claims) {
        Object username = claims.get("preferred_username");
        return new Caller(subject, username == null ? null : String.valueOf(username), realmRoles(claims.get("realm_access")),
                tenants(claims.get(ORGANIZATION_CLAIM)));
    }

    public boolean isPlatformAdmin() {
        return realmRoles.contains(PLATFORM_ADMIN);
    }

    public boolean belongsTo(String tenantKey) {
        return tenants.containsKey(tenantKey);
    }

    /** {@code {roles: [...]}} as a sorted set (stable output for /api/me); anything else has no roles. */
    static Set<String> realmRoles(Object realmAccess) {
        Set<String> roles = new TreeSet<>();
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> values) {
            values.forEach(v -> roles.add(String.valueOf(v)));
        }
        return Collections.unmodifiableSet(roles);
    }

    /**
     * The organization claim in each shape Keycloak emits: a map of alias to an entry (id, attributes and the
     * {@code realm_access.roles} of the user's groups there), a list of aliases, or a single alias.
     */
    static Map<String, Set<String>> tenants(Object claim) {
        Map<String, Set<String>> tenants = new LinkedHashMap<>();
        if (claim instanceof Map<?, ?> map) {
            map.forEach((alias, entry) -> tenants.put(String.valueOf(alias),
                    entry instanceof Map<?, ?> fields ? realmRoles(fields.get("realm_access")) : Set.of()));
        } else if (claim instanceof Collection<?> list) {
            list.forEach(alias -> tenants.put(String.valueOf(alias), Set.of()));
        } else if (claim instanceof String alias && !alias.isBlank()) {
            tenants.put(alias, Set.of());
        }
        return Collections.unmodifiableMap(tenants);
    }
}
