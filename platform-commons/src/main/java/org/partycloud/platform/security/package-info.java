/** Resource-server security reading Keycloak tokens: realm roles and the per-organisation (tenant) claim. */
package org.partycloud.platform.security;
