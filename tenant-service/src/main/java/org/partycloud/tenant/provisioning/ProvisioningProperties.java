package org.partycloud.tenant.provisioning;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param services base URL of each data-owning service by name (affairs, dues, learning); each gets
 *     {@code PUT/DELETE /internal/tenants/{key}}; a blank URL leaves the service out
 * @param parallelism how many tenants are provisioned or deleted at once
 */
@ConfigurationProperties("partycloud.provisioning")
record ProvisioningProperties(@DefaultValue Map<String, String> services, @DefaultValue("4") int parallelism) {

    /** The services to call, by name in a stable order, with blank entries left out. */
    Map<String, String> activeServices() {
        Map<String, String> active = new TreeMap<>();
        services.forEach((name, url) -> {
            if (url != null && !url.isBlank()) {
                active.put(name, url.strip().replaceAll("/+$", ""));
            }
        });
        return active;
    }
}
