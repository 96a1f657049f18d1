package org.partycloud.affairs.officer;

import java.time.LocalDate;
import java.util.UUID;
import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code POST /api/affairs/organizations/{orgId}/officers}. Without {@code termEnd} the term is the
 * national default of {@value Officer#DEFAULT_TERM_YEARS} years (5 for village and community branches: give it).
 */
record Appointment(@NotNull UUID memberId, @NotNull OfficerPosition position, @NotNull LocalDate termStart,
        LocalDate termEnd) {
}
