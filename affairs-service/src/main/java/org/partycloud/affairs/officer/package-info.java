/** Officers of organisations (支委会, 班子成员) with their terms, and the re-election reminder (换届提醒). */
package org.partycloud.affairs.officer;
