/** affairs-service: the work, information and management platforms of a tenant (organisations first). */
package org.partycloud.affairs;
