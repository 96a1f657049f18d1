/** The problem catalogue (types, statuses, titles) and the domain's refusals, free of any web framework. */
package org.partycloud.core.problem;
