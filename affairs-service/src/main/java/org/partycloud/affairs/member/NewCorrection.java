package org.partycloud.affairs.member;

import java.util.Map;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/affairs/members/{id}/corrections}: field → new value, for the fields in
 * {@link CorrectionChanges#CORRECTABLE}, and why.
 */
record NewCorrection(@NotEmpty @Size(max = 6) Map<String, String> changes, @NotBlank @Size(max = 300) String reason) {
}
