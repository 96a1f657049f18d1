package org.partycloud.tenant.modules;

import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.partycloud.platform.tenancy.TenantRoles;
import org.partycloud.platform.tenancy.TenantContext;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.platform.web.ProblemException;
import org.partycloud.tenant.plan.Module;
import org.partycloud.tenant.plan.Modules;
import org.partycloud.tenant.plan.Plan;
import org.partycloud.tenant.plan.Plans;
import org.partycloud.tenant.registry.TenantRegistry;
import org.partycloud.tenant.registry.TenantRegistry.TenantModules;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists the modules of the tenant's plan with their switch, and switches one on or off. Every change reaches
 * the gateway and the other services through the tenant feed.
 */
@RestController
@RequestMapping("/api/tenant/modules")
class ModuleController {

    private final TenantRegistry registry;
    private final Plans plans;
    private final Modules modules;

    ModuleController(TenantRegistry registry, Plans plans, Modules modules) {
        this.registry = registry;
        this.plans = plans;
        this.modules = modules;
    }

    record ModuleSwitch(@NotNull Boolean enabled) {
    }

    record TenantModuleView(String key, String platform, String name, String nameEn, boolean enabled) {
        static TenantModuleView of(Module m, TenantModules tenant) {
            return new TenantModuleView(m.key(), m.platform(), m.name(), m.nameEn(), tenant.enabled().contains(m.key()));
        }
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<TenantModuleView> list() {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        TenantModules tenant = registry.modules(TenantContext.require());
        Plan plan = plans.findById(tenant.plan()).orElseThrow();
        return plan.modules().stream().map(m -> TenantModuleView.of(m, tenant)).toList();
    }

    @PutMapping("/{module}")
    TenantModuleView switchModule(@PathVariable String module, @Valid @RequestBody ModuleSwitch request) {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        Module known = modules.findById(module).orElseThrow(() -> ProblemException
                .notFound("module-not-found", "There is no module '" + abbreviate(module) + "'."));
        TenantKey key = TenantContext.require();
        TenantModules tenant = registry.switchModule(key, known.key(), request.enabled());
        return TenantModuleView.of(known, tenant);
    }

    private static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
