package org.partycloud.affairs.member;

import java.time.LocalDate;
import java.util.UUID;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/affairs/members} and {@code PUT /api/affairs/members/{id}}: the archive as an
 * officer enters it. Birth date and gender may be left out: they are read from the ID-card number, and when
 * given must agree with it. The category is given on creation; afterwards it changes only by conversion.
 */
public record MemberDetails(
        @NotNull UUID orgId,
        @NotBlank @Size(max = 50) String name,
        Gender gender,
        @Size(max = 20) String ethnicity,
        LocalDate birthDate,
        @NotBlank @Size(max = 30) String idNumber,
        @Size(max = 100) String nativePlace,
        Education education,
        @Size(max = 100) String job,
        @Size(max = 30) @Pattern(regexp = "^[0-9+\\-() ]*$", message = "may hold digits, +, -, ( ) and spaces only")
        String phone,
        @Size(max = 200) String address,
        LocalDate applicationDate,
        LocalDate activistDate,
        LocalDate probationaryDate,
        LocalDate fullMembershipDate,
        MemberCategory category) {
}
