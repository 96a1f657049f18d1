package org.partycloud.platform.tenancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partycloud.core.tenant.SupportGrant;
import org.partycloud.core.tenant.TenantChange;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.core.tenant.TenantState;
import org.partycloud.core.tenant.TenantStatus;
import org.partycloud.platform.feed.FeedEntry;
import org.partycloud.platform.feed.FeedHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenant directory of a service that does not own the registry: a replica in
 * {@code platform.tenant_directory}, kept by following tenant-service's feed ({@value TenantChange#TYPE} entries).
 */
public class JdbcTenantDirectory implements TenantDirectory, FeedHandler {

    /** The feed entry type this directory applies. */
    public static final String TENANT_CHANGED = TenantChange.TYPE;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcTemplate jdbc;

    public JdbcTenantDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<TenantState> stateOf(TenantKey key) {
        return jdbc.query("""
                SELECT status, reason, support_grant_id, support_operator, support_until, support_read_only
                FROM platform.tenant_directory WHERE tenant_key = ?
                """, rs -> rs.next() ? Optional.of(state(rs)) : Optional.empty(), key.value());
    }

    private static TenantState state(ResultSet rs) throws SQLException {
        String grant = rs.getString("support_grant_id");
        Timestamp until = rs.getTimestamp("support_until");
        SupportGrant support = grant == null || until == null ? null
                : new SupportGrant(grant, rs.getString("support_operator"), until.toInstant(),
                        rs.getBoolean("support_read_only"));
        return new TenantState(TenantStatus.valueOf(rs.getString("status")), rs.getString("reason"), support);
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
        TenantChange change = TenantChange.fromMap(JSON.convertValue(entry.payload(), Map.class));
        if (change.status() == TenantStatus.DELETED) {
            jdbc.update("DELETE FROM platform.tenant_directory WHERE tenant_key = ?", change.key().value());
            return;
        }
        SupportGrant grant = change.support();
        jdbc.update("""
                INSERT INTO platform.tenant_directory (tenant_key, status, modules, reason, support_grant_id,
                    support_operator, support_until, support_read_only, updated_at)
                VALUES (?, ?, ?::jsonb, ?, ?, ?, ?, ?, now())
                ON CONFLICT (tenant_key) DO UPDATE SET status = EXCLUDED.status, modules = EXCLUDED.modules,
                    reason = EXCLUDED.reason, support_grant_id = EXCLUDED.support_grant_id,
                    support_operator = EXCLUDED.support_operator, support_until = EXCLUDED.support_until,
                    support_read_only = EXCLUDED.support_read_only, updated_at = now()
                """, change.key().value(), change.status().name(), JSON.writeValueAsString(change.toMap().get("modules")),
                change.reason(), grant == null ? null : grant.id(), grant == null ? null : grant.operator(),
                grant == null ? null : Timestamp.from(grant.until()), grant == null ? null : grant.readOnly());
    }
}
