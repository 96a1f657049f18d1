package org.partycloud.infra.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partycloud.infra.BenchAccess;
import org.partycloud.infra.Platform;
import org.partycloud.platform.testsupport.KeycloakTestServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nightly statistics benchmark (infra/bench/README.md). Not a test: run it by hand.
 * <ol>
 * <li>provisions N tenants through the operator API (four at a time) and one committee tenant;</li>
 * <li>loads M members per tenant (four branches under a committee, officers with terms) straight into each
 * tenant schema with SQL — the load is set-up, not what is measured — and links every tenant below the committee
 * in tenant-service's link table;</li>
 * <li>measures the floor: one plain SQL aggregate over the same members (every tenant's breakdowns by category,
 * status, gender, education, ethnicity in one statement over all schemas), median of three;</li>
 * <li>runs two days through {@code POST /api/tenant/stats/runs} and reports the affairs job's wall time (Spring
 * Batch, one partition per tenant) and the whole run's (job, collection and roll-up);</li>
 * <li>reads the committee's dashboard (N descendants) 300 times at tenant-service and reports p50/p95/max.</li>
 * </ol>
 */
public final class StatisticsBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COMMITTEE = "bstop";

    public static void main(String[] args) throws Exception {
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int members = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        KeycloakTestServer keycloak = KeycloakTestServer.get();
        Path root = Path.of(System.getProperty("partycloud.root", ".")).toAbsolutePath().normalize();
        // The job's partitions at once (partycloud.stats.parallelism, default 2): -Dbench.parallelism=4 compares.
        String parallelism = System.getProperty("bench.parallelism", "2");
        try (Platform platform = Platform.start(new Platform.Settings(root, root.resolve("infra/target/bench-logs"), 0,
                null, keycloak.issuerUri(), Map.of(), List.of("-Xmx768m"), false, null,
                Map.of("affairs", Map.of("PARTYCLOUD_STATS_PARALLELISM", parallelism))))) {
            BenchAccess api = new BenchAccess(platform, keycloak);
            System.out.println("Statistics job parallelism: " + parallelism);
            Instant setUp = Instant.now();
            api.register(COMMITTEE, LocalDate.now(), "committee");
            api.awaitActive(COMMITTEE, Duration.ofSeconds(120));
            List<Long> provisioning = ProvisioningBenchmark.provision(api, "bst", tenants, 4);
            List<String> keys = new ArrayList<>();
            keys.add(COMMITTEE);
            for (int i = 0; i < tenants; i++) {
                keys.add("bst%04d".formatted(i));
            }
            try (Connection affairs = DriverManager.getConnection(platform.jdbcUrl("partycloud_affairs"), "postgres",
                    "postgres")) {
                for (String key : keys) {
                    load(affairs, key, members);
                }
                try (Statement s = affairs.createStatement()) {
                    s.execute("vacuum analyze");
                }
            }
            try (Connection tenant = DriverManager.getConnection(platform.jdbcUrl("partycloud_tenant"), "postgres",
                    "postgres"); Statement s = tenant.createStatement()) {
                s.executeUpdate("insert into platform.committee_link (subordinate_key, committee_key, linked_at) "
                        + "select tenant_key, '" + COMMITTEE + "', now() from platform.tenant where tenant_key like 'bst%'"
                        + " and tenant_key <> '" + COMMITTEE + "' on conflict do nothing");
            }
            System.out.printf("Set-up: %d tenants provisioned, %d members each loaded, in %d s%n", keys.size(), members,
                    Duration.between(setUp, Instant.now()).toSeconds());

            List<Long> floor = new ArrayList<>();
            try (Connection affairs = DriverManager.getConnection(platform.jdbcUrl("partycloud_affairs"), "postgres",
                    "postgres")) {
                for (int i = 0; i < 3; i++) {
                    floor.add(floor(affairs, keys));
                }
            }

            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            List<String> runs = new ArrayList<>();
            for (LocalDate day : List.of(today.minusDays(2), today.minusDays(1))) {
                runs.add(run(api, platform, day));
            }

            String token = api.tenantAdminToken(COMMITTEE);
            String url = platform.url("tenant") + "/api/tenant/dashboard";
            List<Long> dashboard = new ArrayList<>();
            int subordinates = -1;
            for (int i = 0; i < 330; i++) {
                long start = System.nanoTime();
                var answer = api.get(token, COMMITTEE, url);
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (answer.getKey() != 200) {
                    throw new IllegalStateException("Dashboard: " + answer);
                }
                if (i == 0) {
                    subordinates = JSON.readTree(answer.getValue()).path("subordinates").size();
                }
                if (i >= 30) {
                    dashboard.add(millis);
                }
            }

            System.out.printf("%nMachine: %d cores, JVM %s, services on %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), BenchAccess.serviceJdk());
            ProvisioningBenchmark.report("provision four at a time (" + tenants + ")", provisioning);
            System.out.printf("floor: one SQL aggregate over %d tenants x %d members: runs %s ms, median %d ms%n",
                    keys.size(), members, floor, ProvisioningBenchmark.median(floor));
            runs.forEach(System.out::println);
            System.out.printf("dashboard of %s (%d direct subordinates):%n", COMMITTEE, subordinates);
            ProvisioningBenchmark.report("GET /api/tenant/dashboard at tenant-service (300 sequential)", dashboard);
        }
    }

    /** Four branches under a committee, members spread over them, a secretary per branch. */
    private static void load(Connection affairs, String key, int members) throws SQLException {
        String schema = "t_" + key;
        try (Statement s = affairs.createStatement()) {
            s.execute("""
                    insert into %1$s.organization (id, parent_id, name, type, code, created_at, updated_at)
                    values ('00000000-0000-0000-0000-000000000001', null, '党委', 'COMMITTEE', 'C', now(), now());
                    insert into %1$s.organization (id, parent_id, name, type, code, created_at, updated_at)
                    select ('00000000-0000-0000-0000-00000000001' || b)::uuid, '00000000-0000-0000-0000-000000000001',
                           '第' || b || '党支部', 'BRANCH', 'B' || b, now(), now() from generate_series(1, 4) b;
                    insert into %1$s.member (id, org_id, name, name_initials, name_pinyin, gender, ethnicity, birth_date,
                           id_number_cipher, id_number_hash, id_number_masked, education, category, status,
                           probationary_date, full_membership_date, created_at, updated_at)
                    select gen_random_uuid(), ('00000000-0000-0000-0000-00000000001' || (1 + g %% 4))::uuid,
                           '党员' || g, 'dy', 'dangyuan' || g, case when g %% 5 < 3 then 'MALE' else 'FEMALE' end,
                           case when g %% 12 = 0 then '回族' else '汉族' end, date '1958-01-01' + (g * 97 %% 16000),
                           '\\x00'::bytea, md5('%1$s' || g), '110***********000X',
                           (array['MASTER','BACHELOR','BACHELOR','JUNIOR_COLLEGE','HIGH_SCHOOL',null])[1 + g %% 6],
                           case when g %% 7 = 3 then 'PROBATIONARY' else 'FULL' end,
                           case when g %% 40 = 0 then 'MOBILE' when g %% 97 = 0 then 'LOST_CONTACT' else 'NORMAL' end,
                           date '2000-01-01' + (g * 31 %% 9000),
                           case when g %% 7 = 3 then null else date '2001-01-01' + (g * 31 %% 9000) end, now(), now()
                    from generate_series(1, %2$d) g;
                    insert into %1$s.officer (id, org_id, member_id, position, term_start, term_end, created_at, updated_at)
                    select gen_random_uuid(), m.org_id, m.id, 'SECRETARY', current_date - 900,
                           current_date - 900 + interval '3 years', now(), now()
                    from (select distinct on (org_id) org_id, id from %1$s.member order by org_id, name) m;
                    """.formatted(schema, members));
        }
    }

    /** The members' breakdowns of every tenant in one statement over all schemas; answers its wall time. */
    private static long floor(Connection affairs, List<String> keys) throws SQLException {
        StringBuilder union = new StringBuilder();
        for (String key : keys) {
            if (!union.isEmpty()) {
                union.append(" union all ");
            }
            union.append("select '").append(key).append("' as tenant, category, status, gender, education, ethnicity from t_")
                    .append(key).append(".member where status not in ('LEFT', 'DECEASED', 'PROBATION_CANCELLED')");
        }
        String sql = "select tenant, category, status, gender, education, ethnicity, count(*) from (" + union
                + ") m group by grouping sets ((tenant), (tenant, category), (tenant, status), (tenant, gender),"
                + " (tenant, education), (tenant, ethnicity))";
        long start = System.nanoTime();
        int rows = 0;
        try (Statement s = affairs.createStatement(); var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows++;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (rows < keys.size()) {
            throw new IllegalStateException("The floor query answered " + rows + " rows");
        }
        return millis;
    }

    /** Runs a day by hand and waits for it; answers a report line. */
    private static String run(BenchAccess api, Platform platform, LocalDate day) throws Exception {
        String[] started = api.operatorPost(platform.url("tenant") + "/api/tenant/stats/runs", Map.of("date", day.toString()));
        if (!started[0].equals("202")) {
            throw new IllegalStateException("Starting the run of " + day + ": " + String.join(" ", started));
        }
        String location = platform.url("tenant") + started[1];
        JsonNode run;
        do {
            Thread.sleep(500);
            run = JSON.readTree(api.operatorGet(location));
        } while (run.path("status").asString().equals("RUNNING"));
        if (!run.path("status").asString().equals("COMPLETED")) {
            throw new IllegalStateException("The run of " + day + " ended " + run);
        }
        JsonNode job = run.path("sources").path("affairs");
        long jobMillis = Duration.between(Instant.parse(job.path("startedAt").asString()),
                Instant.parse(job.path("endedAt").asString())).toMillis();
        return "run of %s: affairs job %d ms (%d partitions, %d failed), whole run with collection and roll-up %d ms, %d tenants rolled up"
                .formatted(day, jobMillis, job.path("partitions").path("total").asInt(),
                        job.path("partitions").path("failed").asInt(), run.path("durationMillis").asLong(),
                        run.path("tenants").asInt());
    }
}
