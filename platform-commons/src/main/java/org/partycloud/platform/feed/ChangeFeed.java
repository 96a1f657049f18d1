package org.partycloud.platform.feed;

import org.partycloud.core.tenant.TenantKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records a change in {@code platform.change_feed} inside the caller's transaction, so the change and its
 * record commit or roll back together. A transaction-scoped advisory lock makes sequence order equal commit
 * order, so a follower that reads past a sequence number never misses a change committed later with a
 * smaller one.
 */
public class ChangeFeed {

    /** Arbitrary constant identifying the feed's writer lock among this database's advisory locks. */
    private static final long FEED_LOCK = 0x7061727479L;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public ChangeFeed(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void append(TenantKey tenant, String type, String subject, Object payload) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A change is recorded in the transaction that makes it; none is active");
        }
        jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> null, FEED_LOCK);
        jdbc.update("INSERT INTO platform.change_feed (tenant_key, type, subject, payload) VALUES (?, ?, ?, ?::jsonb)",
                tenant == null ? null : tenant.value(), type, subject, json.writeValueAsString(payload));
    }

    /** Forgets a deleted tenant's entries; followers learn of the deletion from the tenant feed. */
    public void forget(TenantKey tenant) {
        jdbc.update("DELETE FROM platform.change_feed WHERE tenant_key = ?", tenant.value());
    }
}
