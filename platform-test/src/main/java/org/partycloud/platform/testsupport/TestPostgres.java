package org.partycloud.platform.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real PostgreSQL server per test JVM, started on first use. Chosen in this order:
 * <ol>
 * <li>{@code PARTYCLOUD_TEST_DB_URL} (a JDBC URL of a server database, with {@code PARTYCLOUD_TEST_DB_USERNAME}
 * and {@code PARTYCLOUD_TEST_DB_PASSWORD}): an external server;</li>
 * <li>a Docker engine that answers: Testcontainers' PostgreSQL 17;</li>
 * <li>otherwise embedded PostgreSQL 17 (zonky), which needs no Docker and works as root.</li>
 * </ol>
 * A test never skips because one of them is missing: if none can start, it fails.
 */
public final class TestPostgres {

    private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");
    private static volatile Server server;

    /** A running server: its JDBC URL for a database name, and its credentials. */
    public interface Server {
        String jdbcUrl(String database);

        String username();

        String password();

        String kind();
    }

    private TestPostgres() {
    }

    public static Server server() {
        Server s = server;
        if (s == null) {
            synchronized (TestPostgres.class) {
                if (server == null) {
                    server = start();
                    log.info("Test PostgreSQL: {}", server.kind());
                }
                s = server;
            }
        }
        return s;
    }

    /** Creates the database if it does not exist yet and answers its JDBC URL. */
    public static String database(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        Server s = server();
        try (Connection c = DriverManager.getConnection(s.jdbcUrl("postgres"), s.username(), s.password());
                Statement st = c.createStatement()) {
            var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
            if (!rs.next()) {
                st.execute("CREATE DATABASE \"" + name + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return s.jdbcUrl(name);
    }

    /** Drops and re-creates the database, for tests that need a clean one. */
    public static String freshDatabase(String name) {
        Server s = server();
        database("postgres");
        try (Connection c = DriverManager.getConnection(s.jdbcUrl("postgres"), s.username(), s.password());
                Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop test database " + name, e);
        }
        return database(name);
    }

    private static Server start() {
        String external = System.getenv("PARTYCLOUD_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return ExternalServer.of(external, env("PARTYCLOUD_TEST_DB_USERNAME", "postgres"),
                    env("PARTYCLOUD_TEST_DB_PASSWORD", "postgres"));
        }
        if (DockerProbe.dockerAvailable()) {
            return ContainerServer.start();
        }
        return EmbeddedServer.start();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
