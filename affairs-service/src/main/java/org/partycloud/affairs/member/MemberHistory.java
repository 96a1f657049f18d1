package org.partycloud.affairs.member;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The history lines of the members of the tenant in context. */
interface MemberHistory extends JpaRepository<MemberHistoryEntry, Long> {

    Page<MemberHistoryEntry> findByMemberId(UUID memberId, Pageable page);
}
