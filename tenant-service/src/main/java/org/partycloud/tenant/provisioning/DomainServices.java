package org.partycloud.tenant.provisioning;

import org.partycloud.platform.internal.InternalApiClient;
import org.partycloud.core.tenant.TenantKey;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * The data-owning services' tenant endpoints, called with this service's client-credentials token. Both calls
 * are idempotent on the other side (create-or-migrate, drop-if-exists).
 */
@Component
class DomainServices {

    private final RestClient rest;

    DomainServices(InternalApiClient client) {
        this.rest = client.rest();
    }

    /** Creates and migrates the tenant's schema in the service's database and seeds its dictionaries. */
    void provision(String baseUrl, TenantKey key) {
        rest.put().uri(baseUrl + "/internal/tenants/{key}", key.value()).retrieve().toBodilessEntity();
    }

    /** Drops the tenant's schema; a service that never had it answers 204 or 404, both fine. */
    void deprovision(String baseUrl, TenantKey key) {
        try {
            rest.delete().uri(baseUrl + "/internal/tenants/{key}", key.value()).retrieve().toBodilessEntity();
        } catch (HttpClientErrorException.NotFound e) {
            // nothing to delete
        }
    }
}
