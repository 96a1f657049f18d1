package org.partycloud.platform.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;
import java.util.Map;
import org.partycloud.core.token.Roles;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * MockMvc callers with tokens shaped like Keycloak's, so {@link Caller} reads them as it reads real ones:
 * realm roles in {@code realm_access} (plus the {@code ROLE_} authority the resource server would derive),
 * tenant roles inside the tenant's entry of the {@code organization} claim, as Keycloak's organisation group
 * mapper writes them: {@code { "<key>": { "id": ..., "groups": ["/tenant-admin"], "realm_access": { "roles":
 * ["tenant-admin"] } } }}.
 */
public final class TestCallers {

    private TestCallers() {
    }

    public static RequestPostProcessor tenantAdmin(String tenant) {
        return inTenant("admin-of-" + tenant, tenant, List.of(Roles.TENANT_ADMIN));
    }

    /** A member of the tenant without any tenant role. */
    public static RequestPostProcessor member(String tenant) {
        return inTenant("member-of-" + tenant, tenant, List.of());
    }

    /** The platform operator {@value #OPERATOR}: no tenant of his own, a tenant's data only under its support grant. */
    public static RequestPostProcessor platformAdmin() {
        return realmRole(OPERATOR, Roles.PLATFORM_ADMIN);
    }

    public static final String OPERATOR = "operator";

    /** A service account's client-credentials token, the only kind admitted to /internal/**. */
    public static RequestPostProcessor service() {
        return realmRole("service-account-tenant-service", Roles.SERVICE);
    }

    private static RequestPostProcessor realmRole(String subject, String role) {
        return jwt().jwt(j -> j.subject(subject).claim("preferred_username", subject)
                        .claim("realm_access", Map.of("roles", List.of(role))))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    /** Each tenant role comes from the group of the same name, as in the realm PartyCloud sets up. */
    private static RequestPostProcessor inTenant(String subject, String tenant, List<String> roles) {
        List<String> groups = roles.stream().map(role -> "/" + role).toList();
        Map<String, Object> entry = Map.of("id", "kc-" + tenant, "groups", groups,
                "realm_access", Map.of("roles", roles));
        return jwt().jwt(j -> j.subject(subject).claim("organization", Map.of(tenant, entry)));
    }
}
