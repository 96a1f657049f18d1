package org.partycloud.tenant.memberlogins;

import java.util.UUID;

/**
 * A member's login as answered to affairs-service: the Keycloak user id and username, and the temporary
 * password to show the tenant admin once ({@code null} when the member has already set their own password).
 */
record MemberLogin(UUID memberId, String userId, String username, String temporaryPassword, boolean created) {
}
