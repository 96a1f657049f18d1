package org.partycloud.affairs.member;

import org.partycloud.platform.security.Caller;
import org.partycloud.platform.security.TenantRoles;
import org.partycloud.platform.tenancy.TenantContext;
import org.partycloud.platform.web.ProblemException;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may read, maintain and reveal members of the request's tenant. Today every
 * caller of the tenant reads, the tenant admin maintains, and only the tenant admin of this very tenant
 * reveals a full ID-card number (a platform operator does not). Organisation-scoped officer rights (分级管理)
 * narrow {@link #readable()} and {@link #mayRead(Member)} to the officer's subtree and widen maintenance to it;
 * a member's own archive joins them. The service asks nothing else.
 */
@Component
class MemberAccess {

    /** The members the caller may list. */
    Specification<Member> readable() {
        return Specification.unrestricted();
    }

    /** Whether the caller may read this member; a member they may not read is answered as not found. */
    boolean mayRead(Member member) {
        return true;
    }

    void requireMaintain() {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
    }

    void requireReveal() {
        Caller caller = Caller.current().orElseThrow(() -> ProblemException.forbidden("forbidden", "Not signed in."));
        String tenant = TenantContext.require().value();
        if (!caller.hasTenantRole(tenant, TenantRoles.TENANT_ADMIN)) {
            throw ProblemException.forbidden("tenant-role-missing", "Revealing a full ID-card number needs the role "
                    + TenantRoles.TENANT_ADMIN + " in tenant '" + tenant + "'.");
        }
    }
}
