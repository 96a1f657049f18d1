package org.partycloud.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running platform: PostgreSQL, optionally Keycloak and the gateway, and the four services started from their
 * runnable jars, wired by the same environment variables a production deployment sets (see the README). Keycloak
 * is either started here (on a database of this PostgreSQL) or by the caller, which then hands in its issuer URL.
 *
 * <p>{@link #close()} may be called from any thread at any time, also while {@link #start()} is still waiting:
 * it stops what was started (gateway and services, then Keycloak, then PostgreSQL) and makes the start fail.
 */
public final class Platform implements AutoCloseable {

    public static final List<String> SERVICES = List.of("tenant", "affairs", "dues", "learning");
    /** The gateway's name in {@link Settings#ports()} and for {@link #service(String)}. */
    public static final String GATEWAY = "gateway";
    private static final Duration SERVICE_START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration KEYCLOAK_START_TIMEOUT = Duration.ofSeconds(300);
    private static final Logger log = LoggerFactory.getLogger(Platform.class);

    /**
     * @param root the repository root (jars are found under {@code <module>/target})
     * @param logs where each process writes {@code <name>.log}
     * @param postgresPort 0 for any free port
     * @param postgresData the data folder, kept across restarts; null for a throw-away server
     * @param issuerUri the realm URL of a Keycloak started by the caller; null when {@code keycloak} is given
     * @param ports the port of each service and of the gateway; 0 or absent for any free port
     * @param jvmOptions options for every service JVM
     * @param gateway whether to start the gateway too
     * @param keycloak how to start Keycloak here; null when the caller runs it ({@code issuerUri})
     * @param environment extra environment variables by process name ({@link #SERVICES}, {@link #GATEWAY}), e.g.
     *        a test's low rate limit for the gateway; they win over the platform's own wiring
     */
    public record Settings(Path root, Path logs, int postgresPort, Path postgresData, String issuerUri,
            Map<String, Integer> ports, List<String> jvmOptions, boolean gateway, KeycloakServer.Settings keycloak,
            Map<String, Map<String, String>> environment) {

        public Settings {
            if ((issuerUri == null) == (keycloak == null)) {
                throw new IllegalArgumentException("Give either the issuer of a running Keycloak or Keycloak settings");
            }
            environment = environment == null ? Map.of() : Map.copyOf(environment);
        }

        public Settings(Path root, Path logs, int postgresPort, Path postgresData, String issuerUri,
                Map<String, Integer> ports, List<String> jvmOptions, boolean gateway, KeycloakServer.Settings keycloak) {
            this(root, logs, postgresPort, postgresData, issuerUri, ports, jvmOptions, gateway, keycloak, Map.of());
        }

        /** The four services, without the gateway, against a Keycloak the caller runs (tests, benchmarks). */
        public Settings(Path root, Path logs, int postgresPort, Path postgresData, String issuerUri,
                Map<String, Integer> ports, List<String> jvmOptions) {
            this(root, logs, postgresPort, postgresData, issuerUri, ports, jvmOptions, false, null);
        }
    }

    private final Settings settings;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final CountDownLatch closeDone = new CountDownLatch(1);
    private PostgresServer postgres;
    private KeycloakServer keycloak;
    private boolean closed;

    private Platform(Settings settings) {
        this.settings = settings;
    }

    /** A platform that is not started yet: {@link #start()} starts it, {@link #close()} stops it. */
    public static Platform create(Settings settings) {
        return new Platform(settings);
    }

    /** Starts the platform and waits until every part is ready; stops what it started when that fails. */
    public static Platform start(Settings settings) {
        Platform platform = create(settings);
        platform.start();
        return platform;
    }

    /** Starts every part and waits until all are ready. On failure, stops what it started and throws. */
    public void start() {
        Instant t0 = Instant.now();
        ExecutorService waiters = Executors.newCachedThreadPool();
        try {
            PostgresServer pg = PostgresServer.start(settings.postgresPort(), settings.postgresData(),
                    settings.logs().resolve("postgres.log"));
            synchronized (this) {
                if (closed) {
                    pg.close();
                    throw new IllegalStateException("Stopped during start-up");
                }
                postgres = pg;
            }
            log.info("PostgreSQL ready on port {} ({})", pg.port(), since(t0));

            Jdks.Jdk jdk = Jdks.newest();
            List<CompletableFuture<Void>> ready = new ArrayList<>();
            String issuer = settings.issuerUri();
            if (settings.keycloak() != null) {
                pg.createDatabase("keycloak");
                synchronized (this) {
                    checkNotClosed();
                    keycloak = KeycloakServer.start(settings.keycloak(), jdk.home(), pg.jdbcUrl("keycloak"), "postgres",
                            "postgres");
                }
                issuer = keycloak.issuerUri();
                KeycloakServer kc = keycloak;
                ready.add(CompletableFuture.runAsync(() -> {
                    kc.awaitReady(KEYCLOAK_START_TIMEOUT);
                    log.info("Keycloak ready at {} ({})", kc.baseUrl(), since(t0));
                }, waiters));
            }
            synchronized (this) {
                checkNotClosed();
                createProcesses(pg, jdk, issuer);
                services.values().forEach(ServiceProcess::start);
            }
            for (ServiceProcess s : services.values()) {
                ready.add(CompletableFuture.runAsync(() -> {
                    s.awaitReady(SERVICE_START_TIMEOUT);
                    log.info("{} ready at {} ({})", s.name(), s.url(), since(t0));
                }, waiters));
            }
            CompletableFuture<Void> all = CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new));
            ready.forEach(f -> f.exceptionally(e -> {
                all.completeExceptionally(e); // fail at the first part that does not come up
                return null;
            }));
            all.join();
            checkNotClosed();
        } catch (RuntimeException e) {
            close();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            waiters.shutdownNow();
        }
    }

    private void createProcesses(PostgresServer pg, Jdks.Jdk jdk, String issuer) {
        Map<String, Integer> ports = new HashMap<>();
        List<String> names = new ArrayList<>(SERVICES);
        if (settings.gateway()) {
            names.add(GATEWAY);
        }
        for (String name : names) {
            int port = settings.ports().getOrDefault(name, 0);
            ports.put(name, port == 0 ? FreePorts.find() : port);
        }
        for (String name : names) {
            Map<String, String> env = new HashMap<>();
            if (!name.equals(GATEWAY)) {
                env.put("PARTYCLOUD_DB_URL", pg.jdbcUrl("partycloud_" + name));
                env.put("PARTYCLOUD_DB_USERNAME", "postgres");
                env.put("PARTYCLOUD_DB_PASSWORD", "postgres");
            }
            env.put("PARTYCLOUD_ISSUER_URI", issuer);
            env.put("PARTYCLOUD_TENANT_SERVICE_URL", "http://localhost:" + ports.get("tenant"));
            env.put("PARTYCLOUD_AFFAIRS_SERVICE_URL", "http://localhost:" + ports.get("affairs"));
            env.put("PARTYCLOUD_DUES_SERVICE_URL", "http://localhost:" + ports.get("dues"));
            env.put("PARTYCLOUD_LEARNING_SERVICE_URL", "http://localhost:" + ports.get("learning"));
            env.putAll(settings.environment().getOrDefault(name, Map.of()));
            String module = moduleOf(name);
            services.put(name, new ServiceProcess(module, runnableJar(settings.root().resolve(module)), jdk.java(),
                    ports.get(name), env, settings.jvmOptions(), settings.logs().resolve(module + ".log")));
        }
    }

    public ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("No service " + name);
        }
        return service;
    }

    public String url(String name) {
        return service(name).url();
    }

    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    /** The Keycloak started here, or null when the caller runs it. */
    public KeycloakServer keycloak() {
        return keycloak;
    }

    /** The process id of every process started here that is running, by module name ({@code keycloak} for kc.sh). */
    public synchronized Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        if (keycloak != null && keycloak.isAlive()) {
            pids.put("keycloak", keycloak.pid());
        }
        services.values().stream().filter(ServiceProcess::isAlive).forEach(s -> pids.put(s.name(), s.pid()));
        return pids;
    }

    /** What ended on its own since the start, e.g. {@code affairs-service (exit code 1)}; empty when all run. */
    public synchronized List<String> exited() {
        List<String> exited = new ArrayList<>();
        if (keycloak != null && !keycloak.isAlive()) {
            exited.add("keycloak");
        }
        services.values().forEach(s -> s.exitCode().ifPresent(code -> exited.add(s.name() + " (exit code " + code + ")")));
        return exited;
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Stops the gateway and the services, then Keycloak, then PostgreSQL. Safe to call more than once and from
     * several threads: a second caller returns when the first has finished.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                awaitCloseDone();
                return;
            }
            closed = true;
        }
        try {
            List<Thread> stopping = services.values().stream().map(s -> new Thread(s::stop, "stop-" + s.name())).toList();
            stopping.forEach(Thread::start);
            for (Thread t : stopping) {
                t.join();
            }
            if (keycloak != null) {
                keycloak.close();
            }
            if (postgres != null) {
                postgres.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeDone.countDown();
        }
    }

    private void awaitCloseDone() {
        try {
            closeDone.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void checkNotClosed() {
        if (closed) {
            throw new IllegalStateException("Stopped during start-up");
        }
    }

    static String moduleOf(String name) {
        return name.equals(GATEWAY) ? "platform-gateway" : name + "-service";
    }

    static Path jar(Path root, String name) {
        return runnableJar(root.resolve(moduleOf(name)));
    }

    /** The module's {@code target/*-exec.jar}. */
    static Path runnableJar(Path module) {
        Path target = module.resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No runnable jar in " + target + ": build it first"));
        } catch (IOException e) {
            throw new UncheckedIOException("No build output in " + target + ": build it first", e);
        }
    }

    private static String since(Instant t0) {
        return String.format("%.1f s", Duration.between(t0, Instant.now()).toMillis() / 1000.0);
    }
}
