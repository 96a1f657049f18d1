/**
 * The web conventions every service shares: RFC 9457 problem details for every error (unknown paths and filter
 * errors included) and the paged list shape with its parameter parsing.
 */
package org.partycloud.platform.web;
