package org.partycloud.affairs.access;

import org.partycloud.platform.security.Callers;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.partycloud.core.token.Caller;
import org.partycloud.platform.tenancy.TenantRoles;
import org.partycloud.platform.tenancy.TenantContext;
import org.partycloud.platform.web.ProblemException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out the {@link AccessScope} of the caller in the request's tenant: the tenant admin (and a platform
 * operator under the tenant's support access, who acts as its admin) the whole tenant; anyone else what their role assignments give, read afresh on every request so a
 * removed assignment takes effect at once. Tenant roles are read only from the request tenant's claim entry.
 */
@Component
public class AccessScopes {

    private final RoleAssignments assignments;

    AccessScopes(RoleAssignments assignments) {
        this.assignments = assignments;
    }

    @Transactional(readOnly = true)
    public AccessScope current() {
        Caller caller = Callers.current().orElseThrow(() -> ProblemException.forbidden("forbidden", "Not signed in."));
        String tenant = TenantContext.require().value();
        if (caller.hasTenantRole(tenant, TenantRoles.TENANT_ADMIN)) {
            return AccessScope.tenant();
        }
        boolean viewer = caller.hasTenantRole(tenant, TenantRoles.COMMITTEE_VIEWER);
        if (caller.userId() == null) {
            return new AccessScope(false, viewer, Set.of(), Set.of());
        }
        Set<java.util.UUID> own = assignments.findByUserIdOrderByCreatedAt(caller.userId()).stream()
                .map(RoleAssignment::memberId).filter(Objects::nonNull).collect(Collectors.toSet());
        return new AccessScope(false, viewer, new HashSet<>(assignments.officerScopeOf(caller.userId())), own);
    }
}
