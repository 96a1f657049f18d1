package org.partycloud.affairs.access;

import java.util.UUID;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/affairs/role-assignments}: the login (Keycloak user id, the token's {@code sub}),
 * the member of the archive the login is (required for the role {@code member}), the organisation and the role.
 */
record NewRoleAssignment(
        @NotBlank @Size(max = 100) String userId,
        UUID memberId,
        @NotNull UUID orgId,
        @NotNull AssignedRole role) {
}
