package org.partycloud.gateway;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.partycloud.core.problem.ProblemType;
import org.partycloud.core.tenant.TenantAdmission;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details written straight to a reactive response, of the platform's catalogue
 * ({@link org.partycloud.core.problem.ProblemTypes}): the same types and titles as the services answer.
 */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    /** A problem's body; {@code properties} are added as extension members. */
    public static Map<String, Object> body(ProblemType type, String detail, String instance, Map<String, ?> properties) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri());
        body.put("title", type.title());
        body.put("status", type.status());
        body.put("detail", detail);
        body.put("instance", instance);
        body.putAll(properties);
        return body;
    }

    public static Mono<Void> write(ServerWebExchange exchange, ProblemType type, String detail) {
        return write(exchange, type, detail, Map.of());
    }

    public static Mono<Void> write(ServerWebExchange exchange, TenantAdmission.Refused refused) {
        return write(exchange, refused.type(), refused.detail(), refused.properties());
    }

    public static Mono<Void> write(ServerWebExchange exchange, ProblemType type, String detail,
            Map<String, ?> properties) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        byte[] bytes = JSON.writeValueAsString(body(type, detail, exchange.getRequest().getPath().value(), properties))
                .getBytes(StandardCharsets.UTF_8);
        response.setStatusCode(HttpStatus.valueOf(type.status()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(bytes.length);
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }
}
