package org.partycloud.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

class InternalHeaderFilterTest {

    private final InternalHeaderFilter filter = new InternalHeaderFilter(new GatewayProperties.InternalHeaders(
            List.of("X-Forwarded-User"), List.of("X-Partycloud-")));

    private HttpHeaders forwarded(MockServerHttpRequest.BaseBuilder<?> request) {
        MockServerWebExchange exchange = MockServerWebExchange.from(request);
        AtomicReference<HttpHeaders> seen = new AtomicReference<>();
        filter.filter(exchange, e -> {
            seen.set(e.getRequest().getHeaders());
            return Mono.empty();
        }).block();
        assertThat(exchange.getResponse().getHeaders().getFirst(InternalHeaderFilter.REQUEST_ID))
                .isEqualTo(seen.get().getFirst(InternalHeaderFilter.REQUEST_ID));
        return seen.get();
    }

    @Test
    void stripsInternalHeadersWhateverTheirCaseAndKeepsTheRest() {
        HttpHeaders headers = forwarded(MockServerHttpRequest.get("/api/affairs/organizations")
                .header("x-partycloud-tenant-roles", "tenant-admin").header("X-PARTYCLOUD-USER", "boss")
                .header("x-forwarded-user", "operator").header("Authorization", "Bearer t").header("X-Tenant", "abc"));
        assertThat(headers.headerNames()).noneMatch(h -> h.toLowerCase().startsWith("x-partycloud-"));
        assertThat(headers.getFirst("X-Forwarded-User")).isNull();
        assertThat(headers.getFirst("Authorization")).isEqualTo("Bearer t");
        assertThat(headers.getFirst("X-Tenant")).isEqualTo("abc");
    }

    @Test
    void keepsASaneRequestIdAndReplacesAMissingOrOddOne() {
        assertThat(forwarded(MockServerHttpRequest.get("/x").header("X-Request-Id", "abc-123"))
                .getFirst("X-Request-Id")).isEqualTo("abc-123");
        assertThat(forwarded(MockServerHttpRequest.get("/x")).getFirst("X-Request-Id")).hasSize(36);
        assertThat(forwarded(MockServerHttpRequest.get("/x").header("X-Request-Id", "bad id\t<script>"))
                .getFirst("X-Request-Id")).hasSize(36);
    }
}
