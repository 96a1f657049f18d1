package org.partycloud.affairs.member.excel;

import java.util.List;

/**
 * What an import did: data rows read, members imported, rows rejected, and every problem by row and column.
 * With mode {@code all} a report with errors means nothing was imported.
 */
record ImportReport(int rows, int imported, int rejected, List<RowError> errors) {
}
