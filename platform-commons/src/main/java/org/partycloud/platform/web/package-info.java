/** RFC 9457 problem details for every error a service answers, including unknown paths and filter errors. */
package org.partycloud.platform.web;
