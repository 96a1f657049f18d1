package org.partycloud.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.time.Instant;
import org.partycloud.core.tenant.SupportGrant;
import org.partycloud.core.token.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/me}: who the caller is and every tenant the token names, with the tenant's name, kind, status
 * and enabled modules from the directory and the caller's roles in it, so that a console can offer a switcher.
 */
@RestController
class MeController {

    private final TenantDirectory directory;
    private final CallerResolver callers;

    MeController(TenantDirectory directory, CallerResolver callers) {
        this.directory = directory;
        this.callers = callers;
    }

    /** @param support for an operator: the tenants whose admins have granted him support access now */
    record Me(String id, String username, Set<String> realmRoles, boolean platformAdmin, List<TenantView> tenants,
            List<SupportView> support) {
    }

    record SupportView(String key, String name, String kind, Instant until, boolean readOnly) {
    }

    record TenantView(String key, String name, String kind, String status, Set<String> roles, Set<String> modules) {
    }

    @GetMapping("/api/me")
    Mono<Me> me(ServerWebExchange exchange) {
        return callers.resolve(exchange).map(caller -> describe(caller, directory))
                .switchIfEmpty(Mono.error(SessionExpiredException::new));
    }

    /** A browser session whose tokens Keycloak no longer refreshes: the user logs in again. */
    static final class SessionExpiredException extends RuntimeException {
        SessionExpiredException() {
            super("The login session has ended; log in again.");
        }
    }

    static Me describe(Caller caller, TenantDirectory directory) {
        List<TenantView> tenants = new ArrayList<>();
        caller.tenants().forEach((key, roles) -> {
            TenantDirectory.Tenant t = directory.find(key).orElse(null);
            tenants.add(new TenantView(key, t == null ? null : t.name(), t == null ? null : t.kind(),
                    t == null ? null : t.status().name(), roles, t == null ? Set.of() : new TreeSet<>(t.modules())));
        });
        List<SupportView> support = new ArrayList<>();
        if (caller.isPlatformAdmin()) {
            Instant now = Instant.now();
            for (TenantDirectory.Tenant t : directory.withSupportGrants()) {
                SupportGrant grant = t.state().support();
                if (grant.admits(caller.username(), now) && t.isServed()) {
                    support.add(new SupportView(t.key().value(), t.name(), t.kind(), grant.until(), grant.readOnly()));
                }
            }
            support.sort(java.util.Comparator.comparing(SupportView::key));
        }
        return new Me(caller.userId(), caller.username(), caller.realmRoles(), caller.isPlatformAdmin(), tenants,
                support);
    }
}
