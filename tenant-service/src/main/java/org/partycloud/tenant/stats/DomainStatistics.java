package org.partycloud.tenant.stats;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partycloud.platform.internal.InternalApiClient;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * A domain service's statistics endpoints, called with this service's client-credentials token: start (or
 * restart) the job of a day, follow it, and read the figures it wrote, whole tenants at a time.
 */
@Component
class DomainStatistics {

    private final RestClient rest;

    DomainStatistics(InternalApiClient client) {
        this.rest = client.rest();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Partitions(int total, int completed, int failed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Failure(String tenant, String message) {
    }

    /** A domain job as the service reports it (Spring Batch statuses). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SourceRun(long executionId, LocalDate statDate, String status, Instant startedAt,
            Instant endedAt, Partitions partitions, List<Failure> failures) {

        boolean finished() {
            return !List.of("STARTING", "STARTED", "STOPPING").contains(status);
        }

        boolean completed() {
            return "COMPLETED".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Figure(String tenant, String metric, String dimension, long value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FigurePage(LocalDate date, List<Figure> items, String next) {
    }

    /** Starts the day's job; a day already computed is answered as it is, a failed one is restarted. */
    SourceRun start(String baseUrl, LocalDate date) {
        return rest.post().uri(baseUrl + "/internal/stats/runs").body(Map.of("date", date.toString()))
                .retrieve().body(SourceRun.class);
    }

    SourceRun status(String baseUrl, long executionId) {
        return rest.get().uri(baseUrl + "/internal/stats/runs/{id}", executionId).retrieve().body(SourceRun.class);
    }

    FigurePage figures(String baseUrl, LocalDate date, String after, int tenants) {
        String uri = baseUrl + "/internal/stats/figures?date={date}&limit={limit}";
        var request = after == null ? rest.get().uri(uri, date, tenants)
                : rest.get().uri(uri + "&after={after}", date, tenants, after);
        return request.retrieve().body(FigurePage.class);
    }
}
