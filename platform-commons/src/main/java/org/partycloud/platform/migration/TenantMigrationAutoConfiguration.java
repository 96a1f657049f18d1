package org.partycloud.platform.migration;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.partycloud.platform.tenancy.TenancyProperties;
import org.partycloud.core.tenant.TenantKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The commons tables of the platform schema (their own Flyway history, so they never clash with a service's
 * {@code db/migration/platform} versions) and, where the service keeps tenant schemas, the tenant migrator,
 * its start-up run and the {@code /internal/tenants/{key}} provisioning endpoints.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(TenancyProperties.class)
public class TenantMigrationAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TenantMigrationAutoConfiguration.class);

    @Bean
    CommonsSchema commonsSchema(DataSource dataSource) {
        return new CommonsSchema(dataSource);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "partycloud.tenancy.schema-per-tenant", havingValue = "true", matchIfMissing = true)
    @Import(TenantSchemaController.class)
    static class TenantSchemas {

        @Bean
        TenantSchemaMigrator tenantSchemaMigrator(DataSource dataSource, TenancyProperties properties,
                CommonsSchema commonsSchema) {
            return new TenantSchemaMigrator(dataSource, properties.migrationParallelism());
        }

        @Bean
        ApplicationRunner tenantSchemaStartupMigration(TenantSchemaMigrator migrator, TenancyProperties properties) {
            return args -> {
                if (!properties.migrateOnStartup()) {
                    return;
                }
                Map<TenantKey, Exception> failures = migrator.migrateOutdated();
                if (!failures.isEmpty()) {
                    log.error("{} tenant schema(s) could not be migrated: {}", failures.size(), failures.keySet());
                }
            };
        }
    }

    /** Migrates the commons tables of the {@code platform} schema when the context starts. */
    public static final class CommonsSchema implements InitializingBean {
        private final DataSource dataSource;

        CommonsSchema(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public void afterPropertiesSet() {
            Flyway.configure().dataSource(dataSource).schemas("platform").createSchemas(true)
                    .locations("classpath:db/migration/commons").table("commons_schema_history")
                    .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        }
    }
}
