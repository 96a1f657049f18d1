/** The affairs service's part of the nightly statistics: members, organisations and officers per tenant and day. */
package org.partycloud.affairs.stats;
