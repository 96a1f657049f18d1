package org.partycloud.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.partycloud.platform.testsupport.KeycloakTestServer;
import org.partycloud.platform.testsupport.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application on a real PostgreSQL and a real Keycloak (one of each per test JVM), with no domain service
 * configured: the cross-service saga is tested end to end elsewhere. Subclasses share one Spring context.
 * Tenant keys are random, so that a reused external Keycloak or database never sees the same key twice.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {
        "spring.datasource.url=${partycloud.test.database.tenant_it}",
        "partycloud.provisioning.services.affairs=",
        "partycloud.provisioning.services.dues=",
        "partycloud.provisioning.services.learning=",
        // The statistics source is a stub speaking affairs-service's protocol (StatsIT starts it on this port).
        "partycloud.stats.sources.affairs=http://localhost:${partycloud.test.stats-source-port}",
        "partycloud.stats.poll-interval=100ms"})
public abstract class TenantServiceIntegrationTest {

    protected static final Duration SAGA_TIMEOUT = Duration.ofSeconds(60);
    /** Where the statistics source stub listens (see {@code stats.StatsSourceStub}). */
    protected static final int STATS_SOURCE_PORT = freePort();

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected JsonMapper json;

    /**
     * The infrastructure, as properties the test classes pick from: {@code partycloud.test.database.<name>} is
     * the URL of a test database created on first use.
     */
    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        for (String database : List.of("tenant_it", "tenant_failure_it")) {
            registry.add("partycloud.test.database." + database, () -> TestPostgres.database(database));
        }
        registry.add("spring.datasource.username", () -> TestPostgres.server().username());
        registry.add("spring.datasource.password", () -> TestPostgres.server().password());
        registry.add("partycloud.keycloak.issuer-uri", () -> KeycloakTestServer.get().issuerUri());
        registry.add("partycloud.test.stats-source-port", () -> STATS_SOURCE_PORT);
    }

    protected static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static KeycloakTestServer keycloak() {
        return KeycloakTestServer.get();
    }

    /** A fresh, valid tenant key. */
    protected static String newKey(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    protected static Map<String, Object> registration(String key, String plan) {
        return Map.of("key", key, "name", "测试单位党委 " + key + " 🚩", "kind", "enterprise", "plan", plan,
                "contactName", "张三", "contactPhone", "13800138000", "adminEmail", key + "@example.cn",
                "subscriptionStart", LocalDate.now().minusDays(1).toString(),
                "subscriptionEnd", LocalDate.now().plusYears(1).toString());
    }

    /** A platform operator's token (realm role platform-admin). */
    protected static JwtRequestPostProcessor operator() {
        return jwt().jwt(j -> j.subject("operator-id").claim("preferred_username", "operator")
                .claim("realm_access", Map.of("roles", List.of("platform-admin"))))
                .authorities(new SimpleGrantedAuthority("ROLE_platform-admin"));
    }

    /**
     * A member of the tenant holding the given tenant roles there, through the organisation groups of the same
     * names: the claim shaped as Keycloak 26.7 issues it (see /work/notes/keycloak.md, section 3).
     */
    protected static JwtRequestPostProcessor memberOf(String key, String... tenantRoles) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("tenantKey", List.of(key));
        entry.put("id", "org-" + key);
        entry.put("groups", Arrays.stream(tenantRoles).map(role -> "/" + role).toList());
        if (tenantRoles.length > 0) {
            entry.put("realm_access", Map.of("roles", List.of(tenantRoles)));
        }
        return jwt().jwt(j -> j.subject("user-of-" + key).claim("preferred_username", key + "-user")
                .claim("realm_access", Map.of("roles", List.of("default-roles-partycloud")))
                .claim("organization", Map.of(key, entry)));
    }

    protected static JwtRequestPostProcessor service() {
        return jwt().jwt(j -> j.subject("service-account-test").claim("realm_access",
                Map.of("roles", List.of("partycloud-service"))))
                .authorities(new SimpleGrantedAuthority("ROLE_partycloud-service"));
    }

    /** Registers a tenant as an operator; answers the 202 body. */
    protected JsonNode register(String key, String plan) throws Exception {
        String body = mvc.perform(post("/api/tenant/tenants").with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(registration(key, plan))))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    protected JsonNode tenant(String key) throws Exception {
        String body = mvc.perform(get("/api/tenant/tenants/{key}", key).with(operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    /** Waits until the saga has brought the tenant to the status; answers the tenant then. */
    protected JsonNode awaitStatus(String key, String expected) {
        Awaitility.await().atMost(SAGA_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .until(() -> expected.equals(tenant(key).get("status").asString())
                        || isSettledElsewhere(tenant(key).get("status").asString(), expected));
        JsonNode tenant;
        try {
            tenant = tenant(key);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(tenant.get("status").asString()).as("status of %s (%s)", key, tenant).isEqualTo(expected);
        return tenant;
    }

    /** A saga that ended in another settled status will not reach the expected one: stop waiting. */
    private static boolean isSettledElsewhere(String actual, String expected) {
        return !actual.equals(expected) && !actual.equals("PROVISIONING") && !actual.equals("DELETING");
    }

    protected JsonNode registerActive(String prefix, String plan) throws Exception {
        String key = newKey(prefix);
        register(key, plan);
        return awaitStatus(key, "ACTIVE");
    }

    /** An active committee tenant (上级党委/工委), which may have tenants below it. */
    protected String registerActiveCommittee(String prefix) throws Exception {
        String key = newKey(prefix);
        Map<String, Object> registration = new LinkedHashMap<>(registration(key, "committee"));
        registration.put("kind", "committee");
        mvc.perform(post("/api/tenant/tenants").with(operator()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(registration))).andExpect(status().isAccepted());
        awaitStatus(key, "ACTIVE");
        return key;
    }

    /** Links the tenant below the committee the way its admins do: an invitation, accepted by its code. */
    protected void linkBelow(String committee, String tenant) throws Exception {
        String invitation = mvc.perform(post("/api/tenant/committee/invitations").header("X-Tenant", committee)
                        .with(memberOf(committee, "tenant-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tenant\":\"" + tenant + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/tenant/superior/invitations/accept").header("X-Tenant", tenant)
                .with(memberOf(tenant, "tenant-admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + json.readTree(invitation).get("code").asString() + "\"}"))
                .andExpect(status().isCreated());
    }

    /** The tenant.changed entries of the feed for a tenant, oldest first. */
    protected List<JsonNode> feedOf(String key) throws Exception {
        List<JsonNode> entries = new ArrayList<>();
        long after = 0;
        while (true) {
            String body = mvc.perform(get("/internal/feed?after={after}&limit=1000", after).with(service()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            JsonNode page = json.readTree(body);
            page.get("items").forEach(item -> {
                if (key.equals(item.get("tenant").asString())) {
                    entries.add(item);
                }
            });
            if (page.get("items").size() < 1000) {
                return entries;
            }
            after = page.get("next").asLong();
        }
    }
}
