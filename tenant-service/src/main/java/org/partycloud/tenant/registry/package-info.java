/** The tenant registry: tenants and their lifecycle, the operator API, the tenant feed and the tenant directory. */
package org.partycloud.tenant.registry;
