package org.partycloud.infra;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.partycloud.platform.testsupport.KeycloakTestServer;

/** What the benchmarks need of the platform through its public API (the tests' HTTP client, kept package-private). */
public final class BenchAccess {

    public static final int WARM_UP_TENANTS = 3;
    private final Platform platform;
    private final KeycloakTestServer keycloak;
    private volatile String operatorToken;
    private volatile Instant tokenAt = Instant.EPOCH;

    public BenchAccess(Platform platform, KeycloakTestServer keycloak) {
        this.platform = platform;
        this.keycloak = keycloak;
    }

    public static String serviceJdk() {
        Jdks.Jdk jdk = Jdks.newest();
        return "JDK " + jdk.feature() + " (" + jdk.home() + ")";
    }

    private Http operator() {
        if (Duration.between(tokenAt, Instant.now()).toSeconds() > 60) {
            operatorToken = keycloak.passwordToken("operator", "partycloud", "openid organization:*");
            tokenAt = Instant.now();
        }
        return Http.as(operatorToken);
    }

    /** An access token of the tenant's administrator (password set as a first browser login would). */
    public String tenantAdminToken(String key) {
        return new KeycloakAdmin(keycloak).logInAfterFirstLogin(key + "-admin");
    }

    /** One tenant provisioned and thrown away, so that the measured ones do not pay for class loading. */
    public void warmUp() {
        for (int i = 0; i < WARM_UP_TENANTS; i++) {
            register("warmup" + i, LocalDate.now());
            awaitActive("warmup" + i, Duration.ofSeconds(120));
        }
    }

    public void register(String key, LocalDate today) {
        register(key, today, "enterprise");
    }

    /** Registers a tenant of the kind (enterprise, agency, committee) as the operator. */
    public void register(String key, LocalDate today, String kind) {
        Http.Response r = operator().post(platform.url("tenant") + "/api/tenant/tenants", Map.of("key", key,
                "name", "基准测试 " + key, "kind", kind, "plan", "standard", "contactName", "李明",
                "contactPhone", "13800138000", "adminEmail", key + "@example.com",
                "subscriptionStart", today.toString(), "subscriptionEnd", today.plusYears(1).toString()));
        if (r.status() != 202) {
            throw new IllegalStateException("Registering " + key + ": " + r);
        }
    }

    /** A GET as the given caller: the status and body. */
    public Map.Entry<Integer, String> get(String token, String tenant, String url) {
        Http.Response r = Http.as(token).inTenant(tenant).get(url);
        return Map.entry(r.status(), r.body());
    }

    /** A JSON POST as the given caller: the status and body. */
    public Map.Entry<Integer, String> post(String token, String tenant, String url, Object body) {
        Http.Response r = Http.as(token).inTenant(tenant).post(url, body);
        return Map.entry(r.status(), r.body());
    }

    /** A multipart POST of one file (field {@code file}) and form fields as the given caller: status and body. */
    public Map.Entry<Integer, String> postFile(String token, String tenant, String url, String filename, byte[] file,
            Map<String, String> fields) throws java.io.IOException, InterruptedException {
        String boundary = "----partycloud" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Authorization", "Bearer " + token).header("X-Tenant", tenant)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(5))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return Map.entry(response.statusCode(), response.body());
    }

    /** A valid ID-card number (GB 11643) for generated people. */
    public static String idNumber(String area, LocalDate birth, int sequence, boolean male) {
        return DemoMembers.idNumber(area, birth, sequence, male);
    }

    /** A POST as the operator: the status, the Location and the body. */
    public String[] operatorPost(String url, Object body) {
        Http.Response r = operator().post(url, body);
        return new String[] {String.valueOf(r.status()), r.location(), r.body()};
    }

    /** A GET as the operator: the body as JSON text (throws unless 200). */
    public String operatorGet(String url) {
        Http.Response r = operator().get(url);
        if (r.status() != 200) {
            throw new IllegalStateException("GET " + url + ": " + r);
        }
        return r.body();
    }

    public void awaitActive(String key, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            String status = operator().get(platform.url("tenant") + "/api/tenant/tenants/" + key).json().path("status")
                    .asString();
            if ("ACTIVE".equals(status)) {
                return;
            }
            if ("FAILED".equals(status)) {
                throw new IllegalStateException(key + " failed: "
                        + operator().get(platform.url("tenant") + "/api/tenant/tenants/" + key).body());
            }
            ServiceProcess.sleep(20);
        }
        throw new IllegalStateException(key + " not ACTIVE within " + timeout);
    }
}
