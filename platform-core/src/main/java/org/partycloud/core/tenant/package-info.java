/** Tenant keys and statuses, the rule that admits a request into a tenant, and the tenant feed's payload. */
package org.partycloud.core.tenant;
