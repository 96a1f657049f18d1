/** The tenant admin's switches for the modules of the tenant's plan. */
package org.partycloud.tenant.modules;
