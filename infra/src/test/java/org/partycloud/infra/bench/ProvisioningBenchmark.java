package org.partycloud.infra.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.partycloud.infra.BenchAccess;
import org.partycloud.infra.Platform;
import org.partycloud.platform.testsupport.KeycloakTestServer;

/**
 * Provisioning and start-up benchmark (infra/bench/README.md). Not a test: run it by hand.
 * <ol>
 * <li>provisions N tenants one at a time, then N more four at a time, each measured from the operator's
 * POST to the first GET that answers ACTIVE (schemas in three databases, Keycloak organisation, groups and
 * admin user included), and reports p50/p95/max;</li>
 * <li>restarts affairs-service with only the warm-up tenants' schemas and again with all of them, three times each, and
 * reports the median time to readiness and their ratio.</li>
 * </ol>
 */
public final class ProvisioningBenchmark {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        KeycloakTestServer keycloak = KeycloakTestServer.get();
        Path root = Path.of(System.getProperty("partycloud.root", ".")).toAbsolutePath().normalize();
        try (Platform platform = Platform.start(new Platform.Settings(root, root.resolve("infra/target/bench-logs"), 0,
                null, keycloak.issuerUri(), Map.of(), List.of("-Xmx768m")))) {
            BenchAccess api = new BenchAccess(platform, keycloak);
            api.warmUp();

            List<Long> empty = restartTimes(platform, 3);

            List<Long> sequential = provision(api, "seq", n, 1);
            List<Long> parallel = provision(api, "par", n, 4);

            List<Long> full = restartTimes(platform, 3);

            System.out.printf("%nMachine: %d cores, JVM %s, services on %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), BenchAccess.serviceJdk());
            report("provision one at a time (" + n + ")", sequential);
            report("provision four at a time (" + n + ")", parallel);
            long e = median(empty);
            long f = median(full);
            System.out.printf("affairs-service start-up to ready: %d tenants (warm-up only) %d ms (runs %s), %d tenants %d ms (runs %s), ratio %.2f%n",
                    BenchAccess.WARM_UP_TENANTS, e, empty, BenchAccess.WARM_UP_TENANTS + 2 * n, f, full, (double) f / e);
        }
    }

    static List<Long> provision(BenchAccess api, String prefix, int n, int concurrency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        AtomicInteger next = new AtomicInteger();
        List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    String key = "%s%04d".formatted(prefix, i);
                    Instant start = Instant.now();
                    api.register(key, LocalDate.now());
                    api.awaitActive(key, Duration.ofSeconds(120));
                    millis.add(Duration.between(start, Instant.now()).toMillis());
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return millis;
    }

    private static List<Long> restartTimes(Platform platform, int runs) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            var affairs = platform.service("affairs");
            affairs.stop();
            Instant start = Instant.now();
            affairs.start();
            affairs.awaitReady(Duration.ofSeconds(180));
            times.add(Duration.between(start, Instant.now()).toMillis());
        }
        return times;
    }

    static void report(String what, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%s: p50 %d ms, p95 %d ms, max %d ms%n", what, percentile(sorted, 50), percentile(sorted, 95),
                sorted.get(sorted.size() - 1));
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
