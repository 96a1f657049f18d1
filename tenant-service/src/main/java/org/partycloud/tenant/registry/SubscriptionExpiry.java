package org.partycloud.tenant.registry;

import org.partycloud.core.tenant.TenantKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks ACTIVE tenants whose subscription has ended EXPIRED: every night shortly after midnight of the
 * platform's zone, and at start-up so that a service that was down at midnight catches up.
 */
@Component
public class SubscriptionExpiry {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionExpiry.class);
    private final TenantRegistry registry;

    SubscriptionExpiry(TenantRegistry registry) {
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStartup() {
        expireEnded();
    }

    /** Answers how many tenants were marked EXPIRED. */
    @Scheduled(cron = "${partycloud.registry.expiry-check-cron:0 5 0 * * *}", zone = "${partycloud.registry.zone:Asia/Shanghai}")
    public int expireEnded() {
        int expired = 0;
        for (TenantKey key : registry.endedButActive()) {
            try {
                if (registry.expireIfEnded(key)) {
                    expired++;
                    log.info("Tenant {} expired: its subscription has ended", key);
                }
            } catch (RuntimeException e) {
                // One tenant changed meanwhile (e.g. renewed or suspended): the others still expire.
                log.warn("Could not expire tenant {}: {}", key, e.toString());
            }
        }
        return expired;
    }
}
