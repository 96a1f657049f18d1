package org.partycloud.tenant.registry;

import java.time.LocalDate;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.partycloud.core.tenant.TenantKey;

/** An operator's request for a new tenant; without {@code adminUsername} the admin is {@code <key>-admin}. */
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
        @NotNull LocalDate subscriptionEnd,
        @Pattern(regexp = ADMIN_USERNAME, message = "3-50 characters: a lower-case letter, then lower-case letters,"
                + " digits, '.', '_' or '-'") String adminUsername) {

    /** A Keycloak login name without upper case or CJK characters (Keycloak refuses those or lower-cases them). */
    static final String ADMIN_USERNAME = "^[a-z][a-z0-9._-]{2,49}$";

    /** Mobile (1xx xxxx xxxx) or landline with area code and optional extension, optionally with +86. */
    static final String PHONE = "^(\\+?86[- ]?)?(1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[0-9]{7,8}(-[0-9]{1,6})?)$";
}
