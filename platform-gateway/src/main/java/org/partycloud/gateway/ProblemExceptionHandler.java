package org.partycloud.gateway;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.io.IOException;
import org.partycloud.core.problem.ProblemTypes;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Every error the gateway itself raises becomes a problem: no route (404), a service that is down, refuses the
 * connection, times out or has its circuit open (503, at once), anything else by its status.
 */
@Order(-2) // before Boot's DefaultErrorWebExceptionHandler
public class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        exchange.getResponse().getHeaders().remove("X-RateLimit-Remaining");
        if (ex instanceof MeController.SessionExpiredException) {
            return SecurityConfiguration.unauthenticated(exchange);
        }
        if (isUnavailable(ex)) {
            log.info("[{}] {} {}: service unavailable ({})", requestId(exchange), exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), ex.toString());
            return Problems.write(exchange, ProblemTypes.SERVICE_UNAVAILABLE, "The service behind this path is not answering; try again shortly.");
        }
        if (ex instanceof ResponseStatusException rse) {
            HttpStatusCode code = rse.getStatusCode();
            HttpStatus status = HttpStatus.resolve(code.value());
            if (status == HttpStatus.NOT_FOUND) {
                return Problems.write(exchange, ProblemTypes.NOT_FOUND, "There is nothing at " + exchange.getRequest().getPath().value() + ".");
            }
            if (status != null && status.is4xxClientError()) {
                return Problems.write(exchange, ProblemTypes.forStatus(status.value(), status.getReasonPhrase()),
                        rse.getReason() == null ? status.getReasonPhrase() : rse.getReason(), Map.of());
            }
        }
        log.error("[{}] {} {} failed", requestId(exchange), exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), ex);
        return Problems.write(exchange, ProblemTypes.INTERNAL_ERROR, "The gateway could not handle this request.");
    }

    /** The id the services log this request under (set by {@link InternalHeaderFilter}). */
    private static String requestId(ServerWebExchange exchange) {
        return exchange.getResponse().getHeaders().getFirst(InternalHeaderFilter.REQUEST_ID);
    }

    static boolean isUnavailable(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException || t instanceof TimeoutException || t instanceof CallNotPermittedException) {
                return true;
            }
            int status = t instanceof ResponseStatusException rse ? rse.getStatusCode().value() : annotatedStatus(t);
            if (status == 502 || status == 503 || status == 504) {
                return true;
            }
        }
        return false;
    }

    /** The status of an exception annotated with {@code @ResponseStatus} (the gateway's own, e.g. an open circuit). */
    private static int annotatedStatus(Throwable t) {
        ResponseStatus annotation = AnnotatedElementUtils.findMergedAnnotation(t.getClass(), ResponseStatus.class);
        return annotation == null ? 0 : annotation.code().value();
    }

}
