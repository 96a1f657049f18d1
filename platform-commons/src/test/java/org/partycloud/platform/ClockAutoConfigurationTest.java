package org.partycloud.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

class ClockAutoConfigurationTest {

    /** The feed endpoint the auto-configuration also registers needs these; nothing here connects. */
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PlatformAutoConfiguration.class))
            .withBean(JdbcTemplate.class,
                    () -> new JdbcTemplate(new DriverManagerDataSource("jdbc:postgresql://localhost:1/none")))
            .withBean(JsonMapper.class, () -> JsonMapper.builder().build());

    @Test
    void tellsTimeInTheChinaZoneWhateverTheServerZone() {
        context.run(c -> assertThat(c.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void tellsTimeInTheConfiguredZone() {
        context.withPropertyValues("partycloud.zone=Europe/Berlin")
                .run(c -> assertThat(c.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Europe/Berlin")));
    }

    @Test
    void givesWayToAServicesOwnClock() {
        Clock fixed = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        context.withBean(Clock.class, () -> fixed)
                .run(c -> assertThat(c.getBean(Clock.class)).isSameAs(fixed));
    }
}
