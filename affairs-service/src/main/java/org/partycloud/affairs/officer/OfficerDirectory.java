package org.partycloud.affairs.officer;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features of the service may ask about officers. */
@Component
public class OfficerDirectory {

    private final Officers officers;

    OfficerDirectory(Officers officers) {
        this.officers = officers;
    }

    /** Serving members of the organisation's committee (支委会): every position but the dues collector. */
    @Transactional(readOnly = true)
    public long servingCommitteeMembers(UUID orgId) {
        return officers.findByOrgIdAndEndedOnIsNull(orgId).stream()
                .filter(o -> o.position() != OfficerPosition.DUES_COLLECTOR)
                .map(Officer::memberId).distinct().count();
    }
}
