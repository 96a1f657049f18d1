package org.partycloud.platform.tenancy;

import java.util.List;
import java.util.Optional;
import org.partycloud.platform.feed.FeedEntry;
import org.partycloud.platform.feed.FeedHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tenant directory of a service that does not own the registry: a replica in
 * {@code platform.tenant_directory}, kept by following tenant-service's feed ({@value #TENANT_CHANGED} entries).
 */
public class JdbcTenantDirectory implements TenantDirectory, FeedHandler {

    public static final String TENANT_CHANGED = "tenant.changed";
    private final JdbcTemplate jdbc;

    public JdbcTenantDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<TenantStatus> statusOf(TenantKey key) {
        return jdbc.query("SELECT status FROM platform.tenant_directory WHERE tenant_key = ?",
                rs -> rs.next() ? Optional.of(TenantStatus.valueOf(rs.getString(1))) : Optional.empty(), key.value());
    }

    @Override
    public Optional<String> reasonOf(TenantKey key) {
        return jdbc.query("SELECT reason FROM platform.tenant_directory WHERE tenant_key = ?",
                rs -> rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty(), key.value());
    }

    /** The tenants served now, in key order: the partitions of a nightly statistics run. */
    public List<TenantKey> activeTenants() {
        return jdbc.queryForList("SELECT tenant_key FROM platform.tenant_directory WHERE status = ? ORDER BY tenant_key",
                String.class, TenantStatus.ACTIVE.name()).stream().map(TenantKey::of).toList();
    }

    /** Applies a tenant change; a deleted tenant leaves no row behind. */
    @Override
    public void apply(FeedEntry entry) {
        if (!TENANT_CHANGED.equals(entry.type())) {
            return;
        }
        TenantKey key = TenantKey.of(entry.payload().get("key").asString());
        TenantStatus status = TenantStatus.valueOf(entry.payload().get("status").asString());
        if (status == TenantStatus.DELETED) {
            jdbc.update("DELETE FROM platform.tenant_directory WHERE tenant_key = ?", key.value());
            return;
        }
        String modules = entry.payload().has("modules") ? entry.payload().get("modules").toString() : "[]";
        String reason = entry.payload().hasNonNull("reason") ? entry.payload().get("reason").asString() : null;
        jdbc.update("""
                INSERT INTO platform.tenant_directory (tenant_key, status, modules, reason, updated_at)
                VALUES (?, ?, ?::jsonb, ?, now())
                ON CONFLICT (tenant_key) DO UPDATE SET status = EXCLUDED.status, modules = EXCLUDED.modules,
                    reason = EXCLUDED.reason, updated_at = now()
                """, key.value(), status.name(), modules, reason);
    }
}
