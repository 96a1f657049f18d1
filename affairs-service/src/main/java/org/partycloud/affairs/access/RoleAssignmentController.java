package org.partycloud.affairs.access;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.partycloud.platform.tenancy.TenantRoles;
import org.partycloud.platform.web.PageParameters;
import org.partycloud.platform.web.PageResult;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organisation-scoped roles of the tenant named by X-Tenant; tenant admin only.
 * <ul>
 * <li>{@code POST /api/affairs/role-assignments} {@link NewRoleAssignment} → 201 with {@code Location}; an unknown
 * organisation or member, or a member outside the organisation's subtree → 422; the same login, node and role
 * twice → 409</li>
 * <li>{@code GET /api/affairs/role-assignments} → {@code {items, total, page, size}}; {@code userId}, {@code orgId}</li>
 * <li>{@code GET /api/affairs/role-assignments/{id}}, {@code DELETE /api/affairs/role-assignments/{id}} → 204</li>
 * </ul>
 */
@RestController
@RequestMapping(RoleAssignmentController.PATH)
class RoleAssignmentController {

    static final String PATH = "/api/affairs/role-assignments";
    private static final List<String> SORTABLE = List.of("createdAt", "userId");
    private static final Sort DEFAULT_ORDER = Sort.by("createdAt");

    private final RoleAssignmentService service;

    RoleAssignmentController(RoleAssignmentService service) {
        this.service = service;
    }

    @PostMapping
    ResponseEntity<RoleAssignmentView> assign(@Valid @RequestBody NewRoleAssignment body) {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        RoleAssignmentView created = service.assign(body);
        return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created);
    }

    @GetMapping
    PageResult<RoleAssignmentView> list(@RequestParam(required = false) @Size(max = 100) String userId,
            @RequestParam(required = false) UUID orgId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageParameters.MAX_SIZE) int size,
            @RequestParam(required = false) String sort) {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        return service.search(userId, orgId, PageParameters.of(page, size, sort, SORTABLE, DEFAULT_ORDER));
    }

    @GetMapping("/{id}")
    RoleAssignmentView get(@PathVariable UUID id) {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        return service.get(id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> withdraw(@PathVariable UUID id) {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        service.withdraw(id);
        return ResponseEntity.noContent().build();
    }
}
