package org.partycloud.affairs.member;

import java.util.Collection;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The members of the tenant in context (the session works in that tenant's schema). */
interface Members extends JpaRepository<Member, UUID>, JpaSpecificationExecutor<Member> {

    boolean existsByIdNumberHash(String idNumberHash);

    boolean existsByIdNumberHashAndIdNot(String idNumberHash, UUID id);

    long countByOrgIdAndStatusIn(UUID orgId, Collection<MemberStatus> statuses);

    long countByOrgIdInAndStatusInAndCategory(Collection<UUID> orgIds, Collection<MemberStatus> statuses,
            MemberCategory category);
}
