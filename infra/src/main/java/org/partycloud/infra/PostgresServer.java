package org.partycloud.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Embedded PostgreSQL 17 for the platform. With a data folder the data survives a restart; without one the
 * server is throw-away (tests).
 */
final class PostgresServer implements AutoCloseable {

    static final List<String> DATABASES = List.of("partycloud_tenant", "partycloud_affairs", "partycloud_dues",
            "partycloud_learning");
    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static PostgresServer start(int port, Path dataDirectory) {
        return start(port, dataDirectory, null);
    }

    /**
     * @param log where the server writes its output (appended); null to pass it to the logger
     */
    static PostgresServer start(int port, Path dataDirectory, Path log) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setServerConfig("max_connections", "300")
                    // thousands of tenant schemas need more locks per transaction (pg_dump, DROP … CASCADE)
                    .setServerConfig("max_locks_per_transaction", "256")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60));
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory.getParent());
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            } else {
                builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off");
            }
            if (log != null) {
                Files.createDirectories(log.getParent());
                builder.setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
            }
            PostgresServer server = new PostgresServer(builder.start());
            DATABASES.forEach(server::createDatabase);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    int port() {
        return postgres.getPort();
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    void createDatabase(String name) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "postgres");
                Statement st = c.createStatement()) {
            if (!st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'").next()) {
                st.execute("CREATE DATABASE \"" + name + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
