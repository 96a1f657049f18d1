package org.partycloud.affairs.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partycloud.affairs.AffairsCallers;
import org.partycloud.affairs.member.MemberFixtures;
import org.partycloud.platform.testsupport.ServiceIntegrationTest;
import org.partycloud.platform.testsupport.TestCallers;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Inviting members to log in. tenant-service is a small HTTP server speaking its real protocol: a
 * client-credentials token from its token endpoint, then {@code POST /internal/tenants/{key}/member-logins} with
 * that bearer token, answering one user per login asked (the same user again for the same member).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberLoginApiIT extends ServiceIntegrationTest {

    private static final int TENANT_SERVICE_PORT = freePort();
    private static final String A = "mloginsa";
    private static final String B = "mloginsb";
    private static final String PATH = "/api/affairs/member-logins";
    private static final String PROBLEM = "urn:partycloud:problem:";

    private final List<JsonNode> calls = new CopyOnWriteArrayList<>();
    private final AtomicBoolean tenantServiceDown = new AtomicBoolean();
    private final AtomicInteger passwords = new AtomicInteger();
    private final Map<String, String> issued = new java.util.concurrent.ConcurrentHashMap<>();
    private HttpServer tenantService;
    private UUID committee;
    private UUID branch;

    @DynamicPropertySource
    static void tenantService(DynamicPropertyRegistry registry) {
        String base = "http://localhost:" + TENANT_SERVICE_PORT;
        registry.add("partycloud.affairs.tenant-service-url", () -> base);
        registry.add("spring.security.oauth2.client.provider.keycloak.token-uri", () -> base + "/token");
    }

    @BeforeAll
    void tenantsAndTenantService() throws Exception {
        startTenantService();
        tenants().freshActive(A);
        tenants().freshActive(B);
        committee = organization(A, null, "committee", "中共登录测试委员会");
        branch = organization(A, committee, "branch", "第一党支部");
    }

    @AfterAll
    void stopTenantService() {
        tenantService.stop(0);
    }

    @BeforeEach
    void tenantServiceUp() {
        tenantServiceDown.set(false);
        calls.clear();
    }

    @Test
    void theTenantAdminInvitesMembersAndSeesEachOutcomeWithTheOneTimePasswordsOnce() throws Exception {
        UUID sun = member(A, branch, "孙志强");
        UUID namesake = member(A, committee, "孙志强");
        UUID former = member(A, branch, "钱七");
        mvc.perform(admin(A, post("/api/affairs/members/{id}/status-changes", former))
                        .contentType(MediaType.APPLICATION_JSON).content(toJson(Map.of("operation", "deceased",
                                "date", LocalDate.now().minusDays(1).toString(), "reason", "病故"))))
                .andExpect(status().isOk());
        UUID unknown = UUID.randomUUID();

        invite(A, List.of(sun, namesake, former, unknown, sun))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.results[*].memberId", contains(sun.toString(), namesake.toString(),
                        former.toString(), unknown.toString())))
                .andExpect(jsonPath("$.results[*].outcome", contains("created", "created", "notCurrent", "notFound")))
                .andExpect(jsonPath("$.results[0].username").value(A + ".sunzhiqiang"))
                .andExpect(jsonPath("$.results[0].userId").value("kc-" + sun))
                .andExpect(jsonPath("$.results[0].temporaryPassword").value(issuedTo(sun)))
                .andExpect(jsonPath("$.results[1].username").value(A + ".sunzhiqiang2"))
                .andExpect(jsonPath("$.results[2].memberName").value("钱七"))
                .andExpect(jsonPath("$.results[2].temporaryPassword").doesNotExist());

        assertThat(calls).hasSize(1);
        JsonNode asked = calls.get(0).get("logins");
        assertThat(asked).hasSize(2);
        assertThat(asked.get(0).get("memberId").asString()).isEqualTo(sun.toString());
        assertThat(asked.get(0).get("lastName").asString()).isEqualTo("孙");
        assertThat(asked.get(0).get("firstName").asString()).isEqualTo("志强");

        // The login reads its own archive at once, through the member role on the member's organisation.
        mvc.perform(get("/api/affairs/me").with(AffairsCallers.login(A, "kc-" + sun)).header("X-Tenant", A))
                .andExpect(jsonPath("$.memberIds", contains(sun.toString())))
                .andExpect(jsonPath("$.assignments[0].role").value("member"))
                .andExpect(jsonPath("$.assignments[0].orgId").value(branch.toString()));
        mvc.perform(admin(A, get(PATH)).param("memberId", sun.toString(), namesake.toString()))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].username", contains(A + ".sunzhiqiang", A + ".sunzhiqiang2")))
                .andExpect(jsonPath("$.items[0].memberName").value("孙志强"))
                .andExpect(jsonPath("$.items[0].orgName").value("第一党支部"))
                .andExpect(jsonPath("$.items[1].orgName").value("中共登录测试委员会"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM t_" + A + ".audit_entry WHERE action = "
                + "'member_login.created' AND target_id IN (?, ?)", Integer.class, sun.toString(), namesake.toString()))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM t_" + A + ".member_login l WHERE l::text LIKE "
                + "'%Temp-Pass%'", Integer.class)).as("no password is kept").isZero();

        calls.clear();
        invite(A, List.of(sun))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.results[0].outcome").value("alreadyHasLogin"))
                .andExpect(jsonPath("$.results[0].username").value(A + ".sunzhiqiang"))
                .andExpect(jsonPath("$.results[0].temporaryPassword").doesNotExist());
        assertThat(calls).as("nobody to create").isEmpty();
    }

    @Test
    void aMemberLinkedToALoginByHandAlreadyHasOne() throws Exception {
        UUID linked = member(A, branch, "周八");
        mvc.perform(admin(A, post("/api/affairs/role-assignments")).contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("userId", "kc-by-hand", "memberId", linked, "orgId", branch,
                                "role", "member"))))
                .andExpect(status().isCreated());

        invite(A, List.of(linked))
                .andExpect(jsonPath("$.results[0].outcome").value("alreadyHasLogin"))
                .andExpect(jsonPath("$.results[0].userId").value("kc-by-hand"));
        assertThat(calls).isEmpty();
    }

    @Test
    void aFailingTenantServiceRecordsNothingAndTheRetryAsksForTheSameUsernames() throws Exception {
        UUID wu = member(A, branch, "吴九");
        tenantServiceDown.set(true);

        invite(A, List.of(wu))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value(PROBLEM + "member-logins-unavailable"));
        mvc.perform(admin(A, get(PATH)).param("memberId", wu.toString())).andExpect(jsonPath("$.total").value(0));

        tenantServiceDown.set(false);
        invite(A, List.of(wu))
                .andExpect(jsonPath("$.results[0].outcome").value("created"))
                .andExpect(jsonPath("$.results[0].username").value(A + ".wujiu"));
        assertThat(calls).extracting(c -> c.get("logins").get(0).get("username").asString())
                .containsExactly(A + ".wujiu", A + ".wujiu");
    }

    @Test
    void anotherTenantsAdminFindsNoneOfTheMembersAndCannotActInTheTenant() throws Exception {
        UUID zheng = member(A, branch, "郑十");

        invite(B, List.of(zheng))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].outcome").value("notFound"))
                .andExpect(jsonPath("$.results[0].memberName").doesNotExist());
        assertThat(calls).isEmpty();
        mvc.perform(post(PATH).with(TestCallers.tenantAdmin(B)).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON).content(toJson(Map.of("memberIds", List.of(zheng)))))
                .andExpect(status().isForbidden());
        mvc.perform(get(PATH).with(TestCallers.tenantAdmin(B)).header("X-Tenant", A))
                .andExpect(status().isForbidden());

        invite(A, List.of(zheng)).andExpect(jsonPath("$.results[0].outcome").value("created"));
        mvc.perform(admin(B, get(PATH)).param("q", "zhengshi")).andExpect(jsonPath("$.total").value(0));
        mvc.perform(admin(A, get(PATH)).param("q", "zhengshi")).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void onlyTheTenantAdminInvitesOrListsLogins() throws Exception {
        UUID feng = member(A, branch, "冯十一");
        mvc.perform(admin(A, post("/api/affairs/role-assignments")).contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("userId", "kc-secretary", "orgId", committee, "role", "officer"))))
                .andExpect(status().isCreated());
        List<RequestPostProcessor> callers = List.of(AffairsCallers.login(A, "kc-secretary"), TestCallers.member(A),
                AffairsCallers.committeeViewer(A));
        for (RequestPostProcessor caller : callers) {
            mvc.perform(post(PATH).with(caller).header("X-Tenant", A).contentType(MediaType.APPLICATION_JSON)
                            .content(toJson(Map.of("memberIds", List.of(feng)))))
                    .andExpect(status().isForbidden());
            mvc.perform(get(PATH).with(caller).header("X-Tenant", A)).andExpect(status().isForbidden());
        }
        assertThat(calls).isEmpty();
    }

    @Test
    void refusesNoMembersTooManyMembersAndMalformedIds() throws Exception {
        invite(A, List.of()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.memberIds").exists());
        List<UUID> many = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            many.add(UUID.randomUUID());
        }
        invite(A, many).andExpect(status().isBadRequest());
        mvc.perform(admin(A, post(PATH)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"memberIds\":[\"not-a-uuid\"]}"))
                .andExpect(status().isBadRequest());
        assertThat(calls).isEmpty();
    }

    /** The password the stub last handed out for the member; a matcher, since the answer is read afterwards. */
    private org.hamcrest.Matcher<Object> issuedTo(UUID member) {
        return new org.hamcrest.CustomMatcher<>("the password issued to " + member) {
            @Override
            public boolean matches(Object actual) {
                return actual != null && actual.equals(issued.get(member.toString()));
            }
        };
    }

    private ResultActions invite(String tenant, List<UUID> memberIds) throws Exception {
        return mvc.perform(admin(tenant, post(PATH)).contentType(MediaType.APPLICATION_JSON)
                .content(toJson(Map.of("memberIds", memberIds))));
    }

    private MockHttpServletRequestBuilder admin(String tenant, MockHttpServletRequestBuilder request) {
        return request.with(TestCallers.tenantAdmin(tenant)).header("X-Tenant", tenant);
    }

    private UUID organization(String tenant, UUID parent, String type, String name) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", type));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return created(tenant, "/api/affairs/organizations", body);
    }

    @SuppressWarnings("unchecked")
    private UUID member(String tenant, UUID orgId, String name) throws Exception {
        Map<String, Object> body = new HashMap<>(json.convertValue(MemberFixtures.fullMember(orgId), Map.class));
        body.put("name", name);
        return created(tenant, "/api/affairs/members", body);
    }

    private UUID created(String tenant, String path, Object body) throws Exception {
        String response = mvc.perform(admin(tenant, post(path)).contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(response).get("id").asString());
    }

    /** Answers like tenant-service: a token to client credentials, one user per login to a bearer call. */
    private void startTenantService() throws IOException {
        tenantService = HttpServer.create(new InetSocketAddress("localhost", TENANT_SERVICE_PORT), 0);
        tenantService.createContext("/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!form.contains("grant_type=client_credentials")) {
                respond(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
                return;
            }
            respond(exchange, 200, "{\"access_token\":\"affairs-service-token\",\"token_type\":\"Bearer\","
                    + "\"expires_in\":300}");
        });
        tenantService.createContext("/internal/tenants/", exchange -> {
            if (!"Bearer affairs-service-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                respond(exchange, 401, "");
                return;
            }
            if (tenantServiceDown.get()) {
                JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
                calls.add(body);
                respond(exchange, 502, "{\"type\":\"urn:partycloud:problem:keycloak-failed\",\"status\":502}");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (!"POST".equals(exchange.getRequestMethod()) || !path.endsWith("/member-logins")) {
                respond(exchange, 404, "");
                return;
            }
            JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
            calls.add(body);
            List<Map<String, Object>> logins = new ArrayList<>();
            body.get("logins").forEach(login -> {
                String memberId = login.get("memberId").asString();
                String password = "Temp-Pass-" + passwords.incrementAndGet();
                issued.put(memberId, password);
                logins.add(Map.of("memberId", memberId, "userId", "kc-" + memberId,
                        "username", login.get("username").asString(), "temporaryPassword", password, "created", true));
            });
            respond(exchange, 200, toJson(Map.of("logins", logins)));
        });
        tenantService.start();
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
