package org.partycloud.affairs.member;

import jakarta.validation.constraints.Size;

/** The body of an approval (an optional note) or a rejection (the reason, required there). */
record CorrectionDecision(@Size(max = 500) String reason) {
}
