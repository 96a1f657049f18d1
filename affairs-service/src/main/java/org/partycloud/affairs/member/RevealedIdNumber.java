package org.partycloud.affairs.member;

import java.util.UUID;

/** The answer of a reveal: the full ID-card number, which the caller's reading was audited for. */
record RevealedIdNumber(UUID memberId, String idNumber) {
}
