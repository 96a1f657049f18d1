package org.partycloud.tenant.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partycloud.platform.testsupport.KeycloakTestServer;
import org.partycloud.tenant.KeycloakAdminFixture;
import org.partycloud.tenant.TenantServiceIntegrationTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A domain service that is down makes provisioning fail at its step with the reason; once it is up, a retry
 * continues from that step to ACTIVE. The service is a small HTTP server speaking the real protocol
 * ({@code PUT/DELETE /internal/tenants/{key}} with a bearer token), on a port that is closed at first.
 */
@TestPropertySource(properties = {
        // A database of its own: this context's start-up resumes PROVISIONING tenants, which must be its own.
        "spring.datasource.url=${partycloud.test.database.tenant_failure_it}",
        "partycloud.provisioning.services.affairs=http://localhost:${partycloud.test.affairs-port}"})
class ProvisioningFailureIT extends TenantServiceIntegrationTest {

    private static final int AFFAIRS_PORT = freePort();
    private final KeycloakAdminFixture admin = new KeycloakAdminFixture(keycloak());
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private HttpServer affairs;

    @DynamicPropertySource
    static void affairsPort(DynamicPropertyRegistry registry) {
        registry.add("partycloud.test.affairs-port", () -> AFFAIRS_PORT);
    }

    @AfterEach
    void stopAffairs() {
        if (affairs != null) {
            affairs.stop(0);
        }
    }

    @Test
    void aFailingServiceStepEndsFailedWithTheReasonAndARetryAfterTheFixEndsActive() throws Exception {
        String key = newKey("fail");
        register(key, "basic");

        JsonNode failed = awaitStatus(key, "FAILED");
        assertThat(failed.get("failedStep").asString()).isEqualTo("service:affairs");
        assertThat(failed.get("failureReason").asString()).contains("affairs-service", "localhost:" + AFFAIRS_PORT);
        assertThat(admin.organizationsWithAlias(key)).as("later steps did not run").isEmpty();

        startAffairs();
        mvc.perform(post("/api/tenant/tenants/{key}/retry", key).with(operator()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("PROVISIONING"));

        JsonNode active = awaitStatus(key, "ACTIVE");
        assertThat(active.get("failureReason").isNull()).isTrue();
        assertThat(calls).containsExactly("PUT /internal/tenants/" + key + " as tenant-service");
        assertThat(admin.organizationsWithAlias(key)).hasSize(1);

        mvc.perform(post("/api/tenant/tenants/{key}/retry", key).with(operator()))
                .andExpect(status().isConflict());

        mvc.perform(delete("/api/tenant/tenants/{key}", key).with(operator())).andExpect(status().isAccepted());
        awaitStatus(key, "DELETED");
        assertThat(calls).last().isEqualTo("DELETE /internal/tenants/" + key + " as tenant-service");
        assertThat(admin.organizationsWithAlias(key)).isEmpty();
    }

    /** Answers like a domain service: 200 to PUT, 204 to DELETE, 401 without a bearer token. */
    private void startAffairs() throws IOException {
        affairs = HttpServer.create(new InetSocketAddress("localhost", AFFAIRS_PORT), 0);
        affairs.createContext("/internal/tenants/", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
                return;
            }
            Map<String, Object> claims = KeycloakTestServer.claims(authorization.substring("Bearer ".length()));
            calls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " as " + claims.get("azp"));
            if ("PUT".equals(exchange.getRequestMethod())) {
                byte[] body = "{}".getBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } else {
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        affairs.start();
    }
}
