package org.partycloud.gateway;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details written straight to a reactive response, with the same stable types
 * ({@code urn:partycloud:problem:<slug>}) as the services.
 */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:partycloud:problem:";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    /** A problem's body; {@code properties} are added as extension members. */
    public static Map<String, Object> body(HttpStatus status, String slug, String title, String detail, String instance,
            Map<String, ?> properties) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + slug);
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", instance);
        body.putAll(properties);
        return body;
    }

    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String slug, String title,
            String detail) {
        return write(exchange, status, slug, title, detail, Map.of());
    }

    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String slug, String title,
            String detail, Map<String, ?> properties) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        byte[] bytes = JSON.writeValueAsString(body(status, slug, title, detail,
                exchange.getRequest().getPath().value(), properties)).getBytes(StandardCharsets.UTF_8);
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(bytes.length);
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }
}
