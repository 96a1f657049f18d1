package org.partycloud.platform.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partycloud.platform.migration.TenantMigrationAutoConfiguration.CommonsSchema;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.platform.testsupport.TestPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class TenantSchemaMigratorIT {

    private static DataSource dataSource;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void database() throws Exception {
        String url = TestPostgres.freshDatabase("commons_migrator_it");
        dataSource = new DriverManagerDataSource(url, TestPostgres.server().username(), TestPostgres.server().password());
        jdbc = new JdbcTemplate(dataSource);
        new CommonsSchema(dataSource).afterPropertiesSet();
    }

    private static List<TenantKey> tenants(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> TenantKey.of("mig%03d".formatted(i))).toList();
    }

    private static boolean columnExists(TenantKey key, String table, String column) {
        Integer n = jdbc.queryForObject("""
                SELECT count(*) FROM information_schema.columns WHERE table_schema = ? AND table_name = ? AND column_name = ?
                """, Integer.class, key.schemaName(), table, column);
        return n != null && n == 1;
    }

    @Test
    void migratesFiftySchemasInParallelThenANewMigrationReachesAllAndARestartRunsNoFlyway() {
        List<TenantKey> keys = tenants(50);
        TenantSchemaMigrator v1 = new TenantSchemaMigrator(dataSource, 4, "db/it-tenant-v1");

        assertThat(v1.migrateAll(keys)).isEmpty();
        assertThat(v1.flywayRuns()).isEqualTo(50);
        assertThat(keys).allSatisfy(k -> assertThat(columnExists(k, "note", "body")).isTrue());
        assertThat(keys).noneSatisfy(k -> assertThat(columnExists(k, "note", "author")).isTrue());

        // The next release ships V2: start-up finds every schema outdated in one query and migrates them all.
        TenantSchemaMigrator v2 = new TenantSchemaMigrator(dataSource, 4, "db/it-tenant-v2");
        assertThat(v2.latestVersion().getVersion()).isEqualTo("2");
        assertThat(v2.outdated()).containsExactlyElementsOf(keys);
        assertThat(v2.migrateOutdated()).isEmpty();
        assertThat(v2.flywayRuns()).isEqualTo(50);
        assertThat(keys).allSatisfy(k -> assertThat(columnExists(k, "note", "author")).isTrue());

        // A restart with every schema current validates none of them one by one.
        TenantSchemaMigrator restarted = new TenantSchemaMigrator(dataSource, 4, "db/it-tenant-v2");
        assertThat(restarted.outdated()).isEmpty();
        assertThat(restarted.migrateOutdated()).isEmpty();
        assertThat(restarted.flywayRuns()).isZero();
    }

    @Test
    void migratingAgainIsHarmlessAndDropLeavesNothing() {
        TenantKey key = TenantKey.of("dropme");
        TenantSchemaMigrator migrator = new TenantSchemaMigrator(dataSource, 2, "db/it-tenant-v1");
        migrator.migrate(key);
        jdbc.update("INSERT INTO " + key.quotedSchema() + ".note (body) VALUES ('党建 🚩')");
        migrator.migrate(key);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM " + key.quotedSchema() + ".note", Integer.class)).isEqualTo(1);

        migrator.drop(key);
        assertThat(migrator.schemaExists(key)).isFalse();
        assertThat(migrator.provisioned()).doesNotContain(key);
        migrator.drop(key);
    }
}
