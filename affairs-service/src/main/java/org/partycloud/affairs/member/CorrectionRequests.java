package org.partycloud.affairs.member;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The correction requests of the tenant in context. */
interface CorrectionRequests extends JpaRepository<CorrectionRequest, UUID>,
        JpaSpecificationExecutor<CorrectionRequest> {
}
