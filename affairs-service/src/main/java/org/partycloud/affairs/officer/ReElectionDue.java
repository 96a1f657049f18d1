package org.partycloud.affairs.officer;

import java.time.LocalDate;
import java.util.UUID;

/** An organisation whose officers' term ends soon (换届提醒), or is already over ({@code overdue}). */
record ReElectionDue(UUID orgId, String orgName, String orgType, LocalDate termEnd, long daysLeft, boolean overdue) {
}
