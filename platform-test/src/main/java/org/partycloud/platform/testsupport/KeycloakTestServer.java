package org.partycloud.platform.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

/**
 * One real Keycloak 26.7.3 per test JVM with the PartyCloud development realm imported, started lazily on the
 * first {@link #get()} and stopped by a JVM shutdown hook.
 *
 * <p>Chosen in this order:
 * <ol>
 * <li>{@code PARTYCLOUD_TEST_KEYCLOAK_URL} (environment) or {@code partycloud.test.keycloak.url} (system property),
 * e.g. {@code http://localhost:8180}: a running Keycloak that already has the realm {@code partycloud}; its master
 * admin is {@code PARTYCLOUD_TEST_KEYCLOAK_ADMIN_USERNAME}/{@code _PASSWORD} (default admin/admin);</li>
 * <li>otherwise the Maven Central dist zip ({@code org.keycloak:keycloak-quarkus-dist:26.7.3:zip}: system property
 * {@value #ZIP_PROPERTY}, else the local Maven repository ({@code maven.repo.local} or {@code ~/.m2/repository}), else
 * {@code .partycloud/dist/} above the working directory), unpacked once into
 * {@code ~/.cache/partycloud/keycloak-26.7.3-test} (system property {@value #CACHE_DIR_PROPERTY}) and started with
 * {@code kc.sh start-dev --db=dev-mem --import-realm} on free ports. The realm file is system property
 * {@value #REALM_PROPERTY}, else {@code infra/keycloak/partycloud-realm.json} found by walking up from the working
 * directory.</li>
 * </ol>
 *
 * <p>The cached copy is only ever started with the same build options ({@code --db=dev-mem --health-enabled=true}),
 * so Keycloak re-augments once after unpacking (about 40 s on two cores) and later starts take about 13 s. Do not
 * start the cached copy with other build options (the development platform keeps its own copy). Start-up is
 * serialised across JVMs with a file lock next to the cache directory; concurrent test JVMs each run their own
 * server on their own ports. A watchdog shell stops Keycloak within a second when the test JVM dies without running
 * its shutdown hooks.
 *
 * <p>The database is in memory: every test JVM starts from the realm file, and nothing it creates survives.
 */
public final class KeycloakTestServer {

    public static final String KEYCLOAK_VERSION = "26.7.3";
    public static final String REALM = "partycloud";
    /** Public client with direct access grants (development and tests only). */
    public static final String CLI_CLIENT_ID = "partycloud-cli";

    public static final String URL_ENV = "PARTYCLOUD_TEST_KEYCLOAK_URL";
    public static final String URL_PROPERTY = "partycloud.test.keycloak.url";
    public static final String ADMIN_USERNAME_ENV = "PARTYCLOUD_TEST_KEYCLOAK_ADMIN_USERNAME";
    public static final String ADMIN_PASSWORD_ENV = "PARTYCLOUD_TEST_KEYCLOAK_ADMIN_PASSWORD";
    public static final String ZIP_PROPERTY = "partycloud.keycloak.zip";
    public static final String REALM_PROPERTY = "partycloud.keycloak.realm";
    public static final String CACHE_DIR_PROPERTY = "partycloud.keycloak.cache-dir";
    public static final String STARTUP_TIMEOUT_PROPERTY = "partycloud.keycloak.startup-timeout-seconds";

    static final String REALM_FILE = "infra/keycloak/partycloud-realm.json";
    private static final String MARKER = ".partycloud-unpacked";
    private static final String ADMIN = "admin";
    private static final int LOG_TAIL_LINES = 80;

    /**
     * Runs kc.sh in the background and stops it when the test JVM (argument 1) is gone or when asked to stop.
     * kc.sh itself forwards TERM to the Keycloak JVM.
     */
    private static final String WATCHDOG = """
            parent="$1"; shift
            "$@" &
            kc=$!
            trap 'kill -TERM "$kc" 2>/dev/null; wait "$kc"; exit 143' TERM INT HUP
            while kill -0 "$parent" 2>/dev/null && kill -0 "$kc" 2>/dev/null; do sleep 1; done
            if kill -0 "$kc" 2>/dev/null; then kill -TERM "$kc"; fi
            wait "$kc"
            """;

    private static final Logger log = LoggerFactory.getLogger(KeycloakTestServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static volatile KeycloakTestServer instance;
    private static volatile RuntimeException startFailure;

    private final String baseUrl;
    private final String issuer;
    private final String adminUsername;
    private final String adminPassword;
    private final boolean external;
    private final Path logFile;
    private final HttpClient http;

    private KeycloakTestServer(String baseUrl, String issuer, String adminUsername, String adminPassword,
            boolean external, Path logFile, HttpClient http) {
        this.baseUrl = baseUrl;
        this.issuer = issuer;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.external = external;
        this.logFile = logFile;
        this.http = http;
    }

    /** The server of this JVM, started on the first call. A failed start fails every later call at once. */
    public static KeycloakTestServer get() {
        KeycloakTestServer s = instance;
        if (s != null) {
            return s;
        }
        synchronized (KeycloakTestServer.class) {
            if (instance == null) {
                if (startFailure != null) {
                    throw new IllegalStateException("Keycloak test server failed to start earlier in this JVM: "
                            + startFailure.getMessage(), startFailure);
                }
                try {
                    instance = start();
                } catch (RuntimeException e) {
                    startFailure = e;
                    throw e;
                }
            }
            return instance;
        }
    }

    /** E.g. {@code http://localhost:34567} (no trailing slash). */
    public String baseUrl() {
        return baseUrl;
    }

    /** The realm URL, which is also the token issuer: {@code <baseUrl>/realms/partycloud}. */
    public String realmUrl() {
        return issuer;
    }

    public String issuerUri() {
        return issuer;
    }

    public String tokenEndpoint() {
        return issuer + "/protocol/openid-connect/token";
    }

    public String jwkSetUri() {
        return issuer + "/protocol/openid-connect/certs";
    }

    /** Admin REST base of the realm: {@code <baseUrl>/admin/realms/partycloud}. */
    public String adminRealmUrl() {
        return baseUrl + "/admin/realms/" + REALM;
    }

    /** Master-realm administrator (client {@code admin-cli}). */
    public String adminUsername() {
        return adminUsername;
    }

    public String adminPassword() {
        return adminPassword;
    }

    /** True when this is a server reached through {@code PARTYCLOUD_TEST_KEYCLOAK_URL}, not one started here. */
    public boolean external() {
        return external;
    }

    /** The server's log, or null for an external server. */
    public Path logFile() {
        return logFile;
    }

    /**
     * Password grant through the public client {@code partycloud-cli}; answers the access token. {@code scope}
     * may be null (then {@code openid}); ask {@code openid organization:*} for the organisation claim.
     */
    public String passwordToken(String username, String password, String scope) {
        return passwordGrant(username, password, scope).accessToken();
    }

    /** Password grant through {@code partycloud-cli}, all tokens. */
    public Tokens passwordGrant(String username, String password, String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", CLI_CLIENT_ID);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", scope == null || scope.isBlank() ? "openid" : scope);
        return tokens(tokenEndpoint(), form);
    }

    /** Client-credentials grant of a confidential client (a service account); answers the access token. */
    public String clientCredentialsToken(String clientId, String clientSecret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        return tokens(tokenEndpoint(), form).accessToken();
    }

    /** An access token of the master-realm administrator, for the admin REST API. */
    public String adminToken() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", "admin-cli");
        form.put("username", adminUsername);
        form.put("password", adminPassword);
        return tokens(baseUrl + "/realms/master/protocol/openid-connect/token", form).accessToken();
    }

    /** The decoded payload of a JWT (no signature check): for assertions on claims. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("Not a JWT");
        }
        byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
        return JSON.readValue(new String(payload, StandardCharsets.UTF_8), Map.class);
    }

    /** Tokens of a grant. */
    public record Tokens(String accessToken, String refreshToken, String idToken, String scope, long expiresIn) {
    }

    // ------------------------------------------------------------------------------------------------ HTTP

    @SuppressWarnings("unchecked")
    private Tokens tokens(String endpoint, Map<String, String> form) {
        HttpResponse<String> response = postForm(http, endpoint, form);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request (" + form.get("grant_type") + ", client "
                    + form.get("client_id") + ") failed: HTTP " + response.statusCode() + " " + response.body());
        }
        Map<String, Object> body = JSON.readValue(response.body(), Map.class);
        Object expires = body.get("expires_in");
        return new Tokens((String) body.get("access_token"), (String) body.get("refresh_token"),
                (String) body.get("id_token"), (String) body.get("scope"),
                expires instanceof Number n ? n.longValue() : 0L);
    }

    private static HttpResponse<String> postForm(HttpClient http, String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return send(http, request);
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** The realm's issuer from its discovery document, or null while it does not answer 200. */
    @SuppressWarnings("unchecked")
    private static String discoverIssuer(HttpClient http, String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(
                URI.create(baseUrl + "/realms/" + REALM + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return null;
            }
            return (String) JSON.readValue(response.body(), Map.class).get("issuer");
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static boolean ready(HttpClient http, int managementPort) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    // ------------------------------------------------------------------------------------------------ start

    private static KeycloakTestServer start() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String adminUsername = envOr(ADMIN_USERNAME_ENV, ADMIN);
        String adminPassword = envOr(ADMIN_PASSWORD_ENV, ADMIN);
        String externalUrl = firstNonBlank(System.getenv(URL_ENV), System.getProperty(URL_PROPERTY));
        if (externalUrl != null) {
            String base = stripTrailingSlash(externalUrl.trim());
            String issuer = discoverIssuer(http, base);
            if (issuer == null) {
                throw new IllegalStateException(URL_ENV + "=" + base + " does not serve the realm '" + REALM
                        + "' (GET " + base + "/realms/" + REALM + "/.well-known/openid-configuration)");
            }
            log.info("Using external Keycloak at {} (issuer {})", base, issuer);
            return new KeycloakTestServer(base, issuer, adminUsername, adminPassword, true, null, http);
        }
        return startLocal(http);
    }

    private static KeycloakTestServer startLocal(HttpClient http) {
        Path zip = zipPath();
        Path home = cacheDir();
        Path realmFile = realmFile();
        Duration timeout = Duration.ofSeconds(Long.getLong(STARTUP_TIMEOUT_PROPERTY, 180L));
        Instant started = Instant.now();
        try {
            Files.createDirectories(home.getParent());
            Path lockFile = home.resolveSibling(home.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = channel.lock(); // across JVMs; released when the channel closes
                log.debug("Holding {}", lock);
                unpackOnce(zip, home);
                Path importDir = home.resolve("data").resolve("import");
                Files.createDirectories(importDir);
                try (Stream<Path> old = Files.list(importDir)) {
                    for (Path p : old.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.copy(realmFile, importDir.resolve("partycloud-realm.json"), StandardCopyOption.REPLACE_EXISTING);
                copyThemes(realmFile.resolveSibling("themes"), home.resolve("themes"));

                int httpPort = freePort();
                int managementPort = freePort();
                while (managementPort == httpPort) {
                    managementPort = freePort();
                }
                Path logFile = logFile(home, httpPort);
                String base = "http://localhost:" + httpPort;
                List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", WATCHDOG, "partycloud-keycloak",
                        Long.toString(ProcessHandle.current().pid()),
                        home.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                        "--db=dev-mem", "--health-enabled=true", "--import-realm",
                        "--http-port=" + httpPort, "--http-management-port=" + managementPort,
                        "--hostname=" + base));
                ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile())
                        .redirectErrorStream(true).redirectOutput(logFile.toFile());
                Map<String, String> env = pb.environment();
                env.keySet().removeIf(k -> k.startsWith("KC_") || k.startsWith("QUARKUS_") || k.startsWith("JAVA_OPTS")
                        || k.equals("JAVA_ADD_OPENS") || k.equals("DEBUG") || k.equals("DEBUG_PORT"));
                env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
                env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN);
                env.put("JAVA_HOME", System.getProperty("java.home"));
                log.info("Starting Keycloak {} from {} on port {} (management {}), log {}", KEYCLOAK_VERSION, home,
                        httpPort, managementPort, logFile);
                Process process = pb.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "keycloak-test-server-stop"));

                Instant deadline = Instant.now().plus(timeout); // not counting the wait for the lock or the unzip
                String issuer = null;
                while (issuer == null) {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                                + " before it was ready; log " + logFile + ":\n" + tail(logFile));
                    }
                    if (Instant.now().isAfter(deadline)) {
                        stop(process);
                        throw new IllegalStateException("Keycloak was not ready within " + timeout.toSeconds()
                                + " s (" + STARTUP_TIMEOUT_PROPERTY + "); log " + logFile + ":\n" + tail(logFile));
                    }
                    if (ready(http, managementPort)) {
                        issuer = discoverIssuer(http, base);
                    }
                    if (issuer == null) {
                        Thread.sleep(250);
                    }
                }
                log.info("Keycloak ready at {} in {} ms (issuer {})", base,
                        Duration.between(started, Instant.now()).toMillis(), issuer);
                return new KeycloakTestServer(base, issuer, ADMIN, ADMIN, false, logFile, http);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Keycloak from " + zip + " in " + home, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting Keycloak", e);
        }
    }

    /** Stops the whole process tree: TERM first, then KILL what is left after 20 s. */
    private static void stop(Process process) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        process.descendants().forEach(tree::add);
        if (tree.stream().noneMatch(ProcessHandle::isAlive)) {
            return;
        }
        for (int i = tree.size() - 1; i >= 0; i--) {
            tree.get(i).destroy();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (ProcessHandle h : tree) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) {
                    h.onExit().get(left, TimeUnit.NANOSECONDS);
                }
            } catch (Exception ignored) {
                // killed below
            }
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    // ------------------------------------------------------------------------------------------------ files

    private static Path zipPath() {
        String configured = System.getProperty(ZIP_PROPERTY);
        Path zip;
        if (configured != null && !configured.isBlank()) {
            zip = Paths.get(configured);
        } else {
            String repo = firstNonBlank(System.getProperty("maven.repo.local"),
                    Paths.get(System.getProperty("user.home"), ".m2", "repository").toString());
            zip = Paths.get(repo, "org", "keycloak", "keycloak-quarkus-dist", KEYCLOAK_VERSION,
                    "keycloak-quarkus-dist-" + KEYCLOAK_VERSION + ".zip");
        }
        if (!Files.isRegularFile(zip) && (configured == null || configured.isBlank())) {
            // the root build copies the dist to .partycloud/dist/ (dependency:copy in the validate phase)
            String name = "keycloak-quarkus-dist-" + KEYCLOAK_VERSION + ".zip";
            for (Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(".partycloud").resolve("dist").resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak dist zip not found at " + zip + ". Fetch it with: mvn "
                    + "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get -Dtransitive=false "
                    + "-Dartifact=org.keycloak:keycloak-quarkus-dist:" + KEYCLOAK_VERSION + ":zip"
                    + " (or set -D" + ZIP_PROPERTY + "=<path>, or " + URL_ENV + " to use a running server)");
        }
        return zip;
    }

    private static Path cacheDir() {
        String configured = System.getProperty(CACHE_DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath();
        }
        return Paths.get(System.getProperty("user.home"), ".cache", "partycloud",
                "keycloak-" + KEYCLOAK_VERSION + "-test");
    }

    /** The realm's themes (beside the realm file: the 党建云 login pages) into Keycloak's {@code themes/}. */
    private static void copyThemes(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static Path realmFile() {
        String configured = System.getProperty(REALM_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path p = Paths.get(configured);
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException(REALM_PROPERTY + "=" + configured + " is not a file");
            }
            return p;
        }
        for (Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(REALM_FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No " + REALM_FILE + " above " + System.getProperty("user.dir")
                + "; set -D" + REALM_PROPERTY + "=<path>");
    }

    private static Path logFile(Path home, int port) throws IOException {
        Path target = Paths.get(System.getProperty("user.dir"), "target");
        Path dir = Files.isDirectory(target) ? target.resolve("keycloak-test") : home.resolve("log");
        Files.createDirectories(dir);
        return dir.resolve("keycloak-" + port + ".log");
    }

    /** Unpacks the zip (without its top folder) into {@code home}, once; a marker file says it is complete. */
    private static void unpackOnce(Path zip, Path home) throws IOException {
        if (Files.isRegularFile(home.resolve(MARKER))) {
            return;
        }
        Instant t0 = Instant.now();
        log.info("Unpacking {} into {}", zip, home);
        if (Files.exists(home)) {
            deleteTree(home);
        }
        Path tmp = home.resolveSibling(home.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        if (Files.exists(tmp)) {
            deleteTree(tmp);
        }
        Files.createDirectories(tmp);
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue; // the top folder itself
                }
                Path out = tmp.resolve(name.substring(slash + 1)).normalize();
                if (!out.startsWith(tmp)) {
                    throw new IOException("Zip entry outside the target folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = zf.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        try (Stream<Path> scripts = Files.list(tmp.resolve("bin"))) {
            for (Path script : scripts.filter(p -> p.getFileName().toString().endsWith(".sh")).toList()) {
                makeExecutable(script);
            }
        }
        Files.move(tmp, home, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(home.resolve(MARKER), zip + "\n" + Files.size(zip) + "\n" + Instant.now() + "\n");
        log.info("Unpacked Keycloak in {} ms", Duration.between(t0, Instant.now()).toMillis());
    }

    private static void makeExecutable(Path file) throws IOException {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            perms.add(PosixFilePermission.OWNER_EXECUTE);
            perms.add(PosixFilePermission.GROUP_EXECUTE);
            perms.add(PosixFilePermission.OTHERS_EXECUTE);
            Files.setPosixFilePermissions(file, perms);
        } catch (UnsupportedOperationException e) {
            if (!file.toFile().setExecutable(true, false)) {
                throw new IOException("Cannot make " + file + " executable", e);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
