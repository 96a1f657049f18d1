package org.partycloud.tenant.registry;

import org.partycloud.core.tenant.TenantKey;
import org.partycloud.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** No tenant with this key was ever registered. */
class TenantNotFoundException extends ProblemException {

    TenantNotFoundException(TenantKey key) {
        super(HttpStatus.NOT_FOUND, "tenant-not-found", "未找到 Not found", "There is no tenant '" + key + "'.");
        with("tenant", key.value());
    }
}
