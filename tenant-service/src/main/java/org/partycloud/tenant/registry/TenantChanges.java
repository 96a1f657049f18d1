package org.partycloud.tenant.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import org.partycloud.platform.feed.ChangeFeed;
import org.partycloud.platform.tenancy.JdbcTenantDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Publishes every status or module change of a tenant to the tenant feed, in the transaction that saves the
 * tenant, in the shape {@link JdbcTenantDirectory} of the other services applies, with the tenant's name and
 * kind for the gateway's directory (which names the tenants of {@code /api/me}).
 */
@Component
class TenantChanges {

    private final ChangeFeed feed;
    private final Tenants tenants;

    TenantChanges(ChangeFeed feed, Tenants tenants) {
        this.feed = feed;
        this.tenants = tenants;
    }

    @EventListener
    void on(TenantChanged change) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("key", change.key().value());
        payload.put("status", change.status().name());
        payload.put("modules", change.modules().stream().sorted().toList());
        if (change.reason() != null) {
            payload.put("reason", change.reason());
        }
        // The tenant being saved is in this transaction's persistence context: no extra query.
        tenants.findById(change.key().value()).ifPresent(tenant -> {
            payload.put("name", tenant.name());
            payload.put("kind", tenant.kind().code());
        });
        feed.append(change.key(), JdbcTenantDirectory.TENANT_CHANGED, change.key().value(), payload);
    }
}
