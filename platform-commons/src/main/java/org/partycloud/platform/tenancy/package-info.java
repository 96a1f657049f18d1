/** Tenant keys, the per-request tenant context and the check of the X-Tenant header against the caller's token. */
package org.partycloud.platform.tenancy;
