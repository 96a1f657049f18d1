package org.partycloud.tenant.hierarchy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.partycloud.platform.tenancy.TenantRoles;
import org.partycloud.platform.tenancy.TenantContext;
import org.partycloud.platform.web.PageResult;
import org.partycloud.tenant.hierarchy.CommitteeHierarchy.AuditEntry;
import org.partycloud.tenant.hierarchy.CommitteeHierarchy.Invitation;
import org.partycloud.tenant.hierarchy.CommitteeHierarchy.Link;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The committee's side of the hierarchy ({@code X-Tenant} = the committee): invite a tenant (the answer carries the
 * code to hand to its admin), see and revoke invitations, list the tenants directly below, unlink one. Tenant
 * admins of the committee (and operators) change; its committee viewers read the subordinates. The audit of
 * both sides is at {@code /api/tenant/hierarchy/audit}.
 */
@RestController
class CommitteeController {

    private final CommitteeHierarchy hierarchy;

    CommitteeController(CommitteeHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    record NewInvitation(@NotBlank String tenant) {
    }

    @PostMapping("/api/tenant/committee/invitations")
    ResponseEntity<Invitation> invite(@Valid @RequestBody NewInvitation request) {
        var caller = TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        Invitation invitation = hierarchy.invite(TenantContext.require(), request.tenant().strip(), caller);
        return ResponseEntity.created(URI.create("/api/tenant/committee/invitations/" + invitation.id()))
                .body(invitation);
    }

    @GetMapping("/api/tenant/committee/invitations")
    List<Invitation> invitations() {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        return hierarchy.sentInvitations(TenantContext.require());
    }

    @GetMapping("/api/tenant/committee/invitations/{id}")
    Invitation invitation(@PathVariable UUID id) {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        return hierarchy.sentInvitation(TenantContext.require(), id);
    }

    @DeleteMapping("/api/tenant/committee/invitations/{id}")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        var caller = TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        hierarchy.revoke(TenantContext.require(), id, caller);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/tenant/committee/subordinates")
    List<Link> subordinates() {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN, TenantRoles.COMMITTEE_VIEWER);
        return hierarchy.subordinates(TenantContext.require());
    }

    @DeleteMapping("/api/tenant/committee/subordinates/{key}")
    ResponseEntity<Void> unlink(@PathVariable String key) {
        var caller = TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        hierarchy.unlinkSubordinate(TenantContext.require(), key, caller);
        return ResponseEntity.noContent().build();
    }

    /** Every hierarchy change this tenant took part in, as committee or as subordinate; newest first. */
    @GetMapping("/api/tenant/hierarchy/audit")
    PageResult<AuditEntry> audit(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        if (page < 0 || size < 1 || size > 200) {
            throw org.partycloud.platform.web.ProblemException.badRequest("invalid-page",
                    "page must be 0 or more and size between 1 and 200.");
        }
        var tenant = TenantContext.require();
        return new PageResult<>(hierarchy.audit(tenant, page, size), hierarchy.auditCount(tenant), page, size);
    }
}
