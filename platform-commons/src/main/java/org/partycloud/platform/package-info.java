/** Cross-cutting platform code shared by every PartyCloud service; it knows no party-building domain word. */
package org.partycloud.platform;
