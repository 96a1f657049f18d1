package org.partycloud.affairs.member;

import org.partycloud.platform.security.Callers;
import java.util.UUID;
import org.partycloud.affairs.access.AccessScope;
import org.partycloud.affairs.access.AccessScopes;
import org.partycloud.core.token.Caller;
import org.partycloud.platform.tenancy.TenantRoles;
import org.partycloud.platform.tenancy.TenantContext;
import org.partycloud.platform.web.ProblemException;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may read, maintain and reveal members of the request's tenant (分级管理). The
 * tenant admin reads and maintains every member; an officer the members placed in the organisations they
 * maintain (their nodes and everything below); a member reads only their own archive; anyone else nothing. A
 * member outside the caller's scope is answered as not found. A committee viewer never sees personal data (403).
 * Only the tenant admin of this very tenant reveals a full ID-card number (a platform operator, even under the
 * tenant's support access, does not).
 */
@Component
class MemberAccess {

    private final AccessScopes scopes;

    MemberAccess(AccessScopes scopes) {
        this.scopes = scopes;
    }

    /** The caller's scope; a committee viewer is refused here, before anything is looked up. */
    AccessScope scope() {
        return scopes.current().requirePersonalData();
    }

    /** The members the caller may list, as a filter in the query itself, so paging and totals stay right. */
    static Specification<Member> readable(AccessScope scope) {
        if (scope.wholeTenant()) {
            return Specification.unrestricted();
        }
        return (root, query, cb) -> {
            if (scope.organizations().isEmpty() && scope.ownMembers().isEmpty()) {
                return cb.disjunction();
            }
            if (scope.ownMembers().isEmpty()) {
                return root.get("orgId").in(scope.organizations());
            }
            if (scope.organizations().isEmpty()) {
                return root.get("id").in(scope.ownMembers());
            }
            return cb.or(root.get("orgId").in(scope.organizations()), root.get("id").in(scope.ownMembers()));
        };
    }

    /** Whether the caller may read this member; a member they may not read is answered as not found. */
    static boolean mayRead(AccessScope scope, Member member) {
        return scope.reads(member.id(), member.orgId());
    }

    /**
     * Edits and status changes: the member must be in an organisation the caller maintains. One they may not
     * even read is not found; their own archive, which they read but do not maintain, is forbidden.
     */
    static void requireMaintain(AccessScope scope, Member member) {
        if (scope.maintains(member.orgId())) {
            return;
        }
        if (scope.isOwn(member.id())) {
            throw ProblemException.forbidden("member-maintenance-forbidden",
                    "A member asks for a change to their own archive through a correction request.");
        }
        throw new MemberNotFoundException(member.id());
    }

    /** Enrolling: someone who maintains nothing is refused outright. */
    static void requireMaintainsAny(AccessScope scope) {
        if (!scope.maintainsAny()) {
            throw ProblemException.forbidden("tenant-role-missing",
                    "Enrolling members needs the role " + TenantRoles.TENANT_ADMIN + " or an officer's role.");
        }
    }

    /** Placing a member: an organisation the caller does not maintain looks like one that does not exist. */
    static boolean mayPlaceIn(AccessScope scope, UUID orgId) {
        return scope.maintains(orgId);
    }

    void requireReveal() {
        Caller caller = Callers.current().orElseThrow(() -> ProblemException.forbidden("forbidden", "Not signed in."));
        String tenant = TenantContext.require().value();
        if (!caller.hasTenantRole(tenant, TenantRoles.TENANT_ADMIN)) {
            throw ProblemException.forbidden("tenant-role-missing", "Revealing a full ID-card number needs the role "
                    + TenantRoles.TENANT_ADMIN + " in tenant '" + tenant + "'.");
        }
        if (caller.supportAccess().isPresent()) {
            throw ProblemException.forbidden("support-access-no-reveal", "Support access never reveals a full "
                    + "ID-card number; the tenant admin reveals it himself (技术支持不可查看完整身份证号).");
        }
    }
}
