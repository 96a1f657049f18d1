package org.partycloud.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

    record Me(String id, String username, Set<String> realmRoles, boolean platformAdmin, List<TenantView> tenants) {
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
                    t == null ? null : t.status(), roles, t == null ? Set.of() : new TreeSet<>(t.modules())));
        });
        return new Me(caller.userId(), caller.username(), caller.realmRoles(), caller.isPlatformAdmin(), tenants);
    }
}
