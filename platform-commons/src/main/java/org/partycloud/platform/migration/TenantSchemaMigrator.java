package org.partycloud.platform.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.partycloud.core.tenant.TenantKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migrates tenant schemas with Flyway over {@code db/migration/tenant}, one schema or many with bounded
 * parallelism, and records each schema's version in {@code platform.tenant_schema}. Start-up compares those
 * records with the newest migration on the classpath in one query, so N up-to-date tenants cost no Flyway run.
 */
public class TenantSchemaMigrator {

    public static final String LOCATION = "db/migration/tenant";
    private static final Logger log = LoggerFactory.getLogger(TenantSchemaMigrator.class);
    private static final Pattern VERSIONED = Pattern.compile("^V([0-9][0-9._]*)__.+\\.sql$");

    private final DataSource dataSource;
    private final String location;
    private final JdbcTemplate jdbc;
    private final int parallelism;
    private final MigrationVersion latest;
    private final AtomicLong flywayRuns = new AtomicLong();

    public TenantSchemaMigrator(DataSource dataSource, int parallelism) {
        this(dataSource, parallelism, LOCATION);
    }

    /** A migrator over another classpath folder of tenant migrations (tests, tools). */
    public TenantSchemaMigrator(DataSource dataSource, int parallelism, String location) {
        this.dataSource = dataSource;
        this.location = location;
        this.jdbc = new JdbcTemplate(dataSource);
        this.parallelism = Math.max(1, parallelism);
        this.latest = newestMigrationOnClasspath(location);
    }

    /** Creates the schema if needed, migrates it to the newest version and records that version. */
    public MigrationVersion migrate(TenantKey key) {
        flywayRuns.incrementAndGet();
        flyway(key).migrate();
        jdbc.update("""
                INSERT INTO platform.tenant_schema (tenant_key, schema_version, migrated_at) VALUES (?, ?, now())
                ON CONFLICT (tenant_key) DO UPDATE SET schema_version = EXCLUDED.schema_version, migrated_at = now()
                """, key.value(), latest.getVersion());
        return latest;
    }

    /** Migrates several schemas, {@code parallelism} at a time; answers the failures by tenant. */
    public Map<TenantKey, Exception> migrateAll(Collection<TenantKey> keys) {
        Map<TenantKey, Exception> failures = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return failures;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, keys.size()));
        try {
            Map<TenantKey, Future<?>> running = new LinkedHashMap<>();
            keys.forEach(key -> running.put(key, pool.submit(() -> migrate(key))));
            running.forEach((key, future) -> {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    log.error("Migration of tenant schema {} failed", key.schemaName(), e.getCause());
                    failures.put(key, (Exception) e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failures.put(key, e);
                }
            });
        } finally {
            pool.shutdown();
        }
        return failures;
    }

    /** The tenants whose recorded version is not the newest on the classpath: one query, no Flyway. */
    public List<TenantKey> outdated() {
        return jdbc.queryForList("SELECT tenant_key FROM platform.tenant_schema WHERE schema_version <> ? ORDER BY tenant_key",
                String.class, latest.getVersion()).stream().map(TenantKey::of).toList();
    }

    public List<TenantKey> provisioned() {
        return jdbc.queryForList("SELECT tenant_key FROM platform.tenant_schema ORDER BY tenant_key", String.class)
                .stream().map(TenantKey::of).toList();
    }

    public Map<TenantKey, Exception> migrateOutdated() {
        List<TenantKey> outdated = outdated();
        if (!outdated.isEmpty()) {
            log.info("Migrating {} tenant schema(s) to version {}", outdated.size(), latest);
        }
        return migrateAll(outdated);
    }

    /** Drops the tenant's schema and everything in it, and forgets its version. Idempotent. */
    public void drop(TenantKey key) {
        jdbc.execute("DROP SCHEMA IF EXISTS " + key.quotedSchema() + " CASCADE");
        jdbc.update("DELETE FROM platform.tenant_schema WHERE tenant_key = ?", key.value());
    }

    public boolean schemaExists(TenantKey key) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?",
                Integer.class, key.schemaName());
        return n != null && n > 0;
    }

    public MigrationVersion latestVersion() {
        return latest;
    }

    /** How many times Flyway was run against a tenant schema since this migrator was made. */
    public long flywayRuns() {
        return flywayRuns.get();
    }

    private Flyway flyway(TenantKey key) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(key.schemaName())
                .defaultSchema(key.schemaName())
                .createSchemas(true)
                .locations("classpath:" + location)
                .table("flyway_schema_history")
                .placeholders(Map.of("tenant_key", key.value()))
                .load();
    }

    static MigrationVersion newestMigrationOnClasspath(String location) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + location + "/**/V*__*.sql");
            List<MigrationVersion> versions = new ArrayList<>();
            for (Resource resource : resources) {
                Matcher m = VERSIONED.matcher(resource.getFilename() == null ? "" : resource.getFilename());
                if (m.matches()) {
                    versions.add(MigrationVersion.fromVersion(m.group(1).replace('_', '.')));
                }
            }
            return versions.stream().max(Comparator.naturalOrder()).orElse(MigrationVersion.fromVersion("0"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
