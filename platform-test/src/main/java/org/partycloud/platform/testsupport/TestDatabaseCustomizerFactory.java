package org.partycloud.platform.testsupport;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Points the datasource of a {@link PartyCloudIntegrationTest} at its test database. A customizer rather than a
 * {@code @DynamicPropertySource}, because the database name depends on the annotated service: from the
 * annotation, or from {@code partycloud.service.name}, which is only known once the service's configuration
 * is loaded.
 */
class TestDatabaseCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        PartyCloudIntegrationTest test = TestContextAnnotationUtils.findMergedAnnotation(testClass,
                PartyCloudIntegrationTest.class);
        return test == null ? null : new TestDatabase(test.database());
    }

    /** A record, so equal names give equal customizers and the test context cache shares the context. */
    record TestDatabase(String name) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            ConfigurableEnvironment environment = context.getEnvironment();
            String database = name.isEmpty()
                    ? environment.getRequiredProperty("partycloud.service.name") + "_it"
                    : name;
            environment.getPropertySources().addFirst(new MapPropertySource("partyCloudTestDatabase", Map.of(
                    "spring.datasource.url", TestPostgres.database(database),
                    "spring.datasource.username", TestPostgres.server().username(),
                    "spring.datasource.password", TestPostgres.server().password())));
        }
    }
}
