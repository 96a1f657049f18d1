package org.partycloud.infra.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.partycloud.infra.BenchAccess;
import org.partycloud.infra.Platform;
import org.partycloud.platform.testsupport.KeycloakTestServer;

/**
 * The gateway's cost (infra/bench/README.md). Not a test: run it by hand with {@code infra/bench/run.sh gateway}.
 * One tenant, its administrator's bearer token, and {@code GET /api/affairs/organizations} with {@code X-Tenant}:
 * through the gateway (token check, tenant gate, module gate, rate limit, circuit breaker, routing) and straight to
 * affairs-service (which checks the token and tenant itself), in alternating rounds of the same length at the same
 * number of concurrent clients. Reports throughput and p50/p99 of each and the throughput ratio.
 */
public final class GatewayBenchmark {

    private static final String TENANT = "benchgw";

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        KeycloakTestServer keycloak = KeycloakTestServer.get();
        Path root = Path.of(System.getProperty("partycloud.root", ".")).toAbsolutePath().normalize();
        // Full JIT and a heap that does not make the collector the bottleneck; a budget nobody reaches.
        // -Dbench.jvm="…" replaces them, e.g. to add -XX:StartFlightRecording=settings=profile,filename=<dir>/
        List<String> jvm = List.of(System.getProperty("bench.jvm", "-Xmx512m -XX:+UseSerialGC").trim().split("\\s+"));
        Map<String, Map<String, String>> environment = Map.of(Platform.GATEWAY, Map.of(
                "PARTYCLOUD_RATE_LIMIT_CAPACITY", "100000000", "PARTYCLOUD_RATE_LIMIT_REFILL", "100000000"));
        try (Platform platform = Platform.start(new Platform.Settings(root, root.resolve("infra/target/bench-logs"), 0,
                null, keycloak.issuerUri(), Map.of(), jvm, true, null, environment))) {
            BenchAccess api = new BenchAccess(platform, keycloak);
            api.register(TENANT, LocalDate.now());
            api.awaitActive(TENANT, Duration.ofSeconds(120));
            String token = api.tenantAdminToken(TENANT);
            String path = "/api/affairs/organizations";
            URI viaGateway = URI.create(platform.url(Platform.GATEWAY) + path);
            URI direct = URI.create(platform.url("affairs") + path);
            awaitOk(viaGateway, token);

            System.out.printf("Warming up both paths (%d clients, 2 × 10 s each)…%n", clients);
            for (int i = 0; i < 2; i++) {
                run(direct, token, clients, 10);
                run(viaGateway, token, clients, 10);
            }
            List<Result> directRuns = new ArrayList<>();
            List<Result> gatewayRuns = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                directRuns.add(run(direct, token, clients, seconds));
                gatewayRuns.add(run(viaGateway, token, clients, seconds));
                System.out.printf("round %d: direct %s | gateway %s%n", round + 1, directRuns.get(round),
                        gatewayRuns.get(round));
            }
            Result d = median(directRuns);
            Result g = median(gatewayRuns);
            System.out.printf("%nMachine: %d cores, load generator on JVM %s, services on %s, service JVM options %s%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    BenchAccess.serviceJdk(), String.join(" ", jvm));
            System.out.printf("GET %s, %d concurrent clients, 3 rounds of %d s each (median round):%n", path, clients,
                    seconds);
            System.out.printf("  direct to affairs-service: %s%n", d);
            System.out.printf("  through the gateway:       %s%n", g);
            System.out.printf("  gateway keeps %.0f%% of the direct throughput (goal ≥ 75%%)%n",
                    100.0 * g.throughput() / d.throughput());
        }
    }

    record Result(double throughput, long p50Micros, long p99Micros, long requests, long errors) {
        @Override
        public String toString() {
            return "%.0f req/s, p50 %.1f ms, p99 %.1f ms (%d requests, %d errors)".formatted(throughput,
                    p50Micros / 1000.0, p99Micros / 1000.0, requests, errors);
        }
    }

    private static void awaitOk(URI uri, String token) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 100; i++) {
            if (client.send(request(uri, token), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(uri + " does not answer 200");
    }

    private static HttpRequest request(URI uri, String token) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).header("X-Tenant", TENANT)
                .timeout(Duration.ofSeconds(30)).build();
    }

    /** {@code clients} closed-loop clients for {@code seconds}; every answer other than 200 counts as an error. */
    private static Result run(URI uri, String token, int clients, int seconds) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = request(uri, token);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    int status = client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                    long micros = (System.nanoTime() - t0) / 1000;
                    if (status != 200) {
                        errors.incrementAndGet();
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = micros;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> worker : workers) {
            all.add(worker.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(latencies.length / elapsed, percentile(latencies, 50), percentile(latencies, 99),
                latencies.length, errors.get());
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    private static Result median(List<Result> runs) {
        return runs.stream().sorted((a, b) -> Double.compare(a.throughput(), b.throughput())).toList()
                .get(runs.size() / 2);
    }
}
