package org.partycloud.platform.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer of {@code GET /internal/stats/figures}: the figures of whole tenants; {@code next} is the cursor for
 * the following page ({@code after=next}), null on the last page.
 */
record FiguresPage(LocalDate date, List<Item> items, String next) {

    record Item(String tenant, String metric, String dimension, long value) {
    }
}
