/** The tenant's settings document (dues rounding, transfer letters, meeting frequencies) with national defaults. */
package org.partycloud.tenant.settings;
