package org.partycloud.affairs.organization;

import java.time.LocalDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/affairs/organizations/{id}}: the details; the place in the tree changes by a move. */
record OrganizationEdit(
        @NotBlank @Size(max = 100) String name,
        @NotNull OrganizationType type,
        @Size(max = 50) String code,
        @Min(0) @Max(999_999) Integer displayOrder,
        LocalDate foundedOn,
        @Size(max = 100) String contact,
        @Size(max = 200) String address) {
}
