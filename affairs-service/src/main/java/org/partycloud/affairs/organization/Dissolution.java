package org.partycloud.affairs.organization;

import java.time.LocalDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/affairs/organizations/{id}/dissolution}: when and why (撤销). */
record Dissolution(@NotNull LocalDate date, @NotBlank @Size(max = 500) String reason) {
}
