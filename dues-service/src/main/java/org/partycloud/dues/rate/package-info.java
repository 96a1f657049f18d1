/** The tenant's dictionary of dues rate brackets: the national defaults, adjustable by the tenant admin. */
package org.partycloud.dues.rate;
