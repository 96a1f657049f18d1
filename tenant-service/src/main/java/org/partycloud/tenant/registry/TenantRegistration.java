package org.partycloud.tenant.registry;

import java.time.LocalDate;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.partycloud.platform.tenancy.TenantKey;

/** An operator's request for a new tenant. */
record TenantRegistration(
        @NotBlank @Pattern(regexp = TenantKey.PATTERN,
                message = "3-30 characters: a lower-case letter, then lower-case letters or digits") String key,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Pattern(regexp = TenantKind.CODES, message = "one of enterprise, agency, committee") String kind,
        @NotBlank @Size(max = 30) String plan,
        @NotBlank @Size(max = 50) String contactName,
        @NotBlank @Pattern(regexp = PHONE, message = "a mainland China mobile or landline number") String contactPhone,
        @NotBlank @Email @Size(max = 254) String adminEmail,
        @NotNull LocalDate subscriptionStart,
        @NotNull LocalDate subscriptionEnd) {

    /** Mobile (1xx xxxx xxxx) or landline with area code and optional extension, optionally with +86. */
    static final String PHONE = "^(\\+?86[- ]?)?(1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[0-9]{7,8}(-[0-9]{1,6})?)$";
}
