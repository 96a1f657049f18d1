package org.partycloud.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The gateway's browser side without Keycloak: where a browser is sent to log in, what an anonymous caller gets,
 * the CSRF cookie and check, the security headers, and readiness before the tenant feed was read. (The whole
 * login against a real Keycloak is in infra's GatewayIT.)
 */
@SpringBootTest(properties = {
        "partycloud.gateway.keycloak.issuer-uri=http://localhost:1/realms/partycloud",
        "partycloud.gateway.tenant-service-url=http://localhost:1",
        "partycloud.gateway.feed.interval=1h"})
class BrowserSecurityTest {

    @Autowired
    ApplicationContext context;
    WebTestClient client;

    @BeforeEach
    void bind() {
        client = WebTestClient.bindToApplicationContext(context).configureClient().build();
    }

    @Test
    void loginStartsAnAuthorizationCodeRequestWithPkceForEveryTenantOfTheUser() {
        URI location = client.get().uri("/oauth2/authorization/keycloak").exchange()
                .expectStatus().isFound().returnResult(Void.class).getResponseHeaders().getLocation();
        assertThat(location).isNotNull();
        assertThat(location.toString()).startsWith("http://localhost:1/realms/partycloud/protocol/openid-connect/auth?");
        var query = UriComponentsBuilder.fromUri(location).build().getQueryParams();
        assertThat(query.getFirst("response_type")).isEqualTo("code");
        assertThat(query.getFirst("client_id")).isEqualTo("partycloud-gateway");
        assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(query.getFirst("code_challenge")).hasSizeGreaterThan(40);
        assertThat(decoded(query.getFirst("scope")).split(" ")).contains("openid", "organization:*");
        assertThat(decoded(query.getFirst("redirect_uri"))).endsWith("/login/oauth2/code/keycloak");
    }

    private static String decoded(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    @Test
    void anAnonymousApiCallIsA401ProblemThatSaysWhereToLogIn() {
        client.get().uri("/api/me").accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:partycloud:problem:unauthenticated")
                .jsonPath("$.login").isEqualTo("/oauth2/authorization/keycloak");
    }

    @Test
    void aPageThatNeedsALoginSendsTheBrowserToKeycloak() {
        client.get().uri("/actuator/env").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound()
                .expectHeader().location("/oauth2/authorization/keycloak");
    }

    @Test
    void theConsolePageIsPublicWithSecurityHeadersAndTheCsrfCookie() {
        EntityExchangeResult<String> page = client.get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult();
        assertThat(page.getResponseBody()).contains("党建云");
        HttpHeaders headers = page.getResponseHeaders();
        assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src 'self'")
                .contains("frame-ancestors 'none'").contains("form-action 'self' http://localhost:1");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(headers.getFirst("X-Request-Id")).isNotBlank();
        ResponseCookie csrf = page.getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(csrf).isNotNull();
        assertThat(csrf.isHttpOnly()).as("the page must read it").isFalse();
        assertThat(csrf.getSameSite()).isEqualTo("Lax");
    }

    @Test
    void aBrowserPostWithoutTheCsrfTokenIsRefusedAndWithItGoesOn() {
        client.post().uri("/api/tenant/tenants").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("urn:partycloud:problem:csrf-token-invalid");
        String token = client.get().uri("/").exchange().returnResult(String.class).getResponseCookies()
                .getFirst("XSRF-TOKEN").getValue();
        // With the token the request passes the CSRF check and meets the login check instead.
        client.post().uri("/api/tenant/tenants").cookie("XSRF-TOKEN", token).header("X-XSRF-TOKEN", token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void aBearerRequestNeedsNoCsrfTokenButAValidToken() {
        client.post().uri("/api/tenant/tenants").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-jwt")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody().jsonPath("$.type").isEqualTo("urn:partycloud:problem:unauthenticated");
    }

    @Test
    void theGatewayIsNotReadyUntilItHasReadTheTenantFeed() {
        client.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.status").isEqualTo("OUT_OF_SERVICE");
        context.getBean(TenantDirectory.class).markReady();
        client.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }
}
