package org.partycloud.affairs.member;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A correction request as the API shows it, with the member's name for the reviewer's list. */
record CorrectionView(UUID id, UUID memberId, String memberName, Map<String, String> changes, String reason,
        String status, String requestedBy, Instant requestedAt, String decidedBy, String decidedByName,
        Instant decidedAt, String decisionReason) {
}
