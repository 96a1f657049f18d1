package org.partycloud.dues.rate;

import java.util.List;
import java.util.UUID;
import jakarta.validation.Valid;
import org.partycloud.platform.tenancy.TenantRoles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dues table of the tenant named by X-Tenant: any member reads it, a tenant admin adjusts it. */
@RestController
@RequestMapping("/api/dues/rate-brackets")
class RateBracketController {

    private final RateBracketService service;

    RateBracketController(RateBracketService service) {
        this.service = service;
    }

    /** The whole table, a handful of rows; wrapped in items so fields can be added without breaking clients. */
    record RateBracketTable(List<RateBracketView> items) {
    }

    @GetMapping
    RateBracketTable table() {
        return new RateBracketTable(service.table());
    }

    @PutMapping("/{id}")
    RateBracketView change(@PathVariable UUID id, @Valid @RequestBody RateBracketChange change) {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        return service.change(id, change);
    }
}
