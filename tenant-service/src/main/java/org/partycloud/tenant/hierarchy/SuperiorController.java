package org.partycloud.tenant.hierarchy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.partycloud.platform.tenancy.TenantRoles;
import org.partycloud.platform.tenancy.TenantContext;
import org.partycloud.tenant.hierarchy.CommitteeHierarchy.Invitation;
import org.partycloud.tenant.hierarchy.CommitteeHierarchy.Link;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The invited tenant's side ({@code X-Tenant} = the tenant): its superior committee, the open invitations
 * addressed to it, accepting one by its code (the consent to share the tenant's figures, never its people's data)
 * or declining it, and unlinking. Tenant admins only.
 */
@RestController
class SuperiorController {

    private final CommitteeHierarchy hierarchy;

    SuperiorController(CommitteeHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    record Acceptance(@NotBlank String code) {
    }

    @GetMapping("/api/tenant/superior")
    Link superior() {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        return hierarchy.superior(TenantContext.require()).orElseThrow(CommitteeHierarchy::noSuperior);
    }

    @DeleteMapping("/api/tenant/superior")
    ResponseEntity<Void> unlink() {
        var caller = TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        hierarchy.unlinkSuperior(TenantContext.require(), caller);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/tenant/superior/invitations")
    List<Invitation> invitations() {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        return hierarchy.receivedInvitations(TenantContext.require());
    }

    @PostMapping("/api/tenant/superior/invitations/accept")
    ResponseEntity<Link> accept(@Valid @RequestBody Acceptance request) {
        var caller = TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        Link link = hierarchy.accept(TenantContext.require(), request.code(), caller);
        return ResponseEntity.created(URI.create("/api/tenant/superior")).body(link);
    }

    @PostMapping("/api/tenant/superior/invitations/{id}/decline")
    ResponseEntity<Void> decline(@PathVariable UUID id) {
        var caller = TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        hierarchy.decline(TenantContext.require(), id, caller);
        return ResponseEntity.noContent().build();
    }
}
