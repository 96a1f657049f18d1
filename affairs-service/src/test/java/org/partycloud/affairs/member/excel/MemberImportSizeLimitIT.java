package org.partycloud.affairs.member.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partycloud.platform.tenancy.TenantRoles;
import org.partycloud.platform.testsupport.PartyCloudIntegrationTest;
import org.partycloud.platform.testsupport.ServiceIntegrationTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.JsonNode;

/**
 * The upload limit as the running Tomcat applies it, which MockMvc never does: a file over the limit is refused
 * with a 413 problem the console can word, before the service reads it, and the client gets that answer rather
 * than a reset connection (Tomcat swallows the rest of the body). Calls go over real HTTP with bearer tokens
 * signed by a key of this test, which the service's {@link JwtDecoder} is given instead of Keycloak's.
 */
@PartyCloudIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberImportSizeLimitIT extends ServiceIntegrationTest {

    private static final String A = "memxlsbig";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final RSAKey SIGNING_KEY = signingKey();

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    void tenant() throws Exception {
        tenants().freshActive(A);
    }

    @Test
    void refusesASixMegabyteUploadWithAProblemAndKeepsTheConnection() throws Exception {
        assertRefusedAsTooLarge(6 * 1024 * 1024);
    }

    @Test
    void refusesAFileJustOverTheFileLimitThoughTheRequestIsUnderTheRequestLimit() throws Exception {
        assertRefusedAsTooLarge(5 * 1024 * 1024 + 64 * 1024);
    }

    @Test
    void stillAnswersTheSameCallerAfterRefusingAnUpload() throws Exception {
        assertRefusedAsTooLarge(6 * 1024 * 1024);

        HttpResponse<byte[]> template = http.send(HttpRequest.newBuilder(url("/api/affairs/members/import/template"))
                .header("Authorization", "Bearer " + tenantAdminToken()).header("X-Tenant", A)
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type")).hasValue(XLSX);
    }

    private void assertRefusedAsTooLarge(int fileBytes) throws Exception {
        long membersBefore = members();
        String boundary = "----partycloud" + UUID.randomUUID();
        HttpRequest request = HttpRequest.newBuilder(url("/api/affairs/members/import"))
                .header("Authorization", "Bearer " + tenantAdminToken())
                .header("X-Tenant", A)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, new byte[fileBytes])))
                .build();

        // An IOException here (connection reset, broken pipe) fails the test: the client must get the answer.
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:partycloud:problem:member-import-too-large");
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("detail").asString()).contains("5 MB");
        assertThat(members()).isEqualTo(membersBefore);
    }

    private static byte[] multipart(String boundary, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 1024);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\nall\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"党员.xlsx\"\r\n"
                + "Content-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private long members() {
        return jdbc.queryForObject("SELECT count(*) FROM t_" + A + ".member", Long.class);
    }

    /** Shaped like Keycloak's (see TestCallers): the tenant role inside the tenant's entry of {@code organization}. */
    private static String tenantAdminToken() throws Exception {
        Map<String, Object> entry = Map.of("id", "kc-" + A, "groups", List.of("/" + TenantRoles.TENANT_ADMIN),
                "realm_access", Map.of("roles", List.of(TenantRoles.TENANT_ADMIN)));
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("admin-of-" + A)
                .claim("preferred_username", "admin-of-" + A)
                .claim("organization", Map.of(A, entry))
                .issueTime(java.util.Date.from(Instant.now()))
                .expirationTime(java.util.Date.from(Instant.now().plusSeconds(300)))
                .build();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(SIGNING_KEY.getKeyID()).build(),
                claims);
        token.sign(new RSASSASigner(SIGNING_KEY));
        return token.serialize();
    }

    private static RSAKey signingKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("member-import-size-limit-it").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The service trusts this test's key instead of asking Keycloak (the issuer of the shared test context is a dummy). */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestIssuer {

        @Bean
        JwtDecoder jwtDecoder() throws Exception {
            return NimbusJwtDecoder.withPublicKey(SIGNING_KEY.toRSAPublicKey()).build();
        }
    }
}
