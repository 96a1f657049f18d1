package org.partycloud.affairs.stats;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.partycloud.affairs.establishment.EstablishmentRules;
import org.partycloud.affairs.member.AgeBand;
import org.partycloud.affairs.member.MemberDirectory;
import org.partycloud.platform.stats.DailyFigure;
import org.partycloud.platform.stats.TenantFigures;
import org.partycloud.core.tenant.TenantKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.stereotype.Component;

/**
 * The affairs figures of a tenant's day, in two queries on the tenant's schema: one pass over the member archive
 * with GROUPING SETS (the breakdowns, the development counts, and each organisation's current members), one over
 * the organisations with their serving officers; the establishment rules and the re-election window are then
 * applied to those rows in memory.
 *
 * <p>Figures are as of when the job runs, for its {@code statDate}: members, statuses, organisations and officers
 * are the archive's state at that moment (a rerun of an old day does not reconstruct that day's archive); only the
 * ages ({@code members.ageBand}), the year-to-date development counts and the re-election window are reckoned
 * on {@code statDate}.
 *
 * <p>Metrics (names and dimensions are a contract with tenant-service and the console): {@code members},
 * {@code members.category|status|gender|ageBand|education|ethnicity}, {@code organizations},
 * {@code organizations.type}, {@code development.stage} (PROBATIONARY, JOINED_THIS_YEAR, CONVERTED_THIS_YEAR),
 * {@code officers.termsEndingSoon}, {@code organizations.ruleBroken} (total and one dimension per rule code).
 * Every {@code total} is written, zero or not; other dimensions only where the count is not zero.
 */
@Component
class AffairsFigures implements TenantFigures {

    static final String UNKNOWN = "UNKNOWN";
    /** The re-election reminder's window (换届提醒), as the officers' list of re-elections due uses it. */
    static final int RE_ELECTION_MONTHS = 6;

    /** Member breakdowns by the grouping set's column, in GROUPING() bit order (first column = highest bit). */
    private static final String[] MEMBER_DIMENSIONS = {"category", "status", "gender", "age_band", "education",
            "ethnicity"};
    private static final String[] MEMBER_METRICS = {"members.category", "members.status", "members.gender",
            "members.ageBand", "members.education", "members.ethnicity"};

    private final JdbcTemplate jdbc;

    AffairsFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Both queries go to the server in one round trip (one prepared multi-statement, two result sets). */
    @Override
    public List<DailyFigure> compute(TenantKey tenant, LocalDate statDate) {
        List<Object> args = new ArrayList<>();
        String sql = memberQuery(tenant, statDate, args) + ";\n" + organizationQuery(tenant);
        Figures figures = new Figures();
        List<Org> orgs = new ArrayList<>();
        Map<UUID, long[]> headcounts = new HashMap<>();
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < args.size(); i++) {
                    statement.setObject(i + 1, args.get(i));
                }
                statement.execute();
                try (ResultSet members = statement.getResultSet()) {
                    while (members.next()) {
                        memberRow(members, figures, headcounts);
                    }
                }
                if (!statement.getMoreResults()) {
                    throw new IllegalStateException("The organisation query answered no result set");
                }
                try (ResultSet organizations = statement.getResultSet()) {
                    while (organizations.next()) {
                        orgs.add(org(organizations));
                    }
                }
            }
            return null;
        });
        figures.add("development.stage", "PROBATIONARY", figures.get("members.category", "PROBATIONARY"));
        organizationFigures(orgs, statDate, headcounts, figures);
        return figures.list();
    }

    /**
     * The member breakdowns over current members, the development counts, and each organisation's current
     * {full, probationary} members for the establishment rules: one scan of the archive.
     */
    private static String memberQuery(TenantKey tenant, LocalDate statDate, List<Object> args) {
        String current = MemberDirectory.currentStatuses().stream().sorted().map(s -> "'" + s + "'")
                .collect(Collectors.joining(", "));
        Date yearStart = Date.valueOf(statDate.withDayOfYear(1));
        Date day = Date.valueOf(statDate);
        // parameters in statement order: the development FILTERs of the select list, then the age bands
        args.addAll(List.of(yearStart, day, yearStart, day));
        StringBuilder ageBand = new StringBuilder("CASE");
        for (AgeBand band : AgeBand.values()) {
            ageBand.append(" WHEN birth_date BETWEEN ? AND ? THEN '").append(band.name()).append('\'');
            args.add(Date.valueOf(band.bornOnOrAfter(statDate)));
            args.add(Date.valueOf(band.bornOnOrBefore(statDate)));
        }
        // AgeBand.of puts an age outside every band (a birth date after the day) in the oldest band.
        ageBand.append(" ELSE '").append(AgeBand.GT60.name()).append("' END");
        return """
                SELECT org_id, category, status, gender, age_band, education, ethnicity,
                       GROUPING(org_id, category, status, gender, age_band, education, ethnicity) AS grouping,
                       count(*) FILTER (WHERE current) AS members,
                       count(*) FILTER (WHERE probationary_date BETWEEN ? AND ?) AS joined,
                       count(*) FILTER (WHERE full_membership_date BETWEEN ? AND ?) AS converted
                FROM (SELECT org_id, category, status, gender, %s AS age_band,
                             coalesce(education, '%s') AS education,
                             coalesce(nullif(btrim(ethnicity), ''), '%s') AS ethnicity,
                             probationary_date, full_membership_date, status IN (%s) AS current
                      FROM %s.member) m
                GROUP BY GROUPING SETS ((), (org_id, category), (category), (status), (gender), (age_band),
                                        (education), (ethnicity))
                """.formatted(ageBand, UNKNOWN, UNKNOWN, current, tenant.quotedSchema());
    }

    private static void memberRow(ResultSet rs, Figures figures, Map<UUID, long[]> headcounts) throws SQLException {
        int grouping = rs.getInt("grouping");
        long members = rs.getLong("members");
        if (grouping == 0b1111111) {
            figures.total("members", members);
            figures.add("development.stage", "JOINED_THIS_YEAR", rs.getLong("joined"));
            figures.add("development.stage", "CONVERTED_THIS_YEAR", rs.getLong("converted"));
        } else if (grouping == 0b0011111) {
            long[] counts = headcounts.computeIfAbsent(rs.getObject("org_id", UUID.class), id -> new long[2]);
            counts["FULL".equals(rs.getString("category")) ? 0 : 1] += members;
        } else {
            memberBreakdown(rs, grouping, members, figures);
        }
    }

    private static void memberBreakdown(ResultSet rs, int grouping, long members, Figures figures)
            throws SQLException {
        for (int i = 0; i < MEMBER_DIMENSIONS.length; i++) {
            int onlyThisColumn = 0b111111 & ~(1 << (MEMBER_DIMENSIONS.length - 1 - i));
            if (grouping == (0b1000000 | onlyThisColumn)) {
                figures.add(MEMBER_METRICS[i], rs.getString(MEMBER_DIMENSIONS[i]), members);
                return;
            }
        }
        throw new IllegalStateException("Unexpected grouping set " + Integer.toBinaryString(grouping));
    }

    /**
     * Organisations that are not dissolved, by type; those breaking an establishment rule (checked as the
     * organisation's establishment view checks it, with the current members of its whole subtree and its serving
     * committee); those whose officers' latest serving term ends within {@value #RE_ELECTION_MONTHS} months of
     * the day or has ended (the re-election list's rule).
     */
    private static void organizationFigures(List<Org> orgs, LocalDate statDate, Map<UUID, long[]> headcounts,
            Figures figures) {
        Subtrees subtrees = new Subtrees(orgs, headcounts);
        LocalDate reElectionLimit = statDate.plusMonths(RE_ELECTION_MONTHS);
        long organizations = 0;
        long breaking = 0;
        long termsEnding = 0;
        for (Org org : orgs) {
            if (org.dissolved()) {
                continue;
            }
            organizations++;
            figures.add("organizations.type", org.type(), 1);
            long[] headcount = subtrees.headcount(org.id());
            List<EstablishmentRules.Warning> warnings = EstablishmentRules.check(org.type().toLowerCase(Locale.ROOT),
                    headcount[0], headcount[0] + headcount[1], org.committee());
            if (!warnings.isEmpty()) {
                breaking++;
                warnings.forEach(w -> figures.add("organizations.ruleBroken", w.code(), 1));
            }
            if (org.latestTermEnd() != null && !org.latestTermEnd().isAfter(reElectionLimit)) {
                termsEnding++;
            }
        }
        figures.total("organizations", organizations);
        figures.total("organizations.ruleBroken", breaking);
        figures.total("officers.termsEndingSoon", termsEnding);
    }

    /** Every organisation, dissolved or not, with its serving committee and its officers' latest term end. */
    private static String organizationQuery(TenantKey tenant) {
        return """
                SELECT o.id, o.parent_id, o.type, o.dissolved_on IS NOT NULL AS dissolved,
                       coalesce(c.committee, 0) AS committee, c.latest_term_end
                FROM %1$s.organization o
                LEFT JOIN (SELECT org_id,
                                  count(DISTINCT member_id) FILTER (WHERE position <> 'DUES_COLLECTOR') AS committee,
                                  max(term_end) AS latest_term_end
                           FROM %1$s.officer WHERE ended_on IS NULL GROUP BY org_id) c ON c.org_id = o.id
                """.formatted(tenant.quotedSchema());
    }

    private static Org org(ResultSet rs) throws SQLException {
        return new Org(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class), rs.getString("type"),
                rs.getBoolean("dissolved"), rs.getLong("committee"), rs.getObject("latest_term_end", LocalDate.class));
    }

    private record Org(UUID id, UUID parentId, String type, boolean dissolved, long committee,
            LocalDate latestTermEnd) {
    }

    /** Current {full, probationary} members of an organisation and every one below it, as the establishment view counts them. */
    private static final class Subtrees {
        private final Map<UUID, List<UUID>> children = new HashMap<>();
        private final Map<UUID, long[]> own;
        private final Map<UUID, long[]> totals = new HashMap<>();

        Subtrees(List<Org> orgs, Map<UUID, long[]> own) {
            this.own = own;
            orgs.stream().filter(o -> o.parentId() != null)
                    .forEach(o -> children.computeIfAbsent(o.parentId(), p -> new ArrayList<>()).add(o.id()));
        }

        long[] headcount(UUID root) {
            long[] known = totals.get(root);
            if (known != null) {
                return known;
            }
            // iterative walk, each node once, so a (never expected) cycle cannot loop
            long[] sum = new long[2];
            java.util.Set<UUID> seen = new java.util.HashSet<>();
            java.util.ArrayDeque<UUID> todo = new java.util.ArrayDeque<>(List.of(root));
            while (!todo.isEmpty()) {
                UUID id = todo.pop();
                if (!seen.add(id)) {
                    continue;
                }
                long[] counts = own.getOrDefault(id, new long[2]);
                sum[0] += counts[0];
                sum[1] += counts[1];
                todo.addAll(children.getOrDefault(id, List.of()));
            }
            totals.put(root, sum);
            return sum;
        }
    }

    /** Figures being collected: totals always, other dimensions only when not zero. */
    private static final class Figures {
        private final Map<String, Map<String, Long>> values = new LinkedHashMap<>();

        void total(String metric, long value) {
            values.computeIfAbsent(metric, m -> new TreeMap<>()).put(DailyFigure.TOTAL, value);
        }

        void add(String metric, String dimension, long value) {
            if (value != 0) {
                values.computeIfAbsent(metric, m -> new TreeMap<>()).merge(dimension, value, Long::sum);
            }
        }

        long get(String metric, String dimension) {
            return values.getOrDefault(metric, Map.of()).getOrDefault(dimension, 0L);
        }

        List<DailyFigure> list() {
            List<DailyFigure> list = new ArrayList<>();
            values.forEach((metric, dims) -> dims.forEach((dim, v) -> list.add(new DailyFigure(metric, dim, v))));
            return list;
        }
    }
}
