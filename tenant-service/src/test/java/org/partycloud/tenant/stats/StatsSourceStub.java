package org.partycloud.tenant.stats;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.json.JsonMapper;

/**
 * A domain service's statistics endpoints as affairs-service serves them ({@code POST /internal/stats/runs},
 * {@code GET /internal/stats/runs/{id}}, {@code GET /internal/stats/figures}), over figures the test sets per
 * day and tenant. A started job answers STARTED once, then its outcome (COMPLETED, or FAILED with the tenants
 * the test made fail). Requests without a bearer token get 401.
 */
final class StatsSourceStub implements AutoCloseable {

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpServer server;
    private final AtomicLong executions = new AtomicLong();
    private final Map<LocalDate, Map<String, Map<String, Long>>> figures = new ConcurrentHashMap<>();
    private final Map<LocalDate, List<String>> failing = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, Object>> runs = new ConcurrentHashMap<>();
    final List<String> calls = new CopyOnWriteArrayList<>();

    StatsSourceStub(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/internal/stats/", this::handle);
        server.start();
    }

    /** Sets a tenant's figures of a day: pairs of "metric/dimension" and value. */
    void figures(LocalDate date, String tenant, Object... pairs) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        figures.computeIfAbsent(date, d -> new ConcurrentHashMap<>()).put(tenant, values);
    }

    void failFor(LocalDate date, String... tenants) {
        failing.put(date, List.of(tenants));
    }

    void heal(LocalDate date) {
        failing.remove(date);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            calls.add(method + " " + path);
            if (method.equals("POST") && path.equals("/internal/stats/runs")) {
                LocalDate date = LocalDate.parse(
                        json.readTree(exchange.getRequestBody()).get("date").asString());
                long id = executions.incrementAndGet();
                Map<String, Object> run = run(id, date, "STARTED", List.of());
                runs.put(id, run);
                send(exchange, 202, run);
            } else if (method.equals("GET") && path.startsWith("/internal/stats/runs/")) {
                long id = Long.parseLong(path.substring("/internal/stats/runs/".length()));
                Map<String, Object> started = runs.get(id);
                LocalDate date = (LocalDate) started.get("statDate");
                List<String> failed = failing.getOrDefault(date, List.of());
                send(exchange, 200, run(id, date, failed.isEmpty() ? "COMPLETED" : "FAILED", failed));
            } else if (method.equals("GET") && path.equals("/internal/stats/figures")) {
                Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
                LocalDate date = LocalDate.parse(query.get("date"));
                int limit = Integer.parseInt(query.get("limit"));
                String after = query.getOrDefault("after", "");
                var tenants = new TreeMap<>(figures.getOrDefault(date, Map.of())).tailMap(after, false);
                List<Map<String, Object>> items = new ArrayList<>();
                String last = null;
                int count = 0;
                for (var tenant : tenants.entrySet()) {
                    if (count++ == limit) {
                        break;
                    }
                    last = tenant.getKey();
                    tenant.getValue().forEach((figure, value) -> items.add(Map.of("tenant", tenant.getKey(),
                            "metric", figure.substring(0, figure.indexOf('/')),
                            "dimension", figure.substring(figure.indexOf('/') + 1), "value", value)));
                }
                Map<String, Object> page = new HashMap<>();
                page.put("date", date.toString());
                page.put("items", items);
                page.put("next", tenants.size() > limit ? last : null);
                send(exchange, 200, page);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private Map<String, Object> run(long id, LocalDate date, String status, List<String> failed) {
        int total = figures.getOrDefault(date, Map.of()).size();
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("executionId", id);
        run.put("statDate", date);
        run.put("status", status);
        run.put("partitions", Map.of("total", total, "completed", total - failed.size(), "failed", failed.size()));
        run.put("failures", failed.stream().map(t -> Map.of("tenant", t, "message", "relation \"member\" does not exist"))
                .toList());
        return run;
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
