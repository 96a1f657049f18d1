/**
 * Test support for every module: a real PostgreSQL (embedded by default, external by URL, Testcontainers when a
 * Docker engine answers) and a real Keycloak from the Maven Central dist, never a silent skip; and tokens and
 * tenants shaped as Keycloak and tenant-service make them, for MockMvc tests.
 */
package org.partycloud.platform.testsupport;
