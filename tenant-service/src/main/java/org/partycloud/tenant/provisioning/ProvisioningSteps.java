package org.partycloud.tenant.provisioning;

import java.util.Set;
import java.util.TreeSet;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.tenant.registry.TenantLifecycleEvents;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The provisioning steps each tenant has completed, so that a resumed or retried saga skips them. */
@Component
class ProvisioningSteps {

    private final JdbcTemplate jdbc;

    ProvisioningSteps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> completed(TenantKey key) {
        return new TreeSet<>(jdbc.queryForList("SELECT step FROM platform.provisioning_step WHERE tenant_key = ?",
                String.class, key.value()));
    }

    void complete(TenantKey key, String step) {
        jdbc.update("INSERT INTO platform.provisioning_step (tenant_key, step) VALUES (?, ?) ON CONFLICT DO NOTHING",
                key.value(), step);
    }

    /** A deleted tenant leaves no steps behind (same transaction as the deletion). */
    @EventListener
    void on(TenantLifecycleEvents.Deleted deleted) {
        jdbc.update("DELETE FROM platform.provisioning_step WHERE tenant_key = ?", deleted.key().value());
    }
}
