package org.partycloud.tenant.memberlogins;

import java.util.List;
import java.util.UUID;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /internal/tenants/{key}/member-logins}: up to {@value #MAX} members, each with the
 * username affairs-service proposes ({@code <tenant key>.<pinyin>}) and the name parts Keycloak shows.
 */
record NewMemberLogins(@NotNull @Size(min = 1, max = NewMemberLogins.MAX) List<@NotNull @Valid Login> logins) {

    static final int MAX = 200;

    /** One member's login to create. */
    record Login(
            @NotNull UUID memberId,
            // Lower case as Keycloak stores it; room for the number a clash appends.
            @NotBlank @Size(max = 78) @Pattern(regexp = "[a-z][a-z0-9]{2,29}\\.[a-z0-9][a-z0-9._-]*") String username,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName) {
    }
}
