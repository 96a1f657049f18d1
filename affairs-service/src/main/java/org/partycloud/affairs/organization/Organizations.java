package org.partycloud.affairs.organization;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The organisations of the tenant in context (the session works in that tenant's schema). */
interface Organizations extends JpaRepository<Organization, UUID>, JpaSpecificationExecutor<Organization> {

    boolean existsByCode(String code);
}
