/**
 * Keycloak administration for tenants through the admin REST API, with this service's client-credentials
 * token: one organisation per tenant (alias = key), its groups with realm-role mappings, and its admin user.
 */
package org.partycloud.tenant.keycloak;
