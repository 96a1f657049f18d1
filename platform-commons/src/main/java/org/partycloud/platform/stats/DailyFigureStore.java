package org.partycloud.platform.stats;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partycloud.core.tenant.TenantKey;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code platform.stat_daily_figure}: a tenant's figures of a day are replaced as a whole, and read by pages of tenants. */
class DailyFigureStore {

    private final JdbcTemplate jdbc;

    DailyFigureStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces the tenant's figures of the day: delete, then one batch insert, in the caller's transaction (the
     * worker step's), so a retry or a rerun leaves exactly one set of rows and a failure leaves the old ones.
     */
    void replace(LocalDate statDate, TenantKey tenant, List<DailyFigure> figures) {
        jdbc.update("DELETE FROM platform.stat_daily_figure WHERE stat_date = ? AND tenant_key = ?",
                Date.valueOf(statDate), tenant.value());
        List<Object[]> rows = new ArrayList<>(figures.size());
        for (DailyFigure f : figures) {
            rows.add(new Object[] {Date.valueOf(statDate), tenant.value(), f.metric(), f.dimension(), f.value()});
        }
        // now() is the transaction's start: one computed_at for the whole set.
        jdbc.batchUpdate("""
                INSERT INTO platform.stat_daily_figure (stat_date, tenant_key, metric, dimension, value, computed_at)
                VALUES (?, ?, ?, ?, ?, now())
                """, rows);
    }

    /**
     * The figures of up to {@code tenants} whole tenants after the cursor, in tenant-key then metric and dimension
     * order; {@code next} is the last tenant of the page when another tenant follows, else null.
     */
    FiguresPage page(LocalDate statDate, String after, int tenants) {
        List<String> keys = jdbc.queryForList("""
                SELECT DISTINCT tenant_key FROM platform.stat_daily_figure
                WHERE stat_date = ? AND tenant_key > ? ORDER BY tenant_key LIMIT ?
                """, String.class, Date.valueOf(statDate), after, tenants + 1);
        boolean more = keys.size() > tenants;
        List<String> page = more ? keys.subList(0, tenants) : keys;
        if (page.isEmpty()) {
            return new FiguresPage(statDate, List.of(), null);
        }
        List<FiguresPage.Item> items = jdbc.query("""
                SELECT tenant_key, metric, dimension, value FROM platform.stat_daily_figure
                WHERE stat_date = ? AND tenant_key > ? AND tenant_key <= ?
                ORDER BY tenant_key, metric, dimension
                """, (rs, n) -> new FiguresPage.Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
                Date.valueOf(statDate), after, page.get(page.size() - 1));
        return new FiguresPage(statDate, items, more ? page.get(page.size() - 1) : null);
    }
}
