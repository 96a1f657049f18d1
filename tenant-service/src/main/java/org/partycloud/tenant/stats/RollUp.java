package org.partycloud.tenant.stats;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rolls a day's per-tenant figures up the committee hierarchy: every tenant gets its OWN figures and its
 * SUBTREE figures (itself plus every tenant below it, at any depth), and the hierarchy of that day is kept
 * beside them, so a committee's dashboard is its SUBTREE row plus one SUBTREE row per direct subordinate.
 * Tenants that are gone (deleted, never provisioned) are left out; links count only between tenants that are
 * there, so an unlinked or never-linked tenant is never in a committee's figures.
 *
 * <p>A day rolled up again with the same figures and the same hierarchy writes nothing.
 */
@Component
class RollUp {

    /** The tenants whose figures roll up: every tenant that has (or may still have) data. */
    private static final String TENANTS = """
            select tenant_key, name, kind from platform.tenant
            where status in ('ACTIVE', 'SUSPENDED', 'EXPIRED') order by tenant_key""";
    private static final int INSERT_CHUNK = 5_000;

    record FigureKey(String metric, String dimension) {
    }

    record Result(int tenants, int rows, boolean changed) {
    }

    private record TenantRow(String key, String name, String kind, String superior) {
    }

    private record FigureRow(String tenant, String scope, String metric, String dimension, long value) {
    }

    private final JdbcTemplate jdbc;

    RollUp(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param own each tenant's own figures of the day, as the domain services computed them
     */
    @Transactional
    Result write(LocalDate date, Map<String, Map<FigureKey, Long>> own, Instant computedAt) {
        Map<String, TenantRow> tenants = new TreeMap<>();
        jdbc.query(TENANTS, rs -> {
            tenants.put(rs.getString(1), new TenantRow(rs.getString(1), rs.getString(2), rs.getString(3), null));
        });
        Map<String, List<String>> children = new HashMap<>();
        jdbc.query("select subordinate_key, committee_key from platform.committee_link", rs -> {
            String subordinate = rs.getString(1);
            String committee = rs.getString(2);
            if (tenants.containsKey(subordinate) && tenants.containsKey(committee)) {
                TenantRow row = tenants.get(subordinate);
                tenants.put(subordinate, new TenantRow(row.key(), row.name(), row.kind(), committee));
                children.computeIfAbsent(committee, k -> new ArrayList<>()).add(subordinate);
            }
        });

        Map<String, Map<FigureKey, Long>> subtree = new HashMap<>();
        for (String key : tenants.keySet()) {
            subtreeOf(key, own, children, subtree);
        }
        List<FigureRow> figures = new ArrayList<>();
        for (String key : tenants.keySet()) {
            own.getOrDefault(key, Map.of()).forEach((figure, value) ->
                    figures.add(new FigureRow(key, "OWN", figure.metric(), figure.dimension(), value)));
            subtree.get(key).forEach((figure, value) ->
                    figures.add(new FigureRow(key, "SUBTREE", figure.metric(), figure.dimension(), value)));
        }

        if (sameAsWritten(date, tenants.values(), figures)) {
            return new Result(tenants.size(), figures.size(), false);
        }
        jdbc.update("delete from platform.dashboard_figure where stat_date = ?", Date.valueOf(date));
        jdbc.update("delete from platform.dashboard_tenant where stat_date = ?", Date.valueOf(date));
        insertTenants(date, List.copyOf(tenants.values()), computedAt);
        insertFigures(date, figures);
        return new Result(tenants.size(), figures.size(), true);
    }

    /** Sums a tenant's own figures and its children's subtrees (the links never form a cycle). */
    private static Map<FigureKey, Long> subtreeOf(String key, Map<String, Map<FigureKey, Long>> own,
            Map<String, List<String>> children, Map<String, Map<FigureKey, Long>> memo) {
        Map<FigureKey, Long> known = memo.get(key);
        if (known != null) {
            return known;
        }
        Map<FigureKey, Long> sum = new HashMap<>(own.getOrDefault(key, Map.of()));
        for (String child : children.getOrDefault(key, List.of())) {
            subtreeOf(child, own, children, memo).forEach((figure, value) -> sum.merge(figure, value, Long::sum));
        }
        memo.put(key, sum);
        return sum;
    }

    private boolean sameAsWritten(LocalDate date, Iterable<TenantRow> tenants, List<FigureRow> figures) {
        Set<TenantRow> written = new HashSet<>(jdbc.query(
                "select tenant_key, name, kind, superior_key from platform.dashboard_tenant where stat_date = ?",
                (rs, i) -> new TenantRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                Date.valueOf(date)));
        Set<TenantRow> now = new HashSet<>();
        tenants.forEach(now::add);
        if (!written.equals(now)) {
            return false;
        }
        Integer count = jdbc.queryForObject("select count(*) from platform.dashboard_figure where stat_date = ?",
                Integer.class, Date.valueOf(date));
        if (!Objects.equals(count, figures.size())) {
            return false;
        }
        Set<FigureRow> writtenFigures = new HashSet<>(figures.size() * 2);
        jdbc.query("select tenant_key, scope, metric, dimension, value from platform.dashboard_figure"
                + " where stat_date = ?", rs -> {
                    writtenFigures.add(new FigureRow(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getLong(5)));
                }, Date.valueOf(date));
        return writtenFigures.equals(new HashSet<>(figures));
    }

    private void insertTenants(LocalDate date, List<TenantRow> tenants, Instant computedAt) {
        for (int from = 0; from < tenants.size(); from += INSERT_CHUNK) {
            List<TenantRow> chunk = tenants.subList(from, Math.min(tenants.size(), from + INSERT_CHUNK));
            jdbc.update(connection -> {
                var statement = connection.prepareStatement("""
                        insert into platform.dashboard_tenant (tenant_key, stat_date, name, kind, superior_key, computed_at)
                        select t.key, ?, t.name, t.kind, t.superior, ?
                        from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[]) as t(key, name, kind, superior)""");
                statement.setDate(1, Date.valueOf(date));
                statement.setTimestamp(2, Timestamp.from(computedAt));
                statement.setArray(3, connection.createArrayOf("varchar", array(chunk, TenantRow::key)));
                statement.setArray(4, connection.createArrayOf("varchar", array(chunk, TenantRow::name)));
                statement.setArray(5, connection.createArrayOf("varchar", array(chunk, TenantRow::kind)));
                statement.setArray(6, connection.createArrayOf("varchar", array(chunk, TenantRow::superior)));
                return statement;
            });
        }
    }

    private void insertFigures(LocalDate date, List<FigureRow> figures) {
        for (int from = 0; from < figures.size(); from += INSERT_CHUNK) {
            List<FigureRow> chunk = figures.subList(from, Math.min(figures.size(), from + INSERT_CHUNK));
            Long[] values = chunk.stream().map(FigureRow::value).toArray(Long[]::new);
            jdbc.update(connection -> {
                var statement = connection.prepareStatement("""
                        insert into platform.dashboard_figure (tenant_key, stat_date, scope, metric, dimension, value)
                        select f.tenant, ?, f.scope, f.metric, f.dimension, f.value
                        from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[])
                            as f(tenant, scope, metric, dimension, value)""");
                statement.setDate(1, Date.valueOf(date));
                statement.setArray(2, connection.createArrayOf("varchar", array(chunk, FigureRow::tenant)));
                statement.setArray(3, connection.createArrayOf("varchar", array(chunk, FigureRow::scope)));
                statement.setArray(4, connection.createArrayOf("varchar", array(chunk, FigureRow::metric)));
                statement.setArray(5, connection.createArrayOf("varchar", array(chunk, FigureRow::dimension)));
                statement.setArray(6, connection.createArrayOf("bigint", values));
                return statement;
            });
        }
    }

    private static <T> String[] array(List<T> rows, java.util.function.Function<T, String> field) {
        return rows.stream().map(field).toArray(String[]::new);
    }
}
