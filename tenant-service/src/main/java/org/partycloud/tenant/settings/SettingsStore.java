package org.partycloud.tenant.settings;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.partycloud.platform.feed.ChangeFeed;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.tenant.registry.TenantLifecycleEvents;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps each tenant's settings document; a tenant without one has the national defaults. A change is published
 * as a {@value #SETTINGS_CHANGED} feed entry, so the services that apply the rules (dues, affairs) follow it.
 */
@Component
class SettingsStore {

    static final String SETTINGS_CHANGED = "tenant.settings.changed";
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final ChangeFeed feed;
    private final Clock clock;

    SettingsStore(JdbcTemplate jdbc, JsonMapper json, ChangeFeed feed, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.feed = feed;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    TenantSettings settingsOf(TenantKey key) {
        return jdbc.query("SELECT document::text FROM platform.tenant_settings WHERE tenant_key = ?",
                rs -> rs.next() ? json.readValue(rs.getString(1), TenantSettings.class) : TenantSettings.nationalDefaults(),
                key.value());
    }

    @Transactional
    TenantSettings replace(TenantKey key, TenantSettings settings, String updatedBy) {
        jdbc.update("""
                INSERT INTO platform.tenant_settings (tenant_key, document, updated_at, updated_by)
                VALUES (?, ?::jsonb, ?, ?)
                ON CONFLICT (tenant_key) DO UPDATE SET document = EXCLUDED.document,
                    updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
                """, key.value(), json.writeValueAsString(settings), Timestamp.from(clock.instant()), updatedBy);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("key", key.value());
        payload.put("settings", settings);
        feed.append(key, SETTINGS_CHANGED, key.value(), payload);
        return settings;
    }

    /** A deleted tenant leaves no settings behind (same transaction as the deletion). */
    @EventListener
    void on(TenantLifecycleEvents.Deleted deleted) {
        jdbc.update("DELETE FROM platform.tenant_settings WHERE tenant_key = ?", deleted.key().value());
    }
}
