/** The member archive (电子档案): identity, party data, statuses, history and protected ID-card numbers. */
package org.partycloud.affairs.member;
