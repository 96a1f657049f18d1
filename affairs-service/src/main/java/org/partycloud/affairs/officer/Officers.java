package org.partycloud.affairs.officer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The officers of the organisations of the tenant in context. */
interface Officers extends JpaRepository<Officer, UUID> {

    List<Officer> findByOrgId(UUID orgId);

    List<Officer> findByOrgIdAndEndedOnIsNull(UUID orgId);

    List<Officer> findByOrgIdAndPositionAndEndedOnIsNull(UUID orgId, OfficerPosition position);

    /**
     * Organisations whose serving officers' latest term ends on or before the day given, earliest first: a
     * newly elected committee's terms push the organisation out of the list even before the old ones are ended.
     */
    @Query("""
            SELECT new org.partycloud.affairs.officer.TermEnding(o.orgId, max(o.termEnd))
            FROM Officer o WHERE o.endedOn IS NULL
            GROUP BY o.orgId HAVING max(o.termEnd) <= :until
            ORDER BY max(o.termEnd), o.orgId
            """)
    List<TermEnding> termsEndingBy(@Param("until") LocalDate until);
}
