package org.partycloud.platform.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Embedded PostgreSQL 17 (zonky binaries), stopped when the JVM exits. */
record EmbeddedServer(EmbeddedPostgres postgres) implements TestPostgres.Server {

    static EmbeddedServer start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("max_locks_per_transaction", "256")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary data folder goes with the process
                }
            }));
            return new EmbeddedServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    @Override
    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    @Override
    public String username() {
        return "postgres";
    }

    @Override
    public String password() {
        return "postgres";
    }

    @Override
    public String kind() {
        return "embedded PostgreSQL on port " + postgres.getPort();
    }
}
