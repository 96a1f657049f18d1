/**
 * The tenant contract of the platform without a framework: what the reactive gateway and the servlet commons must
 * agree on (tenant keys, statuses, admission, token claims, the problem catalogue, feed payloads).
 */
package org.partycloud.core;
