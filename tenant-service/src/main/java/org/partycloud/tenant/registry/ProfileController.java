package org.partycloud.tenant.registry;

import org.partycloud.platform.tenancy.TenantContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's own profile, for any member of the tenant named in X-Tenant. */
@RestController
class ProfileController {

    private final TenantRegistry registry;

    ProfileController(TenantRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/api/tenant/profile")
    TenantProfile profile() {
        return registry.profile(TenantContext.require());
    }
}
