/**
 * Nightly statistics as the control plane sees them: every night (and whenever an operator asks) tenant-service
 * has each domain service compute its per-tenant figures of a day (a Spring Batch job there, one partition per
 * tenant), collects them and rolls them up along the committee hierarchy into the dashboard tables, which are
 * the only thing {@code GET /api/tenant/dashboard} reads. Only counts leave the domain services: no person's
 * data ever reaches these tables.
 */
package org.partycloud.tenant.stats;
