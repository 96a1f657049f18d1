package org.partycloud.tenant.plan;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The plan catalogue for platform operators choosing a tenant's plan. */
@RestController
@PreAuthorize("hasRole('platform-admin')")
class PlanController {

    private final Plans plans;

    PlanController(Plans plans) {
        this.plans = plans;
    }

    record ModuleView(String key, String platform, String name, String nameEn) {
        static ModuleView of(Module m) {
            return new ModuleView(m.key(), m.platform(), m.name(), m.nameEn());
        }
    }

    record PlanView(String key, String name, String nameEn, String description, List<ModuleView> modules) {
    }

    @GetMapping("/api/tenant/plans")
    @Transactional(readOnly = true)
    List<PlanView> plans() {
        return plans.findAllInOrder().stream()
                .map(p -> new PlanView(p.key(), p.name(), p.nameEn(), p.description(),
                        p.modules().stream().map(ModuleView::of).toList()))
                .toList();
    }
}
