package org.partycloud.platform.feed;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/**
 * Follows another service's {@code /internal/feed}: reads pages after the stored cursor and applies them,
 * each page and its new cursor in one transaction, so a restart neither skips nor half-applies a page.
 */
public class FeedFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedFollower.class);
    private final String source;
    private final String baseUrl;
    private final RestClient client;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final FeedHandler handler;
    private final int batchSize;
    private final Duration interval;
    private ScheduledExecutorService scheduler;
    private volatile boolean failing;

    public FeedFollower(String source, String baseUrl, RestClient client, JdbcTemplate jdbc, TransactionTemplate tx,
            FeedHandler handler, int batchSize, Duration interval) {
        this.source = source;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.client = client;
        this.jdbc = jdbc;
        this.tx = tx;
        this.handler = handler;
        this.batchSize = batchSize;
        this.interval = interval;
    }

    /** Reads and applies what is new; answers how many entries were applied. */
    public int poll() {
        int applied = 0;
        while (true) {
            long position = position();
            FeedPage page = client.get().uri(baseUrl + "/internal/feed?after={after}&limit={limit}", position, batchSize)
                    .retrieve().body(FeedPage.class);
            if (page == null || page.items().isEmpty()) {
                return applied;
            }
            tx.executeWithoutResult(status -> {
                page.items().forEach(handler::apply);
                jdbc.update("""
                        INSERT INTO platform.feed_cursor (source, position, updated_at) VALUES (?, ?, now())
                        ON CONFLICT (source) DO UPDATE SET position = EXCLUDED.position, updated_at = now()
                        """, source, page.next());
            });
            applied += page.items().size();
            if (page.items().size() < batchSize) {
                return applied;
            }
        }
    }

    long position() {
        return jdbc.query("SELECT position FROM platform.feed_cursor WHERE source = ?",
                rs -> rs.next() ? rs.getLong(1) : 0L, source);
    }

    private void pollQuietly() {
        try {
            poll();
            if (failing) {
                log.info("Feed '{}' at {} is readable again", source, baseUrl);
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("Cannot read feed '{}' at {} (will keep retrying every {}): {}", source, baseUrl, interval,
                        e.toString());
                failing = true;
            }
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "feed-" + source);
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::pollQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
