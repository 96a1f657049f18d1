/**
 * Resource-server security reading Keycloak access tokens: which tokens count, who calls (realm roles and the
 * per-organisation claim), and the 401/403 problems of the security filters.
 */
package org.partycloud.platform.security;
