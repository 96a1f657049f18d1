package org.partycloud.affairs.member;

import java.util.UUID;
import org.partycloud.affairs.organization.OrganizationMembers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the organisation tree how many current members an organisation has (a dissolution needs none). */
@Component
class CurrentMembersOfOrganization implements OrganizationMembers {

    private final Members members;

    CurrentMembersOfOrganization(Members members) {
        this.members = members;
    }

    @Override
    @Transactional(readOnly = true)
    public long currentMembersOf(UUID orgId) {
        return members.countByOrgIdAndStatusIn(orgId, MemberStatus.CURRENT);
    }
}
