package org.partycloud.affairs.member;

import java.time.LocalDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/affairs/members/{id}/status-changes}: one named operation with its date and
 * reason. {@code place} and {@code until} belong to {@code mobile}, {@code months} (6–12) to
 * {@code extend_probation}, {@code kind} to {@code leave}; the date of {@code convert_to_full} becomes the
 * full-membership date.
 */
record StatusChange(
        @NotNull StatusOperation operation,
        @NotNull LocalDate date,
        @NotBlank @Size(max = 500) String reason,
        @Size(max = 200) String place,
        LocalDate until,
        @Min(6) @Max(12) Integer months,
        LeaveKind kind) {
}
