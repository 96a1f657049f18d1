/** Hibernate schema-per-tenant wiring: the current tenant from the request context, mapped to its schema. */
package org.partycloud.platform.persistence;
