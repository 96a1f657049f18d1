/** Logins for the members of a tenant: Keycloak users in the tenant's organisation, created for affairs-service. */
package org.partycloud.tenant.memberlogins;
