package org.partycloud.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code partycloud-defaults.yml} as the lowest-precedence property source of every service: the
 * settings they share (database, JPA, Flyway locations, Keycloak, actuator, logging) written once, each
 * overridable by the service's own application.yml and by environment variables.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "partycloud-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new YamlPropertySourceLoader().load("partycloud-defaults", new ClassPathResource(RESOURCE))
                    .forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
