package org.partycloud.affairs;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;
import java.util.Map;
import org.partycloud.platform.tenancy.TenantRoles;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Callers of this service's tests that commons' TestCallers does not offer: a login of the tenant with a chosen
 * user id (the token's {@code sub}, which role assignments name) and no tenant role, and a committee viewer.
 * Tokens are shaped like Keycloak's, as TestCallers shapes them.
 */
public final class AffairsCallers {

    private AffairsCallers() {
    }

    /** A login of the tenant without a tenant role: what it may do comes from its role assignments. */
    public static RequestPostProcessor login(String tenant, String userId) {
        return inTenant(userId, tenant, List.of());
    }

    public static RequestPostProcessor committeeViewer(String tenant) {
        return inTenant("viewer-of-" + tenant, tenant, List.of(TenantRoles.COMMITTEE_VIEWER));
    }

    private static RequestPostProcessor inTenant(String subject, String tenant, List<String> roles) {
        List<String> groups = roles.stream().map(role -> "/" + role).toList();
        Map<String, Object> entry = Map.of("id", "kc-" + tenant, "groups", groups,
                "realm_access", Map.of("roles", roles));
        return jwt().jwt(j -> j.subject(subject).claim("preferred_username", subject)
                .claim("organization", Map.of(tenant, entry)));
    }
}
