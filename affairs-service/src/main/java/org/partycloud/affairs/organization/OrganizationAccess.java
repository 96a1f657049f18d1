package org.partycloud.affairs.organization;

import java.util.UUID;
import org.partycloud.affairs.access.AccessScope;
import org.partycloud.affairs.access.AccessScopes;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Decides which organisations of the request's tenant the caller reaches (分级管理): the tenant admin all of them,
 * an officer the nodes they were assigned and everything below; a member, or a caller without an assignment,
 * none. An organisation outside the caller's scope is answered as not found. Founding, moving and dissolving
 * reshape the tree and stay with the tenant admin.
 */
@Component
public class OrganizationAccess {

    private final AccessScopes scopes;

    OrganizationAccess(AccessScopes scopes) {
        this.scopes = scopes;
    }

    /** The caller's scope, for a check over many organisations at once. */
    public AccessScope scope() {
        return scopes.current();
    }

    /** Passes when the caller reaches the organisation; otherwise it is not found, as if it did not exist. */
    public void requireReach(UUID orgId) {
        if (!scope().maintains(orgId)) {
            throw new OrganizationNotFoundException(orgId);
        }
    }

    /** Whether the caller reaches the organisation. */
    public boolean reaches(UUID orgId) {
        return scope().maintains(orgId);
    }

    static Specification<Organization> reachable(AccessScope scope) {
        if (scope.wholeTenant()) {
            return Specification.unrestricted();
        }
        return (root, query, cb) -> scope.organizations().isEmpty() ? cb.disjunction()
                : root.get("id").in(scope.organizations());
    }
}
