package org.partycloud.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keycloak from the Maven Central dist, unpacked once into a folder of its own and run with
 * {@code kc.sh start-dev} on a database of the platform's PostgreSQL, so users, organisations and sessions
 * survive a restart. The realm file is imported at every start; Keycloak skips a realm that exists already.
 * The gateway client's URLs in the file are moved to the gateway's actual port (see {@link #realmForGateway}).
 *
 * <p>{@code --db} and {@code --health-enabled} are build options: this copy is always started with the same
 * ones, so Keycloak re-augments once after unpacking and never again. Do not share the copy with a Keycloak
 * started with other build options (the tests keep their own copy).
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String VERSION = "26.7.3";
    public static final String REALM = "partycloud";
    /** Master-realm administrator created at the first start (development only). */
    public static final String ADMIN = "admin";
    private static final String MARKER = ".partycloud-unpacked";
    /** The gateway origins of the realm file ({@code http://localhost:8080}, {@code http://127.0.0.1:8080}). */
    private static final Pattern DEFAULT_GATEWAY_ORIGIN =
            Pattern.compile("http://(localhost|127\\.0\\.0\\.1):8080(?![0-9])");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /**
     * @param home the unpacked copy, e.g. {@code .partycloud/keycloak-26.7.3}
     * @param zip the dist zip ({@code org.keycloak:keycloak-quarkus-dist:26.7.3:zip})
     * @param realmFile imported at start when the realm does not exist yet
     * @param httpPort also fixes the issuer: {@code http://localhost:<httpPort>/realms/partycloud}
     * @param managementPort health endpoints
     * @param log where Keycloak writes its output (appended)
     * @param gatewayUrl the gateway's base URL, e.g. {@code http://localhost:28080}: the gateway client's redirect
     *        URIs, post-logout URIs and root URL in the realm file name port 8080 and are moved to this one on
     *        import; null keeps the file as it is
     */
    public record Settings(Path home, Path zip, Path realmFile, int httpPort, int managementPort, Path log,
            String gatewayUrl) {

        public Settings(Path home, Path zip, Path realmFile, int httpPort, int managementPort, Path log) {
            this(home, zip, realmFile, httpPort, managementPort, log, null);
        }

        public String baseUrl() {
            return "http://localhost:" + httpPort;
        }

        public String issuerUri() {
            return baseUrl() + "/realms/" + REALM;
        }
    }

    private final Settings settings;
    private final Process process;

    private KeycloakServer(Settings settings, Process process) {
        this.settings = settings;
        this.process = process;
    }

    /**
     * The realm's themes (beside the realm file, e.g. the 党建云 login pages) into Keycloak's {@code themes/}, at
     * every start, so that a changed theme is seen without a new copy of Keycloak.
     */
    static void copyThemes(Path from, Path to) throws java.io.IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Starts Keycloak on the given PostgreSQL database and returns at once; {@link #awaitReady} waits for it.
     *
     * @param javaHome the JDK that runs Keycloak
     */
    static KeycloakServer start(Settings settings, Path javaHome, String dbUrl, String dbUsername, String dbPassword) {
        try {
            unpackOnce(settings.zip(), settings.home());
            copyThemes(settings.realmFile().resolveSibling("themes"), settings.home().resolve("themes"));
            Path importDir = Files.createDirectories(settings.home().resolve("data/import"));
            Files.writeString(importDir.resolve(REALM + "-realm.json"),
                    realmForGateway(Files.readString(settings.realmFile()), settings.gatewayUrl()));
            Files.createDirectories(settings.log().getParent());
            List<String> command = List.of(settings.home().resolve("bin/kc.sh").toString(), "start-dev",
                    "--db=postgres", "--db-url=" + dbUrl, "--db-username=" + dbUsername, "--db-password=" + dbPassword,
                    "--health-enabled=true", "--import-realm",
                    "--http-port=" + settings.httpPort(), "--http-management-port=" + settings.managementPort(),
                    "--hostname=" + settings.baseUrl());
            ProcessBuilder builder = new ProcessBuilder(command).directory(settings.home().toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(settings.log().toFile()));
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(k -> k.startsWith("KC_") || k.startsWith("QUARKUS_") || k.startsWith("JAVA_OPTS")
                    || k.equals("JAVA_ADD_OPENS") || k.equals("DEBUG") || k.equals("DEBUG_PORT"));
            env.put("JAVA_HOME", javaHome.toString());
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN);
            return new KeycloakServer(settings, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Keycloak from " + settings.home(), e);
        }
    }

    public String baseUrl() {
        return settings.baseUrl();
    }

    public String issuerUri() {
        return settings.issuerUri();
    }

    public Path log() {
        return settings.log();
    }

    long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the management port answers ready and the realm serves its discovery document. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                        + " during start-up; log " + settings.log() + ":\n" + tail());
            }
            if (ok("http://localhost:" + settings.managementPort() + "/health/ready")
                    && ok(settings.issuerUri() + "/.well-known/openid-configuration")) {
                return;
            }
            ServiceProcess.sleep(250);
        }
        throw new IllegalStateException("Keycloak was not ready within " + timeout + "; log " + settings.log()
                + ":\n" + tail());
    }

    /** Stops kc.sh and its JVM: TERM first (kc.sh forwards it), KILL what is left after 20 s. */
    @Override
    public void close() {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        process.descendants().forEach(tree::add);
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    /**
     * The realm file with the gateway's origin moved from port 8080 to the given base URL, for both host names the
     * file allows ({@code localhost}, {@code 127.0.0.1}). Keycloak imports the realm at the first start of a home
     * only: a platform started on another port later keeps the URIs of its first start.
     */
    static String realmForGateway(String realm, String gatewayUrl) {
        if (gatewayUrl == null) {
            return realm;
        }
        URI gateway = URI.create(gatewayUrl);
        if (gateway.getPort() == 8080 || gateway.getPort() < 0) {
            return realm;
        }
        return DEFAULT_GATEWAY_ORIGIN.matcher(realm).replaceAll("http://$1:" + gateway.getPort());
    }

    private static boolean ok(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(settings.log());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Unpacks the zip without its top folder into {@code home}, once: a marker file says the copy is complete. */
    static void unpackOnce(Path zip, Path home) throws IOException {
        if (Files.isRegularFile(home.resolve(MARKER))) {
            return;
        }
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("No Keycloak dist at " + zip);
        }
        deleteTree(home);
        Path tmp = home.resolveSibling(home.getFileName() + ".tmp");
        deleteTree(tmp);
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                Path out = tmp.resolve(name).normalize();
                if (!out.startsWith(tmp)) {
                    throw new IOException("Zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = zf.getInputStream(entry)) {
                        Files.copy(in, out);
                    }
                    if (name.startsWith("bin/") && name.endsWith(".sh") && !out.toFile().setExecutable(true, false)) {
                        throw new IOException("Cannot make " + out + " executable");
                    }
                }
            }
        }
        Files.move(tmp, home, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(home.resolve(MARKER), zip + "\n");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
