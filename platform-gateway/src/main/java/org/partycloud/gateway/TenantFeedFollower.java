package org.partycloud.gateway;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Follows tenant-service's {@code GET /internal/feed?after=&limit=} into the {@link TenantDirectory}. The gateway
 * keeps no state on disk: it reads the feed from the start at every start-up, then every {@code interval}; each
 * read follows full pages until a short one. Entries are applied in feed order and the cursor only moves past
 * applied entries, so a failed read is simply retried at the next tick.
 */
public class TenantFeedFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TenantFeedFollower.class);
    private final WebClient client;
    private final String baseUrl;
    private final TenantDirectory directory;
    private final int batchSize;
    private final Duration interval;
    private final AtomicLong cursor = new AtomicLong();
    private volatile Disposable running;
    private volatile boolean failing;

    /** @param client a client that authenticates as the gateway's service account */
    public TenantFeedFollower(WebClient client, String baseUrl, TenantDirectory directory, int batchSize,
            Duration interval) {
        this.client = client;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.directory = directory;
        this.batchSize = batchSize;
        this.interval = interval;
    }

    /** Reads and applies everything new; completes with the number of entries applied. */
    public Mono<Integer> poll() {
        return page().expand(applied -> applied == batchSize ? page() : Mono.empty())
                .reduce(0, Integer::sum)
                .doOnSuccess(applied -> directory.markReady());
    }

    private Mono<Integer> page() {
        return client.get().uri(baseUrl + "/internal/feed?after={after}&limit={limit}", cursor.get(), batchSize)
                .retrieve().bodyToMono(JsonNode.class)
                .map(page -> {
                    JsonNode items = page.path("items");
                    items.valueStream().forEach(directory::apply);
                    if (!items.isEmpty()) {
                        cursor.set(page.path("next").asLong());
                    }
                    return items.size();
                });
    }

    public long position() {
        return cursor.get();
    }

    @Override
    public synchronized void start() {
        running = Flux.interval(Duration.ZERO, interval)
                .onBackpressureDrop()
                .concatMap(tick -> poll()
                        .doOnSuccess(applied -> {
                            if (failing) {
                                log.info("Tenant feed at {} is readable again", baseUrl);
                                failing = false;
                            }
                        })
                        .onErrorResume(e -> {
                            if (!failing) {
                                log.warn("Cannot read the tenant feed at {} (retrying every {}): {}", baseUrl,
                                        interval, e.toString());
                                failing = true;
                            }
                            return Mono.empty();
                        }), 1)
                .subscribe();
    }

    @Override
    public synchronized void stop() {
        if (running != null) {
            running.dispose();
            running = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
