package org.partycloud.affairs.officer;

import java.time.LocalDate;
import java.util.UUID;

/** An organisation and the day its officers' term ends. */
record TermEnding(UUID orgId, LocalDate termEnd) {
}
