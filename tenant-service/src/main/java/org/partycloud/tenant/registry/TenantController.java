package org.partycloud.tenant.registry;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.core.tenant.TenantStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The platform operator's tenant resources. Provisioning and deletion run in the background: both answer 202. */
@RestController
@RequestMapping("/api/tenant/tenants")
@PreAuthorize("hasRole('platform-admin')")
class TenantController {

    /** API sort names and the attributes they sort by. */
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt",
            "updatedAt", "updatedAt", "key", "tenantKey", "name", "name", "status", "status",
            "subscriptionEnd", "subscriptionEnd");

    private final TenantRegistry registry;

    TenantController(TenantRegistry registry) {
        this.registry = registry;
    }

    record Suspension(@NotBlank @Size(max = 500) String reason) {
    }

    record Renewal(@NotNull LocalDate subscriptionEnd) {
    }

    record TenantList(List<TenantView> items, long total, int page, int size) {
    }

    @PostMapping
    ResponseEntity<TenantCreated> register(@Valid @RequestBody TenantRegistration registration) {
        TenantCreated created = registry.register(registration);
        return ResponseEntity.accepted().location(location(created.tenant().key())).body(created);
    }

    @GetMapping("/{key}")
    TenantView get(@PathVariable String key) {
        return registry.view(TenantKey.of(key));
    }

    @GetMapping
    TenantList list(@RequestParam(required = false) TenantStatus status,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String plan,
            @RequestParam(required = false) String q,
            @PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable) {
        TenantKind tenantKind = null;
        if (kind != null && !kind.isBlank()) {
            if (!kind.matches(TenantKind.CODES)) {
                throw InvalidInput.field("kind", "one of enterprise, agency, committee");
            }
            tenantKind = TenantKind.of(kind);
        }
        if (q != null && q.length() > 100) {
            throw InvalidInput.field("q", "at most 100 characters");
        }
        TenantSearch search = new TenantSearch(status, tenantKind, blankToNull(plan), blankToNull(q));
        Page<TenantView> page = registry.search(search, sortable(pageable));
        return new TenantList(page.getContent(), page.getTotalElements(), pageable.getPageNumber(), pageable.getPageSize());
    }

    @PostMapping("/{key}/suspend")
    TenantView suspend(@PathVariable String key, @Valid @RequestBody Suspension suspension) {
        return registry.suspend(TenantKey.of(key), suspension.reason().strip());
    }

    @PostMapping("/{key}/resume")
    TenantView resume(@PathVariable String key) {
        return registry.resume(TenantKey.of(key));
    }

    @PostMapping("/{key}/renew")
    TenantView renew(@PathVariable String key, @Valid @RequestBody Renewal renewal) {
        return registry.renew(TenantKey.of(key), renewal.subscriptionEnd());
    }

    @PostMapping("/{key}/retry")
    ResponseEntity<TenantView> retry(@PathVariable String key) {
        TenantView view = registry.retry(TenantKey.of(key));
        return ResponseEntity.accepted().location(location(view.key())).body(view);
    }

    @DeleteMapping("/{key}")
    ResponseEntity<TenantView> delete(@PathVariable String key) {
        TenantView view = registry.requestDeletion(TenantKey.of(key));
        return ResponseEntity.accepted().location(location(view.key())).body(view);
    }

    private static URI location(String key) {
        return URI.create("/api/tenant/tenants/" + key);
    }

    /** Sorts only by the whitelisted properties, translated to attribute names; anything else is a 400. */
    private static Pageable sortable(Pageable pageable) {
        List<Sort.Order> orders = pageable.getSort().stream().map(order -> {
            String attribute = SORTABLE.get(order.getProperty());
            if (attribute == null) {
                throw InvalidInput.field("sort", "one of " + Set.copyOf(SORTABLE.keySet()).stream().sorted().toList());
            }
            return order.withProperty(attribute);
        }).toList();
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(orders));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
