package org.partycloud.affairs.officer;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.partycloud.platform.tenancy.TenantRoles;
import org.partycloud.platform.web.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Officers of the organisations of the tenant named by X-Tenant: any member reads, a tenant admin appoints.
 * <ul>
 * <li>{@code POST /api/affairs/organizations/{orgId}/officers} {@link Appointment} → 201 with the officer</li>
 * <li>{@code GET /api/affairs/organizations/{orgId}/officers} → serving officers; {@code includeFormer=true} for
 * every term</li>
 * <li>{@code GET /api/affairs/organizations/{orgId}/officers/{id}} → the officer</li>
 * <li>{@code POST /api/affairs/organizations/{orgId}/officers/{id}/end} {@link TermEnd} → the officer</li>
 * <li>{@code GET /api/affairs/organizations/re-elections-due} → organisations whose term ends within
 * {@code withinMonths} (default 6) or is over, earliest first (换届提醒)</li>
 * </ul>
 * Lists are short, so they come whole, in the {@code {items, total, page, size}} shape of every list.
 */
@RestController
@RequestMapping("/api/affairs/organizations")
class OfficerController {

    private final OfficerService service;

    OfficerController(OfficerService service) {
        this.service = service;
    }

    @PostMapping("/{orgId}/officers")
    ResponseEntity<OfficerView> appoint(@PathVariable UUID orgId, @Valid @RequestBody Appointment body) {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        OfficerView officer = service.appoint(orgId, body);
        return ResponseEntity.created(URI.create("/api/affairs/organizations/" + orgId + "/officers/" + officer.id()))
                .body(officer);
    }

    @GetMapping("/{orgId}/officers")
    PageResult<OfficerView> list(@PathVariable UUID orgId,
            @RequestParam(defaultValue = "false") boolean includeFormer) {
        return whole(service.list(orgId, includeFormer));
    }

    @GetMapping("/{orgId}/officers/{id}")
    OfficerView get(@PathVariable UUID orgId, @PathVariable UUID id) {
        return service.get(orgId, id);
    }

    @PostMapping("/{orgId}/officers/{id}/end")
    OfficerView end(@PathVariable UUID orgId, @PathVariable UUID id, @Valid @RequestBody TermEnd body) {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        return service.end(orgId, id, body);
    }

    @GetMapping("/re-elections-due")
    PageResult<ReElectionDue> reElectionsDue(@RequestParam(defaultValue = "6") @Min(0) @Max(60) int withinMonths) {
        return whole(service.reElectionsDue(withinMonths));
    }

    private static <T> PageResult<T> whole(List<T> items) {
        return new PageResult<>(items, items.size(), 0, items.size());
    }
}
