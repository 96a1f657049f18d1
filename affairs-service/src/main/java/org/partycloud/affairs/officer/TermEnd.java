package org.partycloud.affairs.officer;

import java.time.LocalDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST .../officers/{id}/end}: an officer leaves the position before the term is over. */
record TermEnd(@NotNull LocalDate date, @NotBlank @Size(max = 500) String reason) {
}
