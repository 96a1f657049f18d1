/** Members as spreadsheets: the import template, the import with a per-row report, and the export of a list. */
package org.partycloud.affairs.member.excel;
