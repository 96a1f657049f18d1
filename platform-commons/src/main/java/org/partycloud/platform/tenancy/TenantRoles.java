package org.partycloud.platform.tenancy;

import org.partycloud.core.problem.ProblemTypes;
import org.partycloud.core.token.Caller;
import org.partycloud.core.token.Roles;
import org.partycloud.platform.security.Callers;
import org.partycloud.platform.web.ProblemException;

/**
 * Checks of tenant roles in the request's tenant, for controllers and services. A platform operator holds no
 * tenant role of his own: only as the tenant admin under a support grant (the tenant filter made him that).
 */
public final class TenantRoles {

    public static final String TENANT_ADMIN = Roles.TENANT_ADMIN;
    public static final String COMMITTEE_VIEWER = Roles.COMMITTEE_VIEWER;

    private TenantRoles() {
    }

    /** Passes when the caller holds one of the roles in the current tenant. */
    public static Caller requireAny(String... roles) {
        Caller caller = Callers.current().orElseThrow(() -> new ProblemException(ProblemTypes.UNAUTHENTICATED,
                "Not signed in."));
        String tenant = TenantContext.require().value();
        for (String role : roles) {
            if (caller.hasTenantRole(tenant, role)) {
                return caller;
            }
        }
        throw new ProblemException(ProblemTypes.TENANT_ROLE_MISSING,
                "This action needs the role " + String.join(" or ", roles) + " in tenant '" + tenant + "'.");
    }
}
