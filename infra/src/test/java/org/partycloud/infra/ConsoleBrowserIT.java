package org.partycloud.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The web console in a real browser: {@code ./partycloud up} as a developer runs it (the real script, home
 * {@code infra/target/console-home}, ports moved by 20500), then the Playwright suite of {@code web-console/e2e}
 * driving Debian's {@code chromium} through the gateway and Keycloak's login pages. The screenshots it saves in
 * {@code infra/target/console-screenshots} are listed at the end of the run for a person to look at.
 *
 * <p>What the demo platform lacks is added first: a user of two tenants (democorp and demobureau, tenant admin
 * in both), created with Keycloak's admin API as {@link DemoPlatform} creates its users. The Keycloak copy of the
 * home is kept across runs ({@link ScriptedPlatform}).
 */
class ConsoleBrowserIT {

    /**
     * 20500 unless {@code -Dpartycloud.console.port-offset} says otherwise. Not 21000: offsets 1000 apart collide
     * with PartycloudUpIT's 20000 (Keycloak's 8180 + 1000 is its management port 9180).
     */
    private static final int OFFSET = Integer.getInteger("partycloud.console.port-offset", 20500);
    private static final String CHROMIUM = System.getProperty("partycloud.chromium",
            System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final String TWO_TENANT_USER = "e2e-two-tenants";
    private static final Duration START = Duration.ofMinutes(6);
    private static final Duration SUITE = Duration.ofMinutes(10);

    private static final ScriptedPlatform PLATFORM = new ScriptedPlatform("console", OFFSET);
    private static Path root;
    private static Path console;
    private static Path screenshots;
    private static ScriptedPlatform.Script up;

    @BeforeAll
    static void platformUp() throws IOException {
        root = PLATFORM.root();
        console = root.resolve("web-console");
        screenshots = root.resolve("infra/target/console-screenshots");
        // Fail at once, not after the platform's start, when the browser tests cannot run.
        assertThat(Path.of(CHROMIUM)).as("Debian's chromium (apt-get install chromium)").isExecutable();
        assertThat(console.resolve("node_modules/@playwright/test/package.json"))
                .as("Playwright in web-console/node_modules (npm ci in web-console)").isRegularFile();

        PLATFORM.freshHomeKeepingKeycloak();
        Instant t0 = Instant.now();
        up = PLATFORM.start("up");
        up.awaitLine("is ready", START);
        System.out.printf("[console] ./partycloud up ready after %d s%n", Duration.between(t0, Instant.now()).toSeconds());
        createTwoTenantUser();
    }

    @AfterAll
    static void down() {
        PLATFORM.down(up);
    }

    @Test
    void theConsolesUserJourneysPassInARealBrowser() throws IOException {
        ScriptedPlatform.deleteTree(screenshots);
        Files.createDirectories(screenshots);
        ProcessBuilder builder = new ProcessBuilder("npx", "--no-install", "playwright", "test")
                .directory(console.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("BASE_URL", gateway(""));
        env.put("CHROMIUM", CHROMIUM);
        env.put("SCREENSHOT_DIR", screenshots.toString());
        env.put("E2E_OUTPUT_DIR", root.resolve("infra/target/console-e2e-results").toString());
        env.put("E2E_TWO_TENANT_USER", TWO_TENANT_USER);
        env.put("E2E_PASSWORD", DemoPlatform.PASSWORD);
        env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        env.put("CI", "true");
        env.put("FORCE_COLOR", "0");
        Instant t0 = Instant.now();
        Process suite = builder.start();
        Thread reader = ScriptedPlatform.stream(suite, "playwright", null);
        int exit;
        try {
            if (!suite.waitFor(SUITE.toMillis(), TimeUnit.MILLISECONDS)) {
                suite.descendants().forEach(ProcessHandle::destroyForcibly);
                suite.destroyForcibly();
                throw new AssertionError("The Playwright suite did not end within " + SUITE.toMinutes() + " min");
            }
            reader.join(5000);
            exit = suite.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            System.out.printf("[console] Playwright suite took %d s%n", Duration.between(t0, Instant.now()).toSeconds());
            listScreenshots();
        }
        assertThat(exit).as("exit code of npx playwright test (its output is above)").isZero();
        assertThat(screenshotFiles()).as("screenshots").isNotEmpty()
                .anyMatch(p -> p.getFileName().toString().endsWith(".en.png"));
    }

    // ---- what the demo lacks ---------------------------------------------------------------------------------

    /**
     * A user of democorp and demobureau, tenant admin in both: member of both organisations and of their
     * {@code tenant-admin} groups, with names, a verified e-mail, the demo password and no required action.
     */
    private static void createTwoTenantUser() {
        Http admin = Http.as(PLATFORM.keycloakAdminToken());
        Http operator = Http.as(PLATFORM.userToken("operator"));
        String realm = keycloak("/admin/realms/" + KeycloakServer.REALM);
        Http.Response created = admin.post(realm + "/users", Map.of("username", TWO_TENANT_USER,
                "email", TWO_TENANT_USER + "@demo.partycloud.local", "emailVerified", true, "firstName", "双岗",
                "lastName", "测试", "enabled", true, "requiredActions", List.of(), "credentials",
                List.of(Map.of("type", "password", "value", DemoPlatform.PASSWORD, "temporary", false))));
        assertThat(created.status()).as(created.toString()).isIn(201, 409);
        String userId = admin.get(realm + "/users?exact=true&username=" + q(TWO_TENANT_USER)).json().valueStream()
                .map(u -> u.path("id").asString()).findFirst().orElseThrow();
        for (String tenant : List.of("democorp", "demobureau")) {
            String orgId = operator.get(gateway("/api/tenant/tenants/" + tenant)).json().path("keycloakOrganizationId")
                    .asString();
            assertThat(orgId).as("the Keycloak organisation of " + tenant).isNotBlank();
            String org = realm + "/organizations/" + orgId;
            Http.Response member = admin.post(org + "/members", "\"" + userId + "\"");
            assertThat(member.status()).as(member.toString()).isIn(201, 409);
            String groupId = admin.get(org + "/groups?exact=true&search=tenant-admin").json().valueStream()
                    .filter(g -> "tenant-admin".equals(g.path("name").asString())).map(g -> g.path("id").asString())
                    .findFirst().orElseThrow(() -> new AssertionError(tenant + " has no tenant-admin group"));
            Http.Response inGroup = admin.put(org + "/groups/" + groupId + "/members/" + userId, null);
            assertThat(inGroup.status()).as(inGroup.toString()).isIn(204, 409);
        }
        // As the gateway will see the user: both tenants, tenant admin in each.
        JsonNode me = Http.as(PLATFORM.userToken(TWO_TENANT_USER)).get(gateway("/api/me")).json();
        assertThat(me.path("tenants").valueStream().map(t -> t.path("key").asString() + ":" + t.path("roles"))
                .toList()).as(me.toString())
                .containsExactlyInAnyOrder("democorp:[\"tenant-admin\"]", "demobureau:[\"tenant-admin\"]");
        System.out.println("[console] user " + TWO_TENANT_USER + " is tenant admin of democorp and demobureau");
    }

    private static String gateway(String path) {
        return PLATFORM.gateway(path);
    }

    private static String keycloak(String path) {
        return PLATFORM.keycloak(path);
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // ---- screenshots -------------------------------------------------------------------------------------------

    private static List<Path> screenshotFiles() {
        if (!Files.isDirectory(screenshots)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(screenshots)) {
            return files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void listScreenshots() {
        List<Path> files = screenshotFiles();
        System.out.println("[console] " + files.size() + " screenshots in " + screenshots + ":");
        files.forEach(p -> System.out.println("[console]   " + root.relativize(p)));
    }
}
