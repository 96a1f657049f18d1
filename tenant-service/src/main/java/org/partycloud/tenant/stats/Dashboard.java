package org.partycloud.tenant.stats;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.platform.web.ProblemException;
import org.partycloud.tenant.registry.TenantRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's dashboard of a day, read from the roll-up's tables only: its figures with everything below it,
 * its own, one row per direct subordinate (drill-down one level at a time, only into tenants that were below
 * it that day) and a trend. Only counts and tenant names: nothing here can name a person.
 */
@Component
class Dashboard {

    /** The metrics of a subordinate's row in the table (the full breakdown is one drill-down away). */
    static final List<String> ROW_METRICS = List.of("members", "members.category", "organizations",
            "officers.termsEndingSoon", "organizations.ruleBroken");

    record TenantRef(String key, String name, String kind) {
    }

    record PathEntry(String key, String name) {
    }

    record SubordinateRow(String key, String name, String kind, boolean hasSubordinates,
            Map<String, Map<String, Long>> figures) {
    }

    record TrendPoint(LocalDate date, long members, long organizations) {
    }

    record View(TenantRef tenant, List<PathEntry> path, LocalDate date, Instant computedAt,
            Map<String, Map<String, Long>> figures, Map<String, Map<String, Long>> own,
            List<SubordinateRow> subordinates, List<TrendPoint> trend) {
    }

    private record DayTenant(String key, String name, String kind, String superior, Instant computedAt) {
    }

    private final JdbcTemplate jdbc;
    private final TenantRegistry registry;
    private final StatsProperties properties;

    Dashboard(JdbcTemplate jdbc, TenantRegistry registry, StatsProperties properties) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.properties = properties;
    }

    /**
     * @param viewer the tenant whose dashboard it is (the caller's)
     * @param subordinate a tenant below the viewer to drill into, or none for the viewer itself
     * @param date the day, or none for the latest day with figures
     */
    @Transactional(readOnly = true)
    View of(TenantKey viewer, Optional<String> subordinate, Optional<LocalDate> date) {
        Optional<LocalDate> day = date.isPresent() ? date : latest(viewer);
        Optional<DayTenant> top = day.flatMap(d -> dayTenant(viewer.value(), d));
        if (top.isEmpty()) {
            if (subordinate.isPresent() && !subordinate.get().equals(viewer.value())) {
                throw notBelow(subordinate.get());
            }
            // No figures yet (a new tenant, or before the first night): the tenant's name from the registry.
            var tenant = registry.snapshot(viewer).orElseThrow(() -> ProblemException.notFound("tenant-not-found",
                    "There is no tenant '" + viewer.value() + "'."));
            return new View(new TenantRef(viewer.value(), tenant.name(), tenant.kind().code()),
                    List.of(new PathEntry(viewer.value(), tenant.name())), null, null, Map.of(), Map.of(), List.of(),
                    List.of());
        }
        LocalDate statDate = day.get();
        List<DayTenant> path = pathTo(top.get(), subordinate.orElse(viewer.value()), statDate);
        DayTenant target = path.get(path.size() - 1);

        Map<String, Map<String, Long>> figures = new TreeMap<>();
        Map<String, Map<String, Long>> own = new TreeMap<>();
        jdbc.query("""
                select scope, metric, dimension, value from platform.dashboard_figure
                where tenant_key = ? and stat_date = ? order by metric, dimension""", rs -> {
            var into = "OWN".equals(rs.getString(1)) ? own : figures;
            into.computeIfAbsent(rs.getString(2), k -> new LinkedHashMap<>()).put(rs.getString(3), rs.getLong(4));
        }, target.key(), Date.valueOf(statDate));

        return new View(new TenantRef(target.key(), target.name(), target.kind()),
                path.stream().map(t -> new PathEntry(t.key(), t.name())).toList(), statDate, target.computedAt(),
                figures, own, subordinates(target.key(), statDate), trend(target.key(), statDate));
    }

    private Optional<LocalDate> latest(TenantKey tenant) {
        return Optional.ofNullable(jdbc.queryForObject(
                "select max(stat_date) from platform.dashboard_tenant where tenant_key = ?", LocalDate.class,
                tenant.value()));
    }

    private Optional<DayTenant> dayTenant(String key, LocalDate date) {
        return jdbc.query("""
                select tenant_key, name, kind, superior_key, computed_at from platform.dashboard_tenant
                where tenant_key = ? and stat_date = ?""",
                (rs, i) -> new DayTenant(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()), key, Date.valueOf(date)).stream().findFirst();
    }

    /** The chain from the viewer down to the target as the hierarchy stood that day; 404 if not below. */
    private List<DayTenant> pathTo(DayTenant viewer, String targetKey, LocalDate date) {
        Deque<DayTenant> chain = new ArrayDeque<>();
        Optional<DayTenant> current = dayTenant(targetKey, date);
        while (current.isPresent()) {
            chain.addFirst(current.get());
            if (current.get().key().equals(viewer.key())) {
                return new ArrayList<>(chain);
            }
            String superior = current.get().superior();
            current = superior == null ? Optional.empty() : dayTenant(superior, date);
        }
        throw notBelow(targetKey);
    }

    private List<SubordinateRow> subordinates(String committee, LocalDate date) {
        Map<String, SubordinateRow> rows = new LinkedHashMap<>();
        jdbc.query("""
                select t.tenant_key, t.name, t.kind,
                       exists (select 1 from platform.dashboard_tenant c
                               where c.stat_date = t.stat_date and c.superior_key = t.tenant_key)
                from platform.dashboard_tenant t
                where t.stat_date = ? and t.superior_key = ? order by t.name, t.tenant_key""", rs -> {
            rows.put(rs.getString(1), new SubordinateRow(rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getBoolean(4), new TreeMap<>()));
        }, Date.valueOf(date), committee);
        if (rows.isEmpty()) {
            return List.of();
        }
        jdbc.query("""
                select f.tenant_key, f.metric, f.dimension, f.value
                from platform.dashboard_tenant t
                join platform.dashboard_figure f on f.tenant_key = t.tenant_key and f.stat_date = t.stat_date
                where t.stat_date = ? and t.superior_key = ? and f.scope = 'SUBTREE' and f.metric = any (?)
                order by f.metric, f.dimension""", rs -> {
            rows.get(rs.getString(1)).figures().computeIfAbsent(rs.getString(2), k -> new LinkedHashMap<>())
                    .put(rs.getString(3), rs.getLong(4));
        }, Date.valueOf(date), committee, ROW_METRICS.toArray(String[]::new));
        return List.copyOf(rows.values());
    }

    private List<TrendPoint> trend(String tenant, LocalDate date) {
        Map<LocalDate, long[]> points = new TreeMap<>();
        jdbc.query("""
                select stat_date, metric, value from platform.dashboard_figure
                where tenant_key = ? and scope = 'SUBTREE' and dimension = 'total'
                  and metric in ('members', 'organizations') and stat_date > ? and stat_date <= ?""", rs -> {
            long[] point = points.computeIfAbsent(rs.getObject(1, LocalDate.class), d -> new long[2]);
            point["members".equals(rs.getString(2)) ? 0 : 1] = rs.getLong(3);
        }, tenant, Date.valueOf(date.minusDays(properties.trendDays())), Date.valueOf(date));
        return points.entrySet().stream().map(e -> new TrendPoint(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    private static ProblemException notBelow(String key) {
        return ProblemException.notFound("tenant-not-below",
                "Tenant '" + key + "' is not below this tenant in the figures of that day.").with("tenant", key);
    }
}
