package org.partycloud.dues.rate;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The rate brackets of the tenant in context (the session works in that tenant's schema). */
interface RateBrackets extends JpaRepository<RateBracket, UUID> {
}
