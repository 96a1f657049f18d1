package org.partycloud.affairs.organization;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation tree of the tenant named by X-Tenant: the tenant admin reads and changes all of it; an officer
 * reads and edits the nodes they maintain (404 for any other); founding, moving and dissolving are the tenant
 * admin's.
 * <ul>
 * <li>{@code POST /api/affairs/organizations} {@link NewOrganization} → 201 with {@code Location}</li>
 * <li>{@code GET /api/affairs/organizations/{id}} → the organisation, dissolved or not</li>
 * <li>{@code PUT /api/affairs/organizations/{id}} {@link OrganizationEdit} → the organisation</li>
 * <li>{@code POST /api/affairs/organizations/{id}/move} {@code {parentId}} → the organisation; under itself or a
 * descendant is a 409</li>
 * <li>{@code POST /api/affairs/organizations/{id}/dissolution} {@code {date, reason}} → the organisation; only
 * an empty one (409 otherwise); it is kept, and hidden from lists unless {@code includeDissolved=true}</li>
 * <li>{@code GET /api/affairs/organizations} → {@code {items, total, page, size}}; {@code parentId}, {@code q},
 * {@code includeDissolved}, {@code page}, {@code size}, {@code sort}</li>
 * </ul>
 */
@RestController
@RequestMapping(OrganizationController.PATH)
class OrganizationController {

    static final String PATH = "/api/affairs/organizations";
    private static final List<String> SORTABLE = List.of("displayOrder", "name", "code", "foundedOn", "createdAt");
    private static final Sort DEFAULT_ORDER = Sort.by("displayOrder", "name");

    private final OrganizationService service;

    OrganizationController(OrganizationService service) {
        this.service = service;
    }

    @PostMapping
    ResponseEntity<OrganizationView> found(@Valid @RequestBody NewOrganization body) {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        OrganizationView created = service.found(body);
        // A path, not an absolute URL: behind the gateway only the client knows the public host.
        return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    OrganizationView get(@PathVariable UUID id) {
        return service.get(id);
    }

    @PutMapping("/{id}")
    OrganizationView edit(@PathVariable UUID id, @Valid @RequestBody OrganizationEdit body) {
        return service.edit(id, body);
    }

    @PostMapping("/{id}/move")
    OrganizationView move(@PathVariable UUID id, @RequestBody OrganizationMove body) {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        return service.move(id, body);
    }

    @PostMapping("/{id}/dissolution")
    OrganizationView dissolve(@PathVariable UUID id, @Valid @RequestBody Dissolution body) {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        return service.dissolve(id, body);
    }

    @GetMapping
    PageResult<OrganizationView> list(@RequestParam(required = false) UUID parentId,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "false") boolean includeDissolved,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageParameters.MAX_SIZE) int size,
            @RequestParam(required = false) String sort) {
        return service.search(new OrganizationSearch(parentId, q, includeDissolved),
                PageParameters.of(page, size, sort, SORTABLE, DEFAULT_ORDER));
    }
}
