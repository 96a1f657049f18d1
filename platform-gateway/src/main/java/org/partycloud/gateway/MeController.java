package org.partycloud.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me}: who the caller is and every tenant the token names, with the tenant's name, kind, status
 * and enabled modules from the directory and the caller's roles in it, so that a console can offer a switcher.
 */
@RestController
class MeController {

    private final TenantDirectory directory;

    MeController(TenantDirectory directory) {
        this.directory = directory;
    }

    record Me(String id, String username, Set<String> realmRoles, boolean platformAdmin, List<TenantView> tenants) {
    }

    record TenantView(String key, String name, String kind, String status, Set<String> roles, Set<String> modules) {
    }

    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal Jwt jwt) {
        return describe(Caller.from(jwt), directory);
    }

    static Me describe(Caller caller, TenantDirectory directory) {
        List<TenantView> tenants = new ArrayList<>();
        caller.tenants().forEach((key, roles) -> {
            TenantDirectory.Tenant t = directory.find(key).orElse(null);
            tenants.add(new TenantView(key, t == null ? null : t.name(), t == null ? null : t.kind(),
                    t == null ? null : t.status(), roles, t == null ? Set.of() : new TreeSet<>(t.modules())));
        });
        return new Me(caller.userId(), caller.username(), caller.realmRoles(), caller.isPlatformAdmin(), tenants);
    }
}
