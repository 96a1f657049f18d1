package org.partycloud.tenant.settings;

import jakarta.validation.Valid;
import org.partycloud.core.token.Caller;
import org.partycloud.platform.tenancy.TenantRoles;
import org.partycloud.platform.tenancy.TenantContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenant admin reads and replaces the tenant's settings document. */
@RestController
@RequestMapping("/api/tenant/settings")
class SettingsController {

    private final SettingsStore store;

    SettingsController(SettingsStore store) {
        this.store = store;
    }

    @GetMapping
    TenantSettings get() {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        return store.settingsOf(TenantContext.require());
    }

    @PutMapping
    TenantSettings replace(@Valid @RequestBody TenantSettings settings) {
        Caller caller = TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        return store.replace(TenantContext.require(), settings,
                caller.username() != null ? caller.username() : caller.userId());
    }
}
