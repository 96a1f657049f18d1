/**
 * Test support for every module: a real PostgreSQL (embedded by default, external by URL, Testcontainers when a
 * Docker engine answers) and a real Keycloak from the Maven Central dist, never a silent skip; tokens and
 * tenants shaped as Keycloak and tenant-service make them, for MockMvc tests; and the integration test setup
 * of a domain service ({@code @PartyCloudIntegrationTest}, {@code ServiceIntegrationTest}) with the tenant
 * isolation contract every such service must pass ({@code TenantIsolationContract}).
 */
package org.partycloud.platform.testsupport;
