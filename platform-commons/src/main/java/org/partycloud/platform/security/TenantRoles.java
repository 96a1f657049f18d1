package org.partycloud.platform.security;

import org.partycloud.platform.tenancy.TenantContext;
import org.partycloud.platform.web.ProblemException;

/** Checks of tenant roles in the request's tenant, for controllers and services. */
public final class TenantRoles {

    public static final String TENANT_ADMIN = "tenant-admin";
    public static final String COMMITTEE_VIEWER = "committee-viewer";

    private TenantRoles() {
    }

    /** Passes when the caller holds one of the roles in the current tenant (platform operators always pass). */
    public static Caller requireAny(String... roles) {
        Caller caller = Caller.current().orElseThrow(() -> ProblemException.forbidden("forbidden", "Not signed in."));
        if (caller.isPlatformAdmin()) {
            return caller;
        }
        String tenant = TenantContext.require().value();
        for (String role : roles) {
            if (caller.hasTenantRole(tenant, role)) {
                return caller;
            }
        }
        throw ProblemException.forbidden("tenant-role-missing",
                "This action needs the role " + String.join(" or ", roles) + " in tenant '" + tenant + "'.");
    }
}
