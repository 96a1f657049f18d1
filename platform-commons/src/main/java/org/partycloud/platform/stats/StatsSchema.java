package org.partycloud.platform.stats;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;

/**
 * Migrates the job repository and figure tables ({@code db/migration/stats}) in the {@code platform} schema when
 * the context starts, under their own history table like commons' own tables: Spring Batch's start-up script
 * initialiser stays off ({@code spring.batch.jdbc.initialize-schema=never}).
 */
public final class StatsSchema implements InitializingBean {

    private final DataSource dataSource;

    StatsSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        Flyway.configure().dataSource(dataSource).schemas("platform").createSchemas(true)
                .locations("classpath:db/migration/stats").table("stats_schema_history")
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }
}
