package org.partycloud.core.token;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is calling, read from the claims of a Keycloak access token the same way in the gateway and in every
 * service: the user id, username, realm roles, and for every tenant the user belongs to (the {@code organization}
 * claim, requested with scope {@code organization:*}) the tenant roles granted through that organisation's groups.
 *
 * <p>A platform operator admitted to a tenant under the tenant admin's support access is a caller {@link
 * #underSupportAccess} of that tenant: he holds the tenant-admin role there for the grant's time, and every
 * service can tell (to record what he did, and to refuse what support never may).
 *
 * @param support the support access this caller acts under in one tenant, or null
 */
public record Caller(String userId, String username, Set<String> realmRoles, Map<String, Set<String>> tenants,
        SupportAccess support) {

    static final String ORGANIZATION_CLAIM = "organization";

    /** A support access the caller acts under: the tenant, the grant and whether it allows changes. */
    public record SupportAccess(String tenant, String grantId, boolean readOnly) {
    }

    public Caller {
        realmRoles = Collections.unmodifiableSet(new TreeSet<>(realmRoles));
        tenants = Collections.unmodifiableMap(new LinkedHashMap<>(tenants));
    }

    public Caller(String userId, String username, Set<String> realmRoles, Map<String, Set<String>> tenants) {
        this(userId, username, realmRoles, tenants, null);
    }

    /** The caller of a token's claims ({@code sub} is the user id). */
    public static Caller fromClaims(Map<String, Object> claims) {
        Object subject = claims.get("sub");
        Object username = claims.get("preferred_username");
        return new Caller(subject == null ? null : String.valueOf(subject),
                username == null ? null : String.valueOf(username), realmRoles(claims.get("realm_access")),
                tenants(claims.get(ORGANIZATION_CLAIM)));
    }

    public boolean isPlatformAdmin() {
        return realmRoles.contains(Roles.PLATFORM_ADMIN);
    }

    public boolean isService() {
        return realmRoles.contains(Roles.SERVICE);
    }

    /** A member of the tenant's organisation, or an operator under the tenant's support access. */
    public boolean belongsTo(String tenantKey) {
        return tenants.containsKey(tenantKey);
    }

    /** A tenant role (tenant-admin, committee-viewer) held in the given tenant, never taken from another. */
    public boolean hasTenantRole(String tenantKey, String role) {
        return tenants.getOrDefault(tenantKey, Set.of()).contains(role);
    }

    public Optional<SupportAccess> supportAccess() {
        return Optional.ofNullable(support);
    }

    /**
     * This operator as he acts in {@code tenant} under a support grant: a member of it with the tenant-admin role,
     * and nothing else of any other tenant.
     */
    public Caller underSupportAccess(String tenant, String grantId, boolean readOnly) {
        return new Caller(userId, username, realmRoles, Map.of(tenant, Set.of(Roles.TENANT_ADMIN)),
                new SupportAccess(tenant, grantId, readOnly));
    }

    /** {@code {roles: [...]}} as a sorted set; anything else holds no roles. */
    static Set<String> realmRoles(Object realmAccess) {
        Set<String> roles = new TreeSet<>();
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> values) {
            values.forEach(v -> roles.add(String.valueOf(v)));
        }
        return Collections.unmodifiableSet(roles);
    }

    /**
     * The organization claim in each shape Keycloak emits: a map of alias to an entry (id, attributes and the
     * {@code realm_access.roles} of the user's groups there, as the organisation group mapper writes them), a list
     * of aliases, or a single alias. Group names are not roles, and an attribute that happens to be called
     * {@code realm_access} is a list, not an object.
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
        return tenants;
    }
}
