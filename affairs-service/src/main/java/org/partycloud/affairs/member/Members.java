package org.partycloud.affairs.member;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The members of the tenant in context (the session works in that tenant's schema). */
interface Members extends JpaRepository<Member, UUID>, JpaSpecificationExecutor<Member> {

    boolean existsByIdNumberHash(String idNumberHash);

    /** Which of the hashes the archive (current and former members) already holds: one query for a batch. */
    @Query("select m.idNumberHash from Member m where m.idNumberHash in :hashes")
    List<String> findTakenIdNumberHashes(@Param("hashes") Collection<String> hashes);

    boolean existsByIdNumberHashAndIdNot(String idNumberHash, UUID id);

    long countByOrgIdAndStatusIn(UUID orgId, Collection<MemberStatus> statuses);

    long countByOrgIdInAndStatusInAndCategory(Collection<UUID> orgIds, Collection<MemberStatus> statuses,
            MemberCategory category);
}
