package org.partycloud.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partycloud.platform.testsupport.KeycloakTestServer;
import tools.jackson.databind.JsonNode;

/**
 * The platform end to end, as it runs: the four services started from their jars as processes, embedded
 * PostgreSQL, and the real Keycloak with the project's realm. Tokens are real Keycloak tokens throughout.
 */
class PlatformIT {

    private static final Duration PROVISIONING = Duration.ofSeconds(90);
    private static final String[] DOMAIN_DATABASES = {"partycloud_affairs", "partycloud_dues", "partycloud_learning"};
    private static KeycloakTestServer keycloak;
    private static KeycloakAdmin keycloakAdmin;
    private static Platform platform;

    @BeforeAll
    static void startPlatform() {
        keycloak = KeycloakTestServer.get();
        keycloakAdmin = new KeycloakAdmin(keycloak);
        Path root = Path.of(System.getProperty("partycloud.root", "..")).toAbsolutePath().normalize();
        platform = Platform.start(new Platform.Settings(root, root.resolve("infra/target/e2e-logs"), 0, null,
                keycloak.issuerUri(), Map.of(), List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")));
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static Http operator() {
        return Http.as(keycloakAdmin.operator());
    }

    private static String tenants() {
        return platform.url("tenant") + "/api/tenant/tenants";
    }

    private static Map<String, Object> registration(String key) {
        return Map.of("key", key, "name", "端到端测试党委 " + key, "kind", "enterprise", "plan", "standard",
                "contactName", "王建国", "contactPhone", "13800138000", "adminEmail", key + "-admin@example.com",
                "subscriptionStart", LocalDate.now().toString(), "subscriptionEnd", LocalDate.now().plusYears(1).toString());
    }

    /** Registers a tenant; answers the admin username from the one-time answer. */
    private static String register(String key) {
        Http.Response created = operator().post(tenants(), registration(key));
        assertThat(created.status()).as(created.toString()).isEqualTo(202);
        assertThat(created.location()).endsWith("/api/tenant/tenants/" + key);
        return created.json().path("admin").path("username").asString();
    }

    private static JsonNode awaitStatus(String key, String status) {
        return await().atMost(PROVISIONING).pollInterval(Duration.ofMillis(300)).until(
                () -> operator().get(tenants() + "/" + key).json(), t -> status.equals(t.path("status").asString()));
    }

    /** Registers a tenant, waits until it is ACTIVE and answers its admin's token. */
    private static String activeTenantAdmin(String key) {
        String admin = register(key);
        awaitStatus(key, "ACTIVE");
        return keycloakAdmin.logInAfterFirstLogin(admin);
    }

    /** The services learn of a new status through the tenant feed: wait until affairs serves the tenant. */
    private static void awaitServed(String token, String key) {
        await().atMost(Duration.ofSeconds(20)).until(
                () -> Http.as(token).inTenant(key).get(platform.url("affairs") + "/api/affairs/organizations").status(),
                status -> status == 200);
    }

    private static boolean schemaExists(String database, String key) {
        return count(database, "SELECT count(*) FROM information_schema.schemata WHERE schema_name = 't_" + key + "'") == 1;
    }

    private static long tenantSchemas(String database) {
        return count(database, "SELECT count(*) FROM information_schema.schemata WHERE schema_name LIKE 't\\_%'");
    }

    private static long count(String database, String sql) {
        try (Connection c = DriverManager.getConnection(platform.jdbcUrl(database), "postgres", "postgres");
                var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- provisioning --------------------------------------------------------------------------------------

    @Test
    void aNewTenantGetsASchemaEverywhereAKeycloakOrganisationAndAnAdminWhoLogsIn() {
        String admin = register("e2eprov");
        JsonNode tenant = awaitStatus("e2eprov", "ACTIVE");

        for (String database : DOMAIN_DATABASES) {
            assertThat(schemaExists(database, "e2eprov")).as(database).isTrue();
        }
        assertThat(keycloakAdmin.organizationsWithAlias("e2eprov")).hasSize(1);
        assertThat(tenant.path("keycloakOrganizationId").asString())
                .isEqualTo(keycloakAdmin.organizationsWithAlias("e2eprov").get(0).path("id").asString());

        String token = keycloakAdmin.logInAfterFirstLogin(admin);
        Map<String, Object> claims = KeycloakTestServer.claims(token);
        assertThat(((Map<?, ?>) claims.get("organization")).containsKey("e2eprov")).as(claims.toString()).isTrue();
        awaitServed(token, "e2eprov");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "A_B", "x; drop schema t_x", "t_admin'--", "abcdefghijklmnopqrstuvwxyz01234", "党建"})
    void aBadKeyIsRefusedWithAProblemAndCreatesNothing(String key) {
        long registered = operator().get(tenants()).json().path("total").asLong();
        long[] before = new long[DOMAIN_DATABASES.length];
        for (int i = 0; i < before.length; i++) {
            before[i] = tenantSchemas(DOMAIN_DATABASES[i]);
        }
        Http.Response response = operator().post(tenants(), registration(key));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("errors").has("key")).as(response.toString()).isTrue();
        for (int i = 0; i < before.length; i++) {
            assertThat(tenantSchemas(DOMAIN_DATABASES[i])).isEqualTo(before[i]);
        }
        assertThat(operator().get(tenants()).json().path("total").asLong()).isEqualTo(registered);
    }

    @Test
    void aDuplicateKeyIsAConflict() {
        register("e2edup");
        Http.Response again = operator().post(tenants(), registration("e2edup"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
    }

    @Test
    void aStepThatFailsEndsFailedWithItsReasonAndRetryEndsActive() {
        platform.service("dues").stop();
        try {
            register("e2efail");
            JsonNode failed = awaitStatus("e2efail", "FAILED");
            assertThat(failed.path("failedStep").asString()).isEqualTo("service:dues");
            assertThat(failed.path("failureReason").asString()).isNotBlank();
            assertThat(schemaExists("partycloud_affairs", "e2efail")).isTrue();
        } finally {
            platform.service("dues").start();
            platform.service("dues").awaitReady(Duration.ofSeconds(120));
        }
        Http.Response retry = operator().post(tenants() + "/e2efail/retry", null);
        assertThat(retry.status()).as(retry.toString()).isBetween(200, 202);
        awaitStatus("e2efail", "ACTIVE");
        for (String database : DOMAIN_DATABASES) {
            assertThat(schemaExists(database, "e2efail")).as(database).isTrue();
        }
        assertThat(keycloakAdmin.organizationsWithAlias("e2efail")).hasSize(1);
    }

    @Test
    void provisioningCutOffAfterTheFirstServiceStepResumesToActiveWithoutDuplicates() {
        ServiceProcess dues = platform.service("dues");
        ServiceProcess tenantService = platform.service("tenant");
        dues.signal("STOP");
        String admin;
        try {
            admin = register("e2ecrash");
            await().atMost(PROVISIONING).until(() -> count("partycloud_tenant",
                    "SELECT count(*) FROM platform.provisioning_step WHERE tenant_key = 'e2ecrash' AND step = 'service:affairs'") == 1);
            // The saga now waits on the frozen dues-service: the control plane dies mid-provisioning.
            tenantService.kill();
        } finally {
            dues.signal("CONT");
        }
        tenantService.start();
        tenantService.awaitReady(Duration.ofSeconds(120));

        awaitStatus("e2ecrash", "ACTIVE");
        for (String database : DOMAIN_DATABASES) {
            assertThat(schemaExists(database, "e2ecrash")).as(database).isTrue();
        }
        assertThat(keycloakAdmin.organizationsWithAlias("e2ecrash")).hasSize(1);
        assertThat(keycloakAdmin.usersNamed(admin)).hasSize(1);
    }

    @Test
    void deletingATenantLeavesNoSchemaNoOrganisationAndNoUser() {
        String admin = register("e2edel");
        awaitStatus("e2edel", "ACTIVE");
        assertThat(keycloakAdmin.usersNamed(admin)).hasSize(1);

        Http.Response deleted = operator().delete(tenants() + "/e2edel");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(202);
        awaitStatus("e2edel", "DELETED");

        for (String database : DOMAIN_DATABASES) {
            assertThat(schemaExists(database, "e2edel")).as(database).isFalse();
            await().atMost(Duration.ofSeconds(20)).until(() -> count(database,
                    "SELECT count(*) FROM platform.tenant_directory WHERE tenant_key = 'e2edel'") == 0);
            assertThat(count(database, "SELECT count(*) FROM platform.change_feed WHERE tenant_key = 'e2edel'")).isZero();
            assertThat(count(database, "SELECT count(*) FROM platform.tenant_schema WHERE tenant_key = 'e2edel'")).isZero();
        }
        assertThat(keycloakAdmin.organizationsWithAlias("e2edel")).isEmpty();
        assertThat(keycloakAdmin.usersNamed(admin)).isEmpty();
    }

    // ---- isolation -----------------------------------------------------------------------------------------

    @Test
    void nothingOfOneTenantCanBeReachedFromAnother() {
        String adminA = activeTenantAdmin("e2eiso");
        String adminB = activeTenantAdmin("e2ejso");
        awaitServed(adminA, "e2eiso");
        awaitServed(adminB, "e2ejso");
        String affairs = platform.url("affairs") + "/api/affairs/organizations";
        String courses = platform.url("learning") + "/api/learning/courses";
        String brackets = platform.url("dues") + "/api/dues/rate-brackets";

        Http.Response org = Http.as(adminA).inTenant("e2eiso").post(affairs,
                Map.of("name", "第一党支部", "type", "branch", "code", "ISO-1"));
        assertThat(org.status()).as(org.toString()).isEqualTo(201);
        String orgId = org.json().path("id").asString();
        Http.Response course = Http.as(adminA).inTenant("e2eiso").post(courses,
                Map.of("title", "党章学习", "kind", "article", "required", true, "studyHours", 2));
        assertThat(course.status()).as(course.toString()).isEqualTo(201);
        String courseId = course.json().path("id").asString();

        // B sees none of it, not even by id.
        assertThat(Http.as(adminB).inTenant("e2ejso").get(affairs).json().path("total").asLong()).isZero();
        assertThat(Http.as(adminB).inTenant("e2ejso").get(affairs + "/" + orgId).status()).isEqualTo(404);
        assertThat(Http.as(adminB).inTenant("e2ejso").get(courses).json().path("total").asLong()).isZero();
        assertThat(Http.as(adminB).inTenant("e2ejso").get(courses + "/" + courseId).status()).isEqualTo(404);
        assertThat(Http.as(adminA).inTenant("e2eiso").get(affairs + "/" + orgId).status()).isEqualTo(200);

        // A dues bracket changed in A changes nothing in B.
        JsonNode bracketA = Http.as(adminA).inTenant("e2eiso").get(brackets).json().path("items").get(0);
        Http.Response changed = Http.as(adminA).inTenant("e2eiso").put(brackets + "/" + bracketA.path("id").asString(),
                bracketChange(bracketA));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(Http.as(adminB).inTenant("e2ejso").put(brackets + "/" + bracketA.path("id").asString(),
                bracketChange(bracketA)).status()).isEqualTo(404);

        // A's token naming B: 403, never a silent switch; in every service.
        for (String url : List.of(affairs, courses, brackets, platform.url("tenant") + "/api/tenant/modules")) {
            Http.Response forged = Http.as(adminA).inTenant("e2ejso").get(url);
            assertThat(forged.status()).as(url).isEqualTo(403);
            assertThat(forged.isProblem()).isTrue();
            assertThat(forged.json().path("type").asString()).isEqualTo("urn:partycloud:problem:tenant-not-member");
        }
        // No membership at all: 403. No header: 400. No token: 401.
        String outsider = keycloakAdmin.outsider("e2e-outsider");
        assertThat(Http.as(outsider).inTenant("e2eiso").get(affairs).status()).isEqualTo(403);
        assertThat(Http.as(adminA).get(affairs).status()).isEqualTo(400);
        assertThat(Http.anonymous().inTenant("e2eiso").get(affairs).status()).isEqualTo(401);
    }

    private static Map<String, Object> bracketChange(JsonNode bracket) {
        return bracket.hasNonNull("ratePercent")
                ? Map.of("ratePercent", bracket.path("ratePercent").decimalValue().add(new java.math.BigDecimal("0.1")))
                : Map.of("fixedAmount", new java.math.BigDecimal("0.30"));
    }

    @Test
    void internalEndpointsRefuseUserTokensAndAcceptServiceAccounts() {
        String operatorToken = keycloakAdmin.operator();
        for (String service : Platform.SERVICES) {
            Http.Response feed = Http.as(operatorToken).get(platform.url(service) + "/internal/feed");
            assertThat(feed.status()).as(service).isEqualTo(403);
            assertThat(feed.isProblem()).isTrue();
        }
        assertThat(Http.as(operatorToken).put(platform.url("affairs") + "/internal/tenants/e2enever", null).status())
                .isEqualTo(403);
        assertThat(schemaExists("partycloud_affairs", "e2enever")).isFalse();
        String service = keycloak.clientCredentialsToken("affairs-service", "affairs-service-secret");
        assertThat(Http.as(service).get(platform.url("tenant") + "/internal/feed?limit=5").status()).isEqualTo(200);
    }

    @Test
    void unknownPathsAndMalformedBodiesAnswerProblems() {
        for (String service : Platform.SERVICES) {
            Http.Response unknown = operator().get(platform.url(service) + "/no-such-thing");
            assertThat(unknown.status()).as(service).isEqualTo(404);
            assertThat(unknown.isProblem()).isTrue();
            assertThat(unknown.json().path("type").asString()).isEqualTo("urn:partycloud:problem:not-found");
        }
        Http.Response unknownUnderApi = operator().get(tenants() + "/e2eprov/no-such-thing");
        assertThat(unknownUnderApi.status()).isEqualTo(404);
        assertThat(unknownUnderApi.isProblem()).isTrue();
        Http.Response malformed = operator().post(tenants(), "{\"key\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("type").asString()).isEqualTo("urn:partycloud:problem:malformed-body");
    }

    @Test
    void aSuspendedTenantsUsersGetAForbiddenProblemNamingTheReasonInEveryService() {
        String admin = activeTenantAdmin("e2esusp");
        awaitServed(admin, "e2esusp");
        Http.Response suspended = operator().post(tenants() + "/e2esusp/suspend", Map.of("reason", "合同到期未续费"));
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);

        String affairs = platform.url("affairs") + "/api/affairs/organizations";
        Http.Response refused = await().atMost(Duration.ofSeconds(20)).until(
                () -> Http.as(admin).inTenant("e2esusp").get(affairs), r -> r.status() == 403);
        assertThat(refused.json().path("type").asString()).isEqualTo("urn:partycloud:problem:tenant-suspended");
        assertThat(refused.json().path("reason").asString()).isEqualTo("合同到期未续费");
        Http.Response atControlPlane = Http.as(admin).inTenant("e2esusp").get(platform.url("tenant") + "/api/tenant/modules");
        assertThat(atControlPlane.status()).isEqualTo(403);
        assertThat(atControlPlane.json().path("reason").asString()).isEqualTo("合同到期未续费");

        assertThat(operator().post(tenants() + "/e2esusp/resume", null).status()).isEqualTo(200);
        awaitServed(admin, "e2esusp");
    }

    // ---- statistics ----------------------------------------------------------------------------------------

    /** A committee tenant: registered as one, ACTIVE, its admin's token. */
    private static String activeCommitteeAdmin(String key) {
        Map<String, Object> registration = new java.util.LinkedHashMap<>(registration(key));
        registration.put("kind", "committee");
        Http.Response created = operator().post(tenants(), registration);
        assertThat(created.status()).as(created.toString()).isEqualTo(202);
        awaitStatus(key, "ACTIVE");
        return keycloakAdmin.logInAfterFirstLogin(created.json().path("admin").path("username").asString());
    }

    /** The committee's admin invites, the tenant's admin accepts by the code: the tenant is below the committee. */
    private static void link(String committee, String committeeAdmin, String tenant, String tenantAdmin) {
        String hierarchy = platform.url("tenant") + "/api/tenant";
        Http.Response invitation = Http.as(committeeAdmin).inTenant(committee)
                .post(hierarchy + "/committee/invitations", Map.of("tenant", tenant));
        assertThat(invitation.status()).as(invitation.toString()).isEqualTo(201);
        Http.Response accepted = Http.as(tenantAdmin).inTenant(tenant).post(hierarchy + "/superior/invitations/accept",
                Map.of("code", invitation.json().path("code").asString()));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
    }

    /** One branch with the members, all created through affairs-service's API; answers them as created. */
    private static List<DemoMembers.Person> branchWithMembers(String admin, String key, int members) {
        awaitServed(admin, key);
        String affairs = platform.url("affairs") + "/api/affairs";
        Http.Response branch = Http.as(admin).inTenant(key).post(affairs + "/organizations",
                Map.of("name", "第一党支部", "type", "branch", "code", key.toUpperCase() + "-1"));
        assertThat(branch.status()).as(branch.toString()).isEqualTo(201);
        List<DemoMembers.Person> people = DemoMembers.of(key, members, LocalDate.now());
        for (DemoMembers.Person person : people) {
            Map<String, Object> body = new java.util.LinkedHashMap<>(person.fields());
            body.put("orgId", branch.json().path("id").asString());
            Http.Response member = Http.as(admin).inTenant(key).post(affairs + "/members", body);
            assertThat(member.status()).as(member.toString()).isEqualTo(201);
        }
        return people;
    }

    @Test
    void committeeDashboardsSumTheMembersCreatedThroughTheApisOverTwoLevelsAndShowNoPerson() {
        String topAdmin = activeCommitteeAdmin("e2estop");
        String midAdmin = activeCommitteeAdmin("e2esmid");
        String leafAdmin = activeTenantAdmin("e2esleaf");
        String outsideAdmin = activeTenantAdmin("e2esout");
        link("e2estop", topAdmin, "e2esmid", midAdmin);
        link("e2esmid", midAdmin, "e2esleaf", leafAdmin);
        List<DemoMembers.Person> people = new java.util.ArrayList<>();
        people.addAll(branchWithMembers(topAdmin, "e2estop", 4));
        people.addAll(branchWithMembers(midAdmin, "e2esmid", 3));
        people.addAll(branchWithMembers(leafAdmin, "e2esleaf", 8));
        List<DemoMembers.Person> outside = branchWithMembers(outsideAdmin, "e2esout", 5);

        LocalDate day = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        Http.Response started = operator().post(platform.url("tenant") + "/api/tenant/stats/runs",
                Map.of("date", day.toString()));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String run = platform.url("tenant") + started.location();
        JsonNode ended = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> operator().get(run).json(), r -> !r.path("status").asString().equals("RUNNING"));
        assertThat(ended.path("status").asString()).as(ended.toString()).isEqualTo("COMPLETED");
        assertThat(ended.path("sources").path("affairs").path("partitions").path("failed").asInt()).isZero();

        Http.Response dashboard = Http.as(topAdmin).inTenant("e2estop").get(platform.url("tenant") + "/api/tenant/dashboard");
        assertThat(dashboard.status()).as(dashboard.toString()).isEqualTo(200);
        JsonNode view = dashboard.json();
        assertThat(view.path("date").asString()).isEqualTo(day.toString());
        JsonNode figures = view.path("figures");
        long probationary = people.stream().filter(p -> p.fields().get("category").equals("probationary")).count();
        long women = people.stream().filter(p -> Integer.parseInt(((String) p.fields().get("idNumber")).substring(16, 17)) % 2 == 0)
                .count();
        assertThat(figures.path("members").path("total").asLong()).isEqualTo(15);
        assertThat(figures.path("members.category").path("PROBATIONARY").asLong()).isEqualTo(probationary);
        assertThat(figures.path("members.category").path("FULL").asLong()).isEqualTo(15 - probationary);
        assertThat(figures.path("members.gender").path("FEMALE").asLong()).isEqualTo(women);
        assertThat(figures.path("organizations").path("total").asLong()).isEqualTo(3);
        assertThat(view.path("own").path("members").path("total").asLong()).isEqualTo(4);
        assertThat(view.path("subordinates")).hasSize(1);
        JsonNode mid = view.path("subordinates").get(0);
        assertThat(mid.path("key").asString()).isEqualTo("e2esmid");
        assertThat(mid.path("hasSubordinates").asBoolean()).isTrue();
        assertThat(mid.path("figures").path("members").path("total").asLong()).isEqualTo(11);

        JsonNode leaf = Http.as(topAdmin).inTenant("e2estop")
                .get(platform.url("tenant") + "/api/tenant/dashboard?subordinate=e2esleaf").json();
        assertThat(leaf.path("figures").path("members").path("total").asLong()).isEqualTo(8);
        assertThat(Http.as(topAdmin).inTenant("e2estop")
                .get(platform.url("tenant") + "/api/tenant/dashboard?subordinate=e2esout").status()).isEqualTo(404);
        JsonNode own = Http.as(outsideAdmin).inTenant("e2esout").get(platform.url("tenant") + "/api/tenant/dashboard").json();
        assertThat(own.path("figures").path("members").path("total").asLong()).isEqualTo(5);

        // Figures only: not one name, ID number or phone of the people counted appears in any answer.
        for (String text : List.of(dashboard.body(), leaf.toString(), own.toString())) {
            for (DemoMembers.Person person : concat(people, outside)) {
                String id = (String) person.fields().get("idNumber");
                assertThat(text).doesNotContain(person.name(), id, id.substring(0, 3) + "*".repeat(11) + id.substring(14),
                        (String) person.fields().get("phone"));
            }
        }
    }

    private static List<DemoMembers.Person> concat(List<DemoMembers.Person> a, List<DemoMembers.Person> b) {
        List<DemoMembers.Person> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
