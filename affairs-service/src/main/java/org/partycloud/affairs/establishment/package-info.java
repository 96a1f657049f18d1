/** The establishment rules of party organisations (组织设置), checked against live member and officer data. */
package org.partycloud.affairs.establishment;
