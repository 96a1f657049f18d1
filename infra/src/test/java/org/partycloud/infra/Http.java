package org.partycloud.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON-over-HTTP client for the end-to-end tests, with an optional bearer token and tenant. */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    record Response(int status, String contentType, String location, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    private final String token;
    private final String tenant;

    private Http(String token, String tenant) {
        this.token = token;
        this.tenant = tenant;
    }

    static Http as(String token) {
        return new Http(token, null);
    }

    static Http anonymous() {
        return new Http(null, null);
    }

    Http inTenant(String tenantKey) {
        return new Http(token, tenantKey);
    }

    Response get(String url) {
        return send(request(url).GET());
    }

    Response delete(String url) {
        return send(request(url).DELETE());
    }

    Response post(String url, Object body) {
        return send(request(url).header("Content-Type", "application/json").POST(bodyOf(body)));
    }

    Response put(String url, Object body) {
        return send(request(url).header("Content-Type", "application/json").PUT(bodyOf(body)));
    }

    private static HttpRequest.BodyPublisher bodyOf(Object body) {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body == null ? Map.of() : body);
        return HttpRequest.BodyPublishers.ofString(text);
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (tenant != null) {
            builder.header("X-Tenant", tenant);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                    r.headers().firstValue("Location").orElse(null), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
