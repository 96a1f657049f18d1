/**
 * The provisioning and deletion sagas: each service's tenant schema, then the Keycloak organisation, groups and
 * admin; every step recorded, idempotent and resumed after a crash.
 */
package org.partycloud.tenant.provisioning;
