package org.partycloud.affairs.access;

import java.util.Set;
import java.util.UUID;
import org.partycloud.platform.web.ProblemException;

/**
 * What a caller may reach in the request's tenant (分级管理): the whole tenant (tenant admin), the organisations
 * they maintain as an officer (assigned nodes with everything below), and the archives that are their own.
 * Anything outside is answered as not found, never as forbidden, so its existence is not revealed.
 *
 * @param committeeViewer holds the committee-viewer role and not the tenant-admin role: no personal data at all
 */
public record AccessScope(boolean wholeTenant, boolean committeeViewer, Set<UUID> organizations,
        Set<UUID> ownMembers) {

    public AccessScope {
        organizations = Set.copyOf(organizations);
        ownMembers = Set.copyOf(ownMembers);
    }

    public static AccessScope tenant() {
        return new AccessScope(true, false, Set.of(), Set.of());
    }

    /** Whether the caller reads and maintains this organisation (and the members placed in it). */
    public boolean maintains(UUID orgId) {
        return wholeTenant || (orgId != null && organizations.contains(orgId));
    }

    /** Whether the caller reads this member: one of the organisations they maintain, or their own archive. */
    public boolean reads(UUID memberId, UUID orgId) {
        return maintains(orgId) || ownMembers.contains(memberId);
    }

    /** The scope, unless the caller is a committee viewer: they see aggregate figures, never personal data. */
    public AccessScope requirePersonalData() {
        if (committeeViewer) {
            throw ProblemException.forbidden("personal-data-forbidden",
                    "A committee viewer sees aggregate figures only, never the personal data of members.");
        }
        return this;
    }

    public boolean isOwn(UUID memberId) {
        return ownMembers.contains(memberId);
    }

    /** Whether the caller maintains anything at all (menus: members, organisations, correction review). */
    public boolean maintainsAny() {
        return wholeTenant || !organizations.isEmpty();
    }
}
