package org.partycloud.affairs.access;

import org.partycloud.platform.security.Callers;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.partycloud.core.token.Caller;
import org.partycloud.platform.tenancy.TenantRoles;
import org.partycloud.platform.tenancy.TenantContext;
import org.partycloud.platform.web.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/affairs/me}: for any caller of the tenant, their role assignments, the member(s) of the archive
 * they are, and what they may do, so the console builds its menu. The services decide again on every request.
 */
@RestController
class MeController {

    private final RoleAssignmentService assignments;
    private final AccessScopes scopes;

    MeController(RoleAssignmentService assignments, AccessScopes scopes) {
        this.assignments = assignments;
        this.scopes = scopes;
    }

    @GetMapping("/api/affairs/me")
    Me me() {
        Caller caller = Callers.current().orElseThrow(() -> ProblemException.forbidden("forbidden", "Not signed in."));
        String tenant = TenantContext.require().value();
        boolean admin = caller.hasTenantRole(tenant, TenantRoles.TENANT_ADMIN);
        boolean viewer = caller.hasTenantRole(tenant, TenantRoles.COMMITTEE_VIEWER);
        List<RoleAssignmentView> mine = caller.userId() == null ? List.of() : assignments.of(caller.userId());
        AccessScope scope = scopes.current();
        Set<UUID> own = scope.ownMembers();
        boolean personal = !scope.committeeViewer();
        Rights may = new Rights(
                personal && (scope.maintainsAny() || !own.isEmpty()),
                personal && scope.maintainsAny(),
                admin,
                admin,
                admin,
                admin && caller.supportAccess().isEmpty(),
                personal && !own.isEmpty(),
                personal && scope.maintainsAny());
        return new Me(caller.userId(), caller.username(), tenant, admin, viewer, mine,
                own.stream().sorted().toList(), may);
    }

    /** The caller as the console needs them. */
    record Me(String userId, String username, String tenant, boolean tenantAdmin, boolean committeeViewer,
            List<RoleAssignmentView> assignments, List<UUID> memberIds, Rights may) {
    }

    /** What the caller may do in the tenant, one flag per menu entry. */
    record Rights(boolean readMembers, boolean maintainMembers, boolean manageOrganizations, boolean manageRoles,
            boolean readAudit, boolean revealIdNumbers, boolean requestCorrections, boolean reviewCorrections) {
    }
}
