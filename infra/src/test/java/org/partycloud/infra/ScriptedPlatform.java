package org.partycloud.infra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code ./partycloud} as a developer runs it, for the end-to-end tests: the real script, in a home of its own
 * ({@code PARTYCLOUD_HOME}) and on ports moved by an offset ({@code PARTYCLOUD_PORT_OFFSET}), with the jars the
 * reactor built ({@code PARTYCLOUD_SKIP_BUILD=1}). Offsets of two tests must not differ by 1,000 (Keycloak's 8180
 * plus 1,000 is its management port 9180).
 *
 * <p>The home's Keycloak copy is kept across runs (in {@code keptKeycloak}) and put back at the same path: it was
 * augmented with the same build options ({@code --db=postgres --health-enabled=true}), so the next run skips the
 * unpacking and the re-augmentation (≈ 30 s). Its {@code data/} folder is dropped (the realm lives in the
 * database, which is fresh); {@code mvn clean} removes the copy.
 */
final class ScriptedPlatform {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final Path root;
    private final Path home;
    private final Path keptKeycloak;
    private final int offset;
    private final String tag;

    /**
     * @param name the test's name: home {@code infra/target/<name>-home}, kept Keycloak
     *        {@code infra/target/<name>-keycloak}, output lines tagged {@code [<name>]}
     */
    ScriptedPlatform(String name, int offset) {
        this.root = Path.of(System.getProperty("partycloud.root", "..")).toAbsolutePath().normalize();
        this.home = root.resolve("infra/target/" + name + "-home");
        this.keptKeycloak = root.resolve("infra/target/" + name + "-keycloak");
        this.offset = offset;
        this.tag = "[" + name + "] ";
    }

    Path root() {
        return root;
    }

    int offset() {
        return offset;
    }

    String gateway(String path) {
        return "http://localhost:" + (8080 + offset) + path;
    }

    String keycloak(String path) {
        return "http://localhost:" + (8180 + offset) + path;
    }

    /** An API client's token for a demo user (password grant of {@code partycloud-cli}, every organisation). */
    String userToken(String username) {
        return token(KeycloakServer.REALM, Map.of("grant_type", "password", "client_id", "partycloud-cli",
                "username", username, "password", DemoPlatform.PASSWORD, "scope", "openid organization:*"));
    }

    /** The platform Keycloak's master-realm administrator, for its admin REST API. */
    String keycloakAdminToken() {
        return token("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", KeycloakServer.ADMIN, "password", KeycloakServer.ADMIN));
    }

    private String token(String realm, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak("/realms/" + realm
                        + "/protocol/openid-connect/token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("Token of " + fields.get("username") + " in realm " + realm + ": HTTP "
                        + response.statusCode() + " " + response.body());
            }
            return Http.JSON.readTree(response.body()).path("access_token").asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Deletes the home, keeping an augmented Keycloak copy of an earlier run at its place. */
    void freshHomeKeepingKeycloak() throws IOException {
        killLeftovers();
        Path keycloak = home.resolve("keycloak-" + KeycloakServer.VERSION);
        if (Files.isRegularFile(keycloak.resolve(".partycloud-unpacked"))) {
            deleteTree(keptKeycloak);
            Files.move(keycloak, keptKeycloak, StandardCopyOption.ATOMIC_MOVE);
        }
        deleteTree(home);
        Files.createDirectories(home);
        if (Files.isRegularFile(keptKeycloak.resolve(".partycloud-unpacked"))) {
            deleteTree(keptKeycloak.resolve("data"));
            Files.move(keptKeycloak, keycloak, StandardCopyOption.ATOMIC_MOVE);
            System.out.println(tag + "reusing the augmented Keycloak copy of an earlier run");
        }
    }

    /** {@code ./partycloud <command>} started, its output collected. */
    Script start(String command) {
        ProcessBuilder builder = new ProcessBuilder(root.resolve("partycloud").toString(), command)
                .directory(root.toFile()).redirectErrorStream(true);
        builder.environment().put("PARTYCLOUD_HOME", home.toString());
        builder.environment().put("PARTYCLOUD_PORT_OFFSET", Integer.toString(offset));
        builder.environment().put("PARTYCLOUD_SKIP_BUILD", "1");
        try {
            return new Script(builder.start(), command);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command to its end. */
    Script run(Duration timeout, String command) {
        Script script = start(command);
        if (!script.awaitExit(timeout)) {
            script.process.destroyForcibly();
            throw new IllegalStateException("./partycloud " + command + " did not end within " + timeout + ":\n"
                    + script.tail(80));
        }
        return script;
    }

    /** {@code down}, then whatever is left of the platform killed; never throws (for {@code @AfterAll}). */
    void down(Script up) {
        try {
            run(Duration.ofMinutes(2), "down");
        } catch (RuntimeException e) {
            System.err.println(tag + "./partycloud down failed: " + e.getMessage());
        } finally {
            if (up != null) {
                up.awaitExit(Duration.ofSeconds(30));
            }
            killLeftovers();
        }
    }

    /** Every process whose command line names the home: launcher, services, Keycloak, PostgreSQL. */
    List<ProcessHandle> processesOfHome() {
        String marker = home.toString();
        return ProcessHandle.allProcesses().filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> commandLine(p).contains(marker)).toList();
    }

    void killLeftovers() {
        List<ProcessHandle> left = processesOfHome();
        if (left.isEmpty()) {
            return;
        }
        System.err.println(tag + "killing processes left behind: " + left.stream()
                .map(p -> p.pid() + " " + abbreviate(commandLine(p))).toList());
        left.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : left) {
            try {
                p.onExit().get(15, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Prints a process's output line by line, tagged, and keeps it in {@code lines} when given. */
    static Thread stream(Process process, String prefix, List<String> lines) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (lines != null) {
                        synchronized (lines) {
                            lines.add(line);
                        }
                    }
                    System.out.println("[" + prefix + "] " + line);
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "output-" + prefix);
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    private static String commandLine(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc/" + process.pid() + "/cmdline")).replace('\0', ' ');
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    /** A running or ended {@code ./partycloud <command>} and its output. */
    static final class Script {

        private final Process process;
        private final List<String> lines = new ArrayList<>();
        private final Thread reader;

        private Script(Process process, String command) {
            this.process = process;
            this.reader = stream(process, command, lines);
        }

        boolean awaitExit(Duration timeout) {
            try {
                boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (ended) {
                    reader.join(5000);
                }
                return ended;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        int exitCode() {
            return process.exitValue();
        }

        /** Waits for a line containing the text; fails with the end of the output when it does not come. */
        void awaitLine(String text, Duration timeout) {
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                if (output().contains(text)) {
                    return;
                }
                if (!process.isAlive()) {
                    awaitExit(Duration.ofSeconds(5));
                    if (output().contains(text)) {
                        return;
                    }
                    throw new AssertionError("./partycloud ended (exit code " + process.exitValue() + ") before '"
                            + text + "':\n" + tail(80));
                }
                ServiceProcess.sleep(500);
            }
            throw new AssertionError("No '" + text + "' within " + timeout.toSeconds() + " s; last output:\n" + tail(80));
        }

        String output() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }

        String tail(int count) {
            synchronized (lines) {
                return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
            }
        }
    }
}
