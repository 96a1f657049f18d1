package org.partycloud.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partycloud.platform.testsupport.KeycloakTestServer;
import tools.jackson.databind.JsonNode;

/**
 * The API path through the gateway, end to end: the platform with the gateway started from the jars, real
 * Keycloak tokens, tenants provisioned through the gateway. The gateway runs with a small per-tenant budget
 * (30 requests, 10 more every second) so that the rate limit can be shown in a moment.
 */
class GatewayIT {

    private static final Duration PROVISIONING = Duration.ofSeconds(90);
    private static final String MAIN = "gwmain";
    private static final String LIMITED = "gwlimit";
    private static KeycloakTestServer keycloak;
    private static KeycloakAdmin keycloakAdmin;
    private static Platform platform;
    private static String mainUser;
    private static String mainAdmin;
    private static String limitedAdmin;

    @BeforeAll
    static void startPlatformAndTwoTenants() {
        keycloak = KeycloakTestServer.get();
        keycloakAdmin = new KeycloakAdmin(keycloak);
        Path root = Path.of(System.getProperty("partycloud.root", "..")).toAbsolutePath().normalize();
        platform = Platform.start(new Platform.Settings(root, root.resolve("infra/target/gateway-logs"), 0, null,
                keycloak.issuerUri(), Map.of(), List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                true, null, Map.of(Platform.GATEWAY, Map.of("PARTYCLOUD_RATE_LIMIT_CAPACITY", "30",
                        "PARTYCLOUD_RATE_LIMIT_REFILL", "10", "PARTYCLOUD_RATE_LIMIT_PERIOD", "1s"))));
        allowBrowserLoginsTo(gateway(""));
        mainUser = register(MAIN);
        String limitedUser = register(LIMITED);
        awaitActive(MAIN);
        awaitActive(LIMITED);
        mainAdmin = keycloakAdmin.logInAfterFirstLogin(mainUser);
        limitedAdmin = keycloakAdmin.logInAfterFirstLogin(limitedUser);
        awaitServed(mainAdmin, MAIN);
        awaitServed(limitedAdmin, LIMITED);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static String gateway(String path) {
        return platform.url(Platform.GATEWAY) + path;
    }

    /**
     * The development realm lets the gateway's login client come back to port 8080 only; this gateway runs on a
     * free port, so it is added as a production deployment adds its own URL.
     */
    private static void allowBrowserLoginsTo(String gatewayUrl) {
        Http admin = Http.as(keycloak.adminToken());
        JsonNode client = admin.get(keycloak.adminRealmUrl() + "/clients?clientId=partycloud-gateway").json().get(0);
        tools.jackson.databind.node.ObjectNode changed = (tools.jackson.databind.node.ObjectNode) client;
        changed.withArray("redirectUris").add(gatewayUrl + "/*");
        tools.jackson.databind.node.ObjectNode attributes = changed.withObject("attributes");
        attributes.put("post.logout.redirect.uris",
                attributes.path("post.logout.redirect.uris").asString() + "##" + gatewayUrl + "/*");
        Http.Response updated = admin.put(keycloak.adminRealmUrl() + "/clients/" + client.path("id").asString(),
                Http.JSON.convertValue(changed, Map.class));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(204);
    }

    private static Http operator() {
        return Http.as(keycloakAdmin.operator());
    }

    private static String register(String key) {
        Http.Response created = operator().post(gateway("/api/tenant/tenants"), Map.of("key", key,
                "name", "网关测试党委 " + key, "kind", "enterprise", "plan", "standard", "contactName", "李红",
                "contactPhone", "13800138000", "adminEmail", key + "-admin@example.com",
                "subscriptionStart", LocalDate.now().toString(),
                "subscriptionEnd", LocalDate.now().plusYears(1).toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(202);
        return created.json().path("admin").path("username").asString();
    }

    private static void awaitActive(String key) {
        await().atMost(PROVISIONING).pollInterval(Duration.ofMillis(500)).until(
                () -> operator().get(gateway("/api/tenant/tenants/" + key)).json().path("status").asString(),
                "ACTIVE"::equals);
    }

    /** The gateway and affairs learn of the new tenant through the tenant feed. */
    private static void awaitServed(String token, String key) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(
                () -> Http.as(token).inTenant(key).get(gateway("/api/affairs/organizations")).status(),
                status -> status == 200);
    }

    private static void assertProblem(Http.Response response, int status, String slug) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().path("type").asString()).isEqualTo("urn:partycloud:problem:" + slug);
    }

    // ---- tests ---------------------------------------------------------------------------------------------

    @Test
    void aBrowserLogsInThroughKeycloakAndItsSessionReachesTheServices() {
        Browser browser = new Browser(gateway(""));
        Browser.Page home = browser.logIn(mainUser, KeycloakAdmin.TEST_PASSWORD);
        assertThat(home.body()).contains("党建云");
        assertThat(browser.cookie("PARTYCLOUD_SESSION")).isPresent();

        Http.Response me = browser.api("GET", "/api/me", null, null);
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().path("username").asString()).isEqualTo(mainUser);
        JsonNode tenant = me.json().path("tenants").get(0);
        assertThat(tenant.path("key").asString()).isEqualTo(MAIN);
        assertThat(tenant.path("name").asString()).isEqualTo("网关测试党委 " + MAIN);
        assertThat(tenant.path("roles").toString()).contains("tenant-admin");
        assertThat(me.json().path("tenants").size()).isEqualTo(1);

        // TokenRelay: the service only takes bearer tokens, so a 200 means the session's token was passed on.
        Http.Response organizations = browser.api("GET", "/api/affairs/organizations", MAIN, null);
        assertThat(organizations.status()).as(organizations.toString()).isEqualTo(200);
        assertProblem(browser.api("GET", "/api/affairs/organizations", LIMITED, null), 403, "tenant-not-member");
    }

    @Test
    void aBrowserChangeNeedsTheCsrfTokenFromThePage() {
        Browser browser = new Browser(gateway(""));
        browser.logIn(mainUser, KeycloakAdmin.TEST_PASSWORD);
        String module = "/api/tenant/modules/affairs.organizations";
        assertProblem(browser.apiWithoutCsrf("PUT", module, MAIN, "{\"enabled\":true}"), 403, "csrf-token-invalid");
        Http.Response withToken = browser.api("PUT", module, MAIN, "{\"enabled\":true}");
        assertThat(withToken.status()).as(withToken.toString()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheGatewaySessionAndTheKeycloakSession() {
        Browser browser = new Browser(gateway(""));
        browser.logIn(mainUser, KeycloakAdmin.TEST_PASSWORD);
        List<Browser.Page> pages = browser.logOut();
        assertThat(pages.get(0).status()).isEqualTo(302);
        assertThat(pages.get(0).location()).startsWith(keycloak.realmUrl() + "/protocol/openid-connect/logout?")
                .contains("id_token_hint=");
        Browser.Page last = pages.get(pages.size() - 1);
        assertThat(last.uri().toString()).as("back on the gateway's page").isEqualTo(gateway("/"));
        assertThat(last.status()).isEqualTo(200);

        assertProblem(browser.api("GET", "/api/me", null, null), 401, "unauthenticated");
        // Keycloak forgot the user too: a new login shows its login form instead of coming straight back.
        Browser.Page again = browser.follow(browser.get(gateway("/oauth2/authorization/keycloak")));
        assertThat(again.uri().toString()).startsWith(keycloak.realmUrl());
        assertThat(again.body()).contains("name=\"username\"");
    }

    @Test
    void aBearerTokenIsPassedThroughToTheServices() {
        Http.Response organizations = Http.as(mainAdmin).inTenant(MAIN).get(gateway("/api/affairs/organizations"));
        assertThat(organizations.status()).as(organizations.toString()).isEqualTo(200);
        assertThat(Http.as(mainAdmin).inTenant(MAIN).get(gateway("/api/dues/rate-brackets")).status()).isEqualTo(200);
        assertThat(Http.as(mainAdmin).inTenant(MAIN).get(gateway("/api/tenant/modules")).status()).isEqualTo(200);
        assertProblem(Http.anonymous().inTenant(MAIN).get(gateway("/api/affairs/organizations")), 401, "unauthenticated");
        assertProblem(Http.as("not-a-token").inTenant(MAIN).get(gateway("/api/affairs/organizations")), 401,
                "unauthenticated");
    }

    @Test
    void aForgedOrUnknownTenantIsRefusedAtTheGateway() {
        Http.Response forged = Http.as(mainAdmin).inTenant(LIMITED).get(gateway("/api/affairs/organizations"));
        assertProblem(forged, 403, "tenant-not-member");
        assertThat(forged.json().path("tenant").asString()).isEqualTo(LIMITED);
        assertProblem(operator().inTenant("gwnosuch").get(gateway("/api/affairs/organizations")), 404, "tenant-not-found");
        assertProblem(Http.as(mainAdmin).inTenant("Bad Key").get(gateway("/api/affairs/organizations")), 400,
                "invalid-tenant-key");
    }

    @Test
    void aModuleTurnedOffIsForbiddenAndTurnedOnAgainAnswersWithinTenSeconds() {
        String organizations = gateway("/api/affairs/organizations");
        String module = gateway("/api/tenant/modules/affairs.organizations");
        Http.Response off = Http.as(mainAdmin).inTenant(MAIN).put(module, Map.of("enabled", false));
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        try {
            Http.Response refused = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                    .until(() -> Http.as(mainAdmin).inTenant(MAIN).get(organizations), r -> r.status() == 403);
            assertProblem(refused, 403, "module-disabled");
            assertThat(refused.json().path("module").asString()).isEqualTo("affairs.organizations");
            // Another module of the same tenant still answers.
            assertThat(Http.as(mainAdmin).inTenant(MAIN).get(gateway("/api/dues/rate-brackets")).status()).isEqualTo(200);
        } finally {
            Http.Response on = Http.as(mainAdmin).inTenant(MAIN).put(module, Map.of("enabled", true));
            assertThat(on.status()).as(on.toString()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> Http.as(mainAdmin).inTenant(MAIN).get(organizations).status(), s -> s == 200);
    }

    @Test
    void aStoppedServiceIsAFast503WhileTheOthersKeepAnswering() {
        ServiceProcess learning = platform.service("learning");
        learning.stop();
        try {
            long t0 = System.nanoTime();
            Http.Response down = Http.as(mainAdmin).inTenant(MAIN).get(gateway("/api/learning/courses"));
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            assertProblem(down, 503, "service-unavailable");
            assertThat(took).isLessThan(Duration.ofSeconds(2));
            assertThat(Http.as(mainAdmin).inTenant(MAIN).get(gateway("/api/affairs/organizations")).status())
                    .isEqualTo(200);
            // Enough failures open the circuit: still a 503 problem, answered without trying the service.
            for (int i = 0; i < 12; i++) {
                assertProblem(Http.as(mainAdmin).inTenant(MAIN).get(gateway("/api/learning/courses")), 503,
                        "service-unavailable");
            }
        } finally {
            learning.start();
            learning.awaitReady(Duration.ofSeconds(120));
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> Http.as(mainAdmin).inTenant(MAIN).get(gateway("/api/learning/courses")).status(),
                        s -> s == 200);
    }

    @Test
    void aTenantOverItsBudgetGets429WithRetryAfterWhileOtherTenantsAreServed() {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway("/api/affairs/organizations")))
                .header("Authorization", "Bearer " + limitedAdmin).header("X-Tenant", LIMITED)
                .timeout(Duration.ofSeconds(30)).build();
        List<HttpResponse<String>> responses = IntStream.range(0, 120)
                .mapToObj(i -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .toList().stream().map(CompletableFuture::join).toList();

        List<HttpResponse<String>> limited = responses.stream().filter(r -> r.statusCode() == 429).toList();
        assertThat(limited).isNotEmpty();
        assertThat(responses).allMatch(r -> r.statusCode() == 200 || r.statusCode() == 429);
        HttpResponse<String> first = limited.get(0);
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(Long.parseLong(first.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        JsonNode problem = Http.JSON.readTree(first.body());
        assertThat(problem.path("type").asString()).isEqualTo("urn:partycloud:problem:rate-limited");
        assertThat(problem.path("tenant").asString()).isEqualTo(LIMITED);

        assertThat(Http.as(mainAdmin).inTenant(MAIN).get(gateway("/api/affairs/organizations")).status()).isEqualTo(200);
    }

    @Test
    void unknownPathsAndInternalEndpointsAre404Problems() {
        assertProblem(Http.anonymous().get(gateway("/no-such-thing")), 404, "not-found");
        assertProblem(operator().get(gateway("/api/no-such-service/x")), 404, "not-found");
        assertProblem(Http.anonymous().get(gateway("/internal/x")), 404, "not-found");
        String service = keycloak.clientCredentialsToken("affairs-service", "affairs-service-secret");
        assertProblem(Http.as(service).get(gateway("/internal/feed")), 404, "not-found");
        assertProblem(Http.as(service).get(gateway("/internal/tenants/" + MAIN)), 404, "not-found");
    }

    @Test
    void meListsTheCallersTenantsWithNameKindAndRoles() {
        Http.Response me = Http.as(mainAdmin).get(gateway("/api/me"));
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        JsonNode body = me.json();
        assertThat(body.path("id").asString()).isNotBlank();
        assertThat(body.path("username").asString()).isNotBlank();
        assertThat(body.path("platformAdmin").asBoolean()).isFalse();
        List<JsonNode> tenants = body.path("tenants").valueStream().toList();
        assertThat(tenants).hasSize(1);
        JsonNode tenant = tenants.get(0);
        assertThat(tenant.path("key").asString()).isEqualTo(MAIN);
        assertThat(tenant.path("name").asString()).isEqualTo("网关测试党委 " + MAIN);
        assertThat(tenant.path("kind").asString()).isEqualTo("enterprise");
        assertThat(tenant.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(tenant.path("roles").valueStream().map(JsonNode::asString).toList()).contains("tenant-admin");

        JsonNode operator = operator().get(gateway("/api/me")).json();
        assertThat(operator.path("realmRoles").valueStream().map(JsonNode::asString).toList()).contains("platform-admin");
        assertThat(operator.path("platformAdmin").asBoolean()).isTrue();
    }
}
