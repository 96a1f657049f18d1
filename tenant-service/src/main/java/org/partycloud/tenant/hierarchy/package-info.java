/** Superior committees and the tenants below them: invitations, consent, links, unlinking, and their audit. */
package org.partycloud.tenant.hierarchy;
