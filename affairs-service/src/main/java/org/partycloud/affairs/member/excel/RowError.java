package org.partycloud.affairs.member.excel;

/**
 * One problem of an imported row.
 *
 * @param row the row number as Excel shows it (the header is row 1)
 * @param column the column's Chinese header, or null for the row as a whole
 * @param reason in Chinese, for the person who fixes the file
 */
record RowError(int row, String column, String reason) {
}
