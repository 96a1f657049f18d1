package org.partycloud.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;

class ProblemExceptionHandlerTest {

    private final ProblemExceptionHandler handler = new ProblemExceptionHandler();

    private MockServerWebExchange handled(Throwable error) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/learning/courses"));
        handler.handle(exchange, error).block();
        return exchange;
    }

    @Test
    void aServiceThatIsDownTimesOutOrHasItsCircuitOpenIsA503Problem() {
        for (Throwable down : new Throwable[] {new ConnectException("refused"), new TimeoutException(),
                new ServiceUnavailableException(), new RuntimeException(new ConnectException("wrapped")),
                CallNotPermittedException.createCallNotPermittedException(CircuitBreaker.ofDefaults("learning")),
                new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT)}) {
            MockServerWebExchange exchange = handled(down);
            assertThat(exchange.getResponse().getStatusCode()).as(down.toString()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(exchange.getResponse().getBodyAsString().block()).contains("urn:partycloud:problem:service-unavailable");
        }
    }

    @Test
    void noRouteIsANotFoundProblem() {
        MockServerWebExchange exchange = handled(new ResponseStatusException(HttpStatus.NOT_FOUND));
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(exchange.getResponse().getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("urn:partycloud:problem:not-found");
    }
}
