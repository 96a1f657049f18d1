package org.partycloud.gateway;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * First thing on every request: removes the headers only the platform may set (a client cannot pose as a user
 * or smuggle internal data) and gives the request an id ({@value #REQUEST_ID}), the client's own when it is a
 * sane token, else a new UUID; the id goes to the services and back to the client.
 */
public class InternalHeaderFilter implements WebFilter, Ordered {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private final List<String> names;
    private final List<String> prefixes;

    public InternalHeaderFilter(GatewayProperties.InternalHeaders headers) {
        this.names = headers.names().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        this.prefixes = headers.prefixes().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }

    boolean isInternal(String header) {
        String h = header.toLowerCase(Locale.ROOT);
        return names.contains(h) || prefixes.stream().anyMatch(h::startsWith);
    }

    static String requestId(String sent) {
        return sent != null && SANE_ID.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = requestId(exchange.getRequest().getHeaders().getFirst(REQUEST_ID));
        ServerHttpRequest request = exchange.getRequest().mutate().headers(h -> {
            List<String> internal = h.headerNames().stream().filter(this::isInternal).toList();
            internal.forEach(h::remove);
            h.set(REQUEST_ID, id);
        }).build();
        exchange.getResponse().getHeaders().set(REQUEST_ID, id);
        return chain.filter(exchange.mutate().request(request).build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
