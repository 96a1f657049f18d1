/** Flyway for the shared platform schema and for every tenant schema, with the version of each recorded. */
package org.partycloud.platform.migration;
