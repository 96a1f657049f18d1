/** Calls to other services' /internal/** endpoints, authenticated with this service's client-credentials token. */
package org.partycloud.platform.internal;
