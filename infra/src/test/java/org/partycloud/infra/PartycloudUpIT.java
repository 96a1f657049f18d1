package org.partycloud.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./partycloud up} as a developer runs it: the real script, in a home of its own and on ports moved by
 * 20000, so that it runs beside a developer's platform. The first start seeds the demo platform; its users log in
 * and see their own tenant only; {@code status} and {@code down} work and leave nothing behind; a second start
 * keeps the data, does not seed again and is quick.
 * The home and its processes are handled by {@link ScriptedPlatform}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartycloudUpIT {

    /** 20000 unless {@code -Dpartycloud.e2e.port-offset} says otherwise (when those ports are taken). */
    private static final int OFFSET = Integer.getInteger("partycloud.e2e.port-offset", 20000);
    private static final Duration FIRST_START = Duration.ofMinutes(6);
    private static final Duration SECOND_START_LIMIT = Duration.ofSeconds(90);
    private static final String READY = "is ready";

    private static final ScriptedPlatform PLATFORM = new ScriptedPlatform("e2e", OFFSET);
    private static ScriptedPlatform.Script up;

    @BeforeAll
    static void firstUp() throws IOException {
        PLATFORM.freshHomeKeepingKeycloak();
        Instant t0 = Instant.now();
        up = PLATFORM.start("up");
        up.awaitLine(READY, FIRST_START);
        System.out.printf("[e2e] first ./partycloud up ready after %d s%n", Duration.between(t0, Instant.now()).toSeconds());
        assertThat(up.output()).contains("Seeding the demo platform", "Demo platform ready");
    }

    @AfterAll
    static void down() {
        PLATFORM.down(up);
    }

    // ---- the tests, in order -------------------------------------------------------------------------------

    @Test
    @Order(1)
    void theDemoTenantsAreActive() {
        String operator = logIn("operator");
        for (String key : List.of("demogw", "democorp", "demobureau")) {
            Http.Response tenant = Http.as(operator).get(gateway("/api/tenant/tenants/" + key));
            assertThat(tenant.status()).as(tenant.toString()).isEqualTo(200);
            assertThat(tenant.json().path("status").asString()).as(key).isEqualTo("ACTIVE");
        }
        assertThat(Http.as(operator).get(gateway("/api/tenant/tenants/democorp")).json().path("adminUsername")
                .asString()).isEqualTo("corp-admin");
    }

    @Test
    @Order(2)
    void demoAdminsOfTwoTenantsLogInThroughTheBrowserAndSeeTheirOwnTenantOnly() {
        Browser corp = new Browser(gateway(""));
        corp.logIn("corp-admin", DemoPlatform.PASSWORD);
        Browser bureau = new Browser(gateway(""));
        bureau.logIn("bureau-admin", DemoPlatform.PASSWORD);

        assertOnlyTenant(corp.api("GET", "/api/me", null, null), "democorp", "tenant-admin");
        assertOnlyTenant(bureau.api("GET", "/api/me", null, null), "demobureau", "tenant-admin");

        Http.Response own = corp.api("GET", "/api/affairs/organizations", "democorp", null);
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().path("total").asLong()).as("the seeded organisation tree").isPositive();
        Http.Response members = corp.api("GET", "/api/affairs/members", "democorp", null);
        assertThat(members.status()).as(members.toString()).isEqualTo(200);
        assertThat(members.json().path("total").asLong()).as("the seeded members").isEqualTo(36);
        assertThat(members.json().path("items").get(0).path("idNumber").asString()).as("masked")
                .matches("\\d{3}\\*{11}[0-9X]{4}");
        Http.Response bureauOwn = bureau.api("GET", "/api/affairs/organizations", "demobureau", null);
        assertThat(bureauOwn.status()).as(bureauOwn.toString()).isEqualTo(200);
        assertThat(bureauOwn.body()).as("another tenant's tree").doesNotContain(own.json().path("items").get(0)
                .path("id").asString());

        for (Http.Response forged : List.of(
                corp.api("GET", "/api/affairs/organizations", "demobureau", null),
                bureau.api("GET", "/api/affairs/organizations", "democorp", null))) {
            assertThat(forged.status()).as(forged.toString()).isEqualTo(403);
            assertThat(forged.isProblem()).isTrue();
            assertThat(forged.json().path("type").asString()).endsWith("tenant-not-member");
        }
    }

    @Test
    @Order(3)
    void theCommitteeViewerSeesTheCommitteeWithItsRoleAndTheTenantsBelowIt() {
        String viewer = logIn("gw-viewer");
        assertOnlyTenant(viewer, "demogw", "committee-viewer");
        Http.Response below = Http.as(viewer).inTenant("demogw").get(gateway("/api/tenant/committee/subordinates"));
        assertThat(below.status()).as(below.toString()).isEqualTo(200);
        assertThat(below.json().valueStream().map(l -> l.path("subordinate").path("key").asString()).toList())
                .containsExactlyInAnyOrder("democorp", "demobureau");

        // Yesterday's figures are there on the first morning: the committee with both tenants below it, and the
        // first branch of each demo tenant due for re-election (its secretary's term ends within months).
        Http.Response dashboard = Http.as(viewer).inTenant("demogw").get(gateway("/api/tenant/dashboard"));
        assertThat(dashboard.status()).as(dashboard.toString()).isEqualTo(200);
        assertThat(dashboard.json().path("date").asString())
                .isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1).toString());
        assertThat(dashboard.json().path("figures").path("members").path("total").asLong()).isEqualTo(12 + 36 + 24);
        assertThat(dashboard.json().path("figures").path("officers.termsEndingSoon").path("total").asLong()).isEqualTo(3);
        assertThat(dashboard.json().path("subordinates")).hasSize(2);
    }

    @Test
    @Order(3)
    void theBranchSecretarySeesHerBranchAndTheMemberHimselfOnly() {
        Http.Response secretary = Http.as(logIn("corp-secretary")).inTenant("democorp")
                .get(gateway("/api/affairs/members?size=100"));
        assertThat(secretary.status()).as(secretary.toString()).isEqualTo(200);
        assertThat(secretary.json().path("total").asLong()).as("the first branch's members").isEqualTo(12);
        assertThat(secretary.json().path("items").valueStream().map(m -> m.path("orgId").asString()).distinct())
                .hasSize(1);

        Http.Response member = Http.as(logIn("corp-member")).inTenant("democorp")
                .get(gateway("/api/affairs/members"));
        assertThat(member.status()).as(member.toString()).isEqualTo(200);
        assertThat(member.json().path("items").valueStream().map(m -> m.path("name").asString()).toList())
                .containsExactly("孙志强");
    }

    @Test
    @Order(4)
    void statusDownAndASecondUpThatKeepsTheDataAndSeedsNothing() {
        ScriptedPlatform.Script status = PLATFORM.run(Duration.ofSeconds(60), "status");
        assertThat(status.exitCode()).as(status.output()).isZero();
        assertThat(status.output()).contains(":" + (8080 + OFFSET), ":" + (8180 + OFFSET), ":" + (5433 + OFFSET));

        ScriptedPlatform.Script stopped = PLATFORM.run(Duration.ofMinutes(2), "down");
        assertThat(stopped.exitCode()).as(stopped.output()).isZero();
        assertThat(up.awaitExit(Duration.ofSeconds(30))).as("the first up's script ended").isTrue();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(PLATFORM.processesOfHome()).isEmpty());

        Instant t0 = Instant.now();
        up = PLATFORM.start("up");
        up.awaitLine(READY, SECOND_START_LIMIT.plusSeconds(60));
        Duration second = Duration.between(t0, Instant.now());
        System.out.printf("[e2e] second ./partycloud up ready after %d s%n", second.toSeconds());
        assertThat(up.output()).doesNotContain("Seeding the demo platform").contains("Demo logins");
        assertThat(second).isLessThanOrEqualTo(SECOND_START_LIMIT);
        assertOnlyTenant(logIn("corp-admin"), "democorp", "tenant-admin");
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** A user's access token for an API client (people log in through the browser flow: {@link Browser}). */
    static String logIn(String username) {
        return PLATFORM.userToken(username);
    }

    private static String gateway(String path) {
        return PLATFORM.gateway(path);
    }

    /** {@code GET /api/me} lists exactly this tenant, with exactly this role. */
    private static void assertOnlyTenant(String token, String key, String role) {
        assertOnlyTenant(Http.as(token).get(gateway("/api/me")), key, role);
    }

    private static void assertOnlyTenant(Http.Response me, String key, String role) {
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        List<JsonNode> tenants = me.json().path("tenants").valueStream().toList();
        assertThat(tenants).as(me.toString()).extracting(t -> t.path("key").asString()).containsExactly(key);
        assertThat(tenants.get(0).path("roles").valueStream().map(JsonNode::asString).toList()).as(me.toString())
                .containsExactly(role);
    }
}
