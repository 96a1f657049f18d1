package org.partycloud.affairs.organization;

import java.util.UUID;

/** The body of {@code POST /api/affairs/organizations/{id}/move}: the new parent, or none to make it a root. */
record OrganizationMove(UUID parentId) {
}
