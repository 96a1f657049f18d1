package org.partycloud.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The development platform of {@code ./partycloud up} and {@code ./partycloud status}: embedded PostgreSQL, Keycloak,
 * the four services and the gateway on their fixed ports, with everything they keep under {@code .partycloud/}.
 *
 * <p>{@code up} runs in the foreground until {@code .partycloud/run/stop} appears (the script creates it for Ctrl-C and
 * {@code down}), then stops the gateway and services, Keycloak, and PostgreSQL, in that order. A TERM or INT sent to
 * this JVM stops everything too, through a shutdown hook.
 */
public final class PlatformMain {

    static final int POSTGRES_PORT = 5433;
    static final int KEYCLOAK_PORT = 8180;
    static final int KEYCLOAK_MANAGEMENT_PORT = 9180;
    /** Gateway first, then the services: the order of the banner and of {@code status}. */
    static final Map<String, Integer> PORTS = ordered(Platform.GATEWAY, 8080, "tenant", 8081, "affairs", 8082,
            "dues", 8083, "learning", 8084);
    /** The highest offset that keeps every port below 65536. */
    static final int MAX_PORT_OFFSET = 65535 - KEYCLOAK_MANAGEMENT_PORT;
    /**
     * Options for every service JVM unless {@code PARTYCLOUD_JVM_OPTIONS} says otherwise. C1 only: on two cores the
     * full tiered compiler made the warm start 16 s slower (48 s instead of 32 s); small heaps keep the idle platform
     * under 2 GB. Benchmarks that measure throughput should set their own.
     */
    static final String DEFAULT_JVM_OPTIONS = "-XX:+UseSerialGC -Xmx256m -Xss512k -XX:TieredStopAtLevel=1";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Path root;
    private final Path home;
    private final Path run;
    private final Path logs;
    private final int postgresPort;
    private final int keycloakPort;
    private final int keycloakManagementPort;
    /** {@link #PORTS} moved by the offset. */
    private final Map<String, Integer> ports = new LinkedHashMap<>();

    /**
     * @param home data, run and log folder ({@code PARTYCLOUD_HOME}, default {@code <root>/.partycloud})
     * @param portOffset added to every fixed port ({@code PARTYCLOUD_PORT_OFFSET}), so that a second platform
     *        (an end-to-end test) runs beside the developer's own
     */
    PlatformMain(Path root, Path home, int portOffset) {
        this.root = root;
        this.home = home;
        this.run = home.resolve("run");
        this.logs = home.resolve("logs");
        this.postgresPort = POSTGRES_PORT + portOffset;
        this.keycloakPort = KEYCLOAK_PORT + portOffset;
        this.keycloakManagementPort = KEYCLOAK_MANAGEMENT_PORT + portOffset;
        PORTS.forEach((name, port) -> ports.put(name, port + portOffset));
    }

    public static void main(String[] args) throws Exception {
        configureLogging();
        Path root = Path.of(System.getProperty("partycloud.root", "")).toAbsolutePath().normalize();
        String command = args.length > 0 ? args[0] : "";
        PlatformMain main;
        try {
            main = new PlatformMain(root, home(root), portOffset());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(64);
            return;
        }
        int exit = switch (command) {
            case "up" -> main.up();
            case "status" -> main.status();
            default -> {
                System.err.println("usage: PlatformMain up|status   (run it through ./partycloud)");
                yield 64;
            }
        };
        System.exit(exit);
    }

    // ------------------------------------------------------------------------------------------------------ up

    private int up() throws IOException, InterruptedException {
        Files.createDirectories(run);
        Path pidFile = run.resolve("partycloud.pid");
        Optional<ProcessHandle> running = launcher();
        if (running.isPresent()) {
            System.err.println("PartyCloud is already running (pid " + running.get().pid() + "); ./partycloud down stops it.");
            return 2;
        }
        List<String> busy = busyPorts(allPorts());
        if (!busy.isEmpty()) {
            System.err.println("Cannot start PartyCloud: port " + String.join(", ", busy) + " in use. Stop what uses it"
                    + " (ss -ltnp shows who), or run ./partycloud down if an earlier run was left behind.");
            return 2;
        }
        Path stopFile = run.resolve("stop");
        Files.deleteIfExists(stopFile);
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n");
        rotateLogs();

        Jdks.Jdk jdk = Jdks.newest();
        List<String> jvmOptions = jvmOptions();
        System.out.printf("Starting PartyCloud: PostgreSQL, Keycloak %s, four services and the gateway on JDK %d (%s)%n",
                KeycloakServer.VERSION, jdk.feature(), jdk.home());
        System.out.println("Service JVM options: " + String.join(" ", jvmOptions) + " (PARTYCLOUD_JVM_OPTIONS)");
        System.out.println("Logs: " + shown(logs) + "/  (./partycloud logs [name])");
        Instant t0 = Instant.now();
        // Marks every service JVM with the home it belongs to, so that its processes can be told apart from those
        // of another platform of the same checkout (ps, ./partycloud down, the end-to-end test).
        List<String> serviceJvm = new ArrayList<>(jvmOptions);
        serviceJvm.add("-Dpartycloud.home=" + home);
        Platform platform = Platform.create(new Platform.Settings(root, logs, postgresPort, home.resolve("postgres"),
                null, ports, serviceJvm, true, new KeycloakServer.Settings(home.resolve("keycloak-" + KeycloakServer.VERSION),
                        keycloakZip(), root.resolve("infra/keycloak/partycloud-realm.json"), keycloakPort,
                        keycloakManagementPort, logs.resolve("keycloak.log"), gatewayUrl())));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            deleteQuietly(pidFile);
            deleteQuietly(stopFile);
            deleteQuietly(run.resolve("processes"));
        }, "partycloud-shutdown"));
        Thread stopRequest = new Thread(() -> {
            while (!Files.exists(stopFile)) {
                ServiceProcess.sleep(300);
            }
            System.out.println("Stopping PartyCloud…");
            platform.close();
        }, "partycloud-stop-request");
        stopRequest.setDaemon(true);
        stopRequest.start();

        try {
            platform.start();
        } catch (RuntimeException e) {
            if (platform.isClosed() && Files.exists(stopFile)) {
                stopRequest.join();
                System.out.println("PartyCloud stopped before it was ready.");
                return 0;
            }
            System.err.println("\nPartyCloud did not start (logs in " + shown(logs) + "/): " + e.getMessage());
            platform.close();
            return 1;
        }
        writeProcesses(platform);
        DemoPlatform demo = new DemoPlatform(gatewayUrl(), platform.keycloak().baseUrl(), home);
        if (!demo.isSeeded()) {
            seed(demo, platform);
        }
        if (platform.isClosed()) {
            stopRequest.join();
            System.out.println("PartyCloud stopped.");
            return 0;
        }
        printBanner(Duration.between(t0, Instant.now()), demo.isSeeded());

        Set<String> reported = new HashSet<>();
        while (stopRequest.isAlive()) {
            stopRequest.join(1000);
            if (!platform.isClosed()) {
                for (String gone : platform.exited()) {
                    if (reported.add(gone)) {
                        System.err.println(gone + " stopped unexpectedly; see " + shown(logs) + "/. The rest"
                                + " keeps running: ./partycloud down, then up again.");
                    }
                }
            }
        }
        System.out.println("PartyCloud stopped.");
        return 0;
    }

    /** Seeds the demo platform; a failure is reported and leaves the platform running (the next up retries). */
    private void seed(DemoPlatform demo, Platform platform) {
        System.out.println("Seeding the demo platform…");
        Instant started = Instant.now();
        try {
            demo.seed();
            System.out.printf("Demo platform ready (%d s)%n", Duration.between(started, Instant.now()).toSeconds());
        } catch (RuntimeException e) {
            if (!platform.isClosed()) {
                System.err.println("Seeding the demo platform failed: " + e.getMessage());
                System.err.println("The platform keeps running without (all of) the demo data; the next ./partycloud"
                        + " up tries again (logs in " + shown(logs) + "/).");
            }
        }
    }

    private void printBanner(Duration took, boolean demoSeeded) {
        String services = String.join("   ", Platform.SERVICES.stream()
                .map(s -> Platform.moduleOf(s) + " :" + ports.get(s)).toList());
        String demo = demoSeeded ? """

                  Demo logins (development realm only; every password is %s):
                %s
                """.formatted(DemoPlatform.PASSWORD, DemoPlatform.loginTable())
                : "  Demo data: not seeded (see the message above); the next ./partycloud up tries again.\n";
        System.out.printf("""

                PartyCloud 党建云 is ready (%d s).

                  Browser      http://localhost:%d/
                  Gateway      http://localhost:%d
                  Services     %s
                  Keycloak     http://localhost:%d  (realm partycloud; admin console /admin with admin / admin;
                               health on :%d)
                  PostgreSQL   localhost:%d  (postgres / postgres; data in %s)
                  Logs         %s/   (./partycloud logs [name])

                  Operator login (development realm only): operator / partycloud
                    curl -d grant_type=password -d client_id=partycloud-cli -d username=operator \\
                         -d password=partycloud -d 'scope=openid organization:*' \\
                         http://localhost:%d/realms/partycloud/protocol/openid-connect/token
                %s
                Ctrl-C here, or ./partycloud down from another shell, stops everything.
                %n""", took.toSeconds(), ports.get(Platform.GATEWAY), ports.get(Platform.GATEWAY), services,
                keycloakPort, keycloakManagementPort, postgresPort, shown(home.resolve("postgres")), shown(logs),
                keycloakPort, demo);
    }

    // -------------------------------------------------------------------------------------------------- status

    private int status() {
        Optional<ProcessHandle> launcher = launcher();
        Properties pids = new Properties();
        if (launcher.isPresent()) {
            System.out.printf("PartyCloud is running (pid %d, started %s).%n", launcher.get().pid(), launcher.get().info()
                    .startInstant().map(t -> LocalDateTime.ofInstant(t, ZoneId.systemDefault()).withNano(0).toString())
                    .orElse("?"));
            try (var in = Files.newBufferedReader(run.resolve("processes"))) {
                pids.load(in);
            } catch (IOException e) {
                // still starting: no pids yet
            }
        } else {
            System.out.println("PartyCloud is not running.");
        }
        List<String> states = new ArrayList<>();
        states.add(line("postgres", postgresPort, postmasterPid(), postgresReady() ? "ready" : "down"));
        states.add(line("keycloak", keycloakPort, pid(pids, "keycloak"),
                probe("http://localhost:" + keycloakManagementPort + "/health/ready")));
        for (Map.Entry<String, Integer> e : ports.entrySet()) {
            String module = Platform.moduleOf(e.getKey());
            states.add(line(module, e.getValue(), pid(pids, module),
                    probe("http://localhost:" + e.getValue() + "/actuator/health/readiness")));
        }
        boolean allReady = states.stream().allMatch("ready"::equals);
        boolean anyUp = states.stream().anyMatch(state -> !state.equals("down"));
        if (launcher.isEmpty() && anyUp) {
            System.out.println("Some ports answer without a launcher: left by an earlier run, or another program."
                    + " ./partycloud down stops what an earlier run left.");
        }
        return launcher.isEmpty() ? 3 : allReady ? 0 : 1;
    }

    private static String line(String name, int port, String pid, String state) {
        System.out.printf("  %-17s :%-5d %-12s %s%n", name, port, pid, state);
        return state;
    }

    private static String pid(Properties pids, String name) {
        String pid = pids.getProperty(name);
        return pid != null && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)
                ? "pid " + pid : "";
    }

    private String postmasterPid() {
        try (Stream<String> lines = Files.lines(home.resolve("postgres/postmaster.pid"))) {
            return lines.findFirst().filter(p -> ProcessHandle.of(Long.parseLong(p.trim())).isPresent())
                    .map(p -> "pid " + p.trim()).orElse("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private boolean postgresReady() {
        DriverManager.setLoginTimeout(2);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresPort + "/postgres",
                "postgres", "postgres")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String probe(String url) {
        try {
            int status = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? "ready" : "not ready (HTTP " + status + ")";
        } catch (IOException e) {
            return "down";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "down";
        }
    }

    // ---------------------------------------------------------------------------------------------------- parts

    /** The running launcher of this checkout, from its pid file (a process started after the file is another one). */
    private Optional<ProcessHandle> launcher() {
        Path pidFile = run.resolve("partycloud.pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Instant written = Files.getLastModifiedTime(pidFile).toInstant();
            return ProcessHandle.of(pid).filter(h -> h.pid() != ProcessHandle.current().pid())
                    .filter(h -> h.info().startInstant().map(started -> !started.isAfter(written)).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private List<Integer> allPorts() {
        List<Integer> all = new ArrayList<>(List.of(postgresPort, keycloakPort, keycloakManagementPort));
        all.addAll(this.ports.values());
        return all;
    }

    private static List<String> busyPorts(List<Integer> ports) {
        List<String> busy = new ArrayList<>();
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(port));
            } catch (IOException e) {
                busy.add(Integer.toString(port));
            }
        }
        return busy;
    }

    /** Keeps the previous run's logs as {@code <name>.log.1}. */
    private void rotateLogs() throws IOException {
        Files.createDirectories(logs);
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.filter(p -> p.getFileName().toString().endsWith(".log")).toList()) {
                Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private void writeProcesses(Platform platform) {
        StringBuilder text = new StringBuilder("# process ids of the running platform, for ./partycloud status\n");
        platform.pids().forEach((name, pid) -> text.append(name).append('=').append(pid).append('\n'));
        try {
            Files.writeString(run.resolve("processes"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The dist zip the root build copies to {@code <root>/.partycloud/dist/} (a cache shared by every home of the
     * checkout), else the one in the local Maven repository.
     */
    private Path keycloakZip() {
        String name = "keycloak-quarkus-dist-" + KeycloakServer.VERSION + ".zip";
        Path dist = root.resolve(".partycloud/dist").resolve(name);
        if (Files.isRegularFile(dist)) {
            return dist;
        }
        String repo = Optional.ofNullable(System.getProperty("maven.repo.local"))
                .orElse(Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        Path m2 = Path.of(repo, "org/keycloak/keycloak-quarkus-dist", KeycloakServer.VERSION, name);
        return Files.isRegularFile(m2) ? m2 : dist;
    }

    /** {@code -Dpartycloud.home} (the script passes it), else {@code PARTYCLOUD_HOME}, else {@code <root>/.partycloud}. */
    static Path home(Path root) {
        String home = Optional.ofNullable(System.getProperty("partycloud.home")).filter(h -> !h.isBlank())
                .orElse(System.getenv("PARTYCLOUD_HOME"));
        return home == null || home.isBlank() ? root.resolve(".partycloud")
                : root.resolve(home).toAbsolutePath().normalize();
    }

    /** {@code PARTYCLOUD_PORT_OFFSET}: 0 when unset. */
    static int portOffset() {
        String value = Optional.ofNullable(System.getenv("PARTYCLOUD_PORT_OFFSET")).map(String::strip).orElse("");
        if (value.isEmpty()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(value);
            if (offset >= 0 && offset <= MAX_PORT_OFFSET) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("PARTYCLOUD_PORT_OFFSET must be a whole number from 0 to " + MAX_PORT_OFFSET
                + ", not '" + value + "'");
    }

    String gatewayUrl() {
        return "http://localhost:" + ports.get(Platform.GATEWAY);
    }

    /** A path as the banner shows it: relative to the checkout when it is inside. */
    private String shown(Path path) {
        return path.startsWith(root) ? root.relativize(path).toString() : path.toString();
    }

    private static List<String> jvmOptions() {
        String options = Optional.ofNullable(System.getenv("PARTYCLOUD_JVM_OPTIONS")).filter(o -> !o.isBlank())
                .orElse(DEFAULT_JVM_OPTIONS);
        return Arrays.stream(options.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    /** The launcher's own messages and the platform's progress on stdout; libraries only when they warn. */
    private static void configureLogging() {
        Map<String, String> defaults = Map.of(
                "org.slf4j.simpleLogger.logFile", "System.out",
                "org.slf4j.simpleLogger.defaultLogLevel", "warn",
                "org.slf4j.simpleLogger.log.org.partycloud", "info",
                "org.slf4j.simpleLogger.showDateTime", "true",
                "org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss",
                "org.slf4j.simpleLogger.showThreadName", "false",
                "org.slf4j.simpleLogger.showLogName", "false",
                "org.slf4j.simpleLogger.levelInBrackets", "false");
        defaults.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing left to do at exit
        }
    }

    private static Map<String, Integer> ordered(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
