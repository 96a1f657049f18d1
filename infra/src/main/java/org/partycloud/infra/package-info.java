/** The one-command platform: embedded PostgreSQL, Keycloak from its dist, and every service as a process. */
package org.partycloud.infra;
