/**
 * Test support for every module: a real PostgreSQL (embedded by default, external by URL, Testcontainers
 * when a Docker engine answers) and a real Keycloak from the Maven Central dist. Never a silent skip.
 */
package org.partycloud.platform.testsupport;
