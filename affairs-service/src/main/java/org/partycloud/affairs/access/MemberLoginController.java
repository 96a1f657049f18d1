package org.partycloud.affairs.access;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Members' logins in the tenant named by X-Tenant; tenant admin only.
 * <ul>
 * <li>{@code POST /api/affairs/member-logins} {@link MemberInvitation} → 200 {@link InvitationResult}: per member
 * {@code created} (with the username and the temporary password, shown this once), {@code alreadyHasLogin},
 * {@code notFound} (no such member in this tenant) or {@code notCurrent} (a former member); tenant-service
 * failing → 503 {@code member-logins-unavailable} with nothing recorded</li>
 * <li>{@code GET /api/affairs/member-logins} → {@code {items, total, page, size}} of {@link MemberLoginView};
 * {@code memberId} (repeatable, up to 100) and {@code q} (part of the username)</li>
 * </ul>
 */
@RestController
@RequestMapping(MemberLoginController.PATH)
class MemberLoginController {

    static final String PATH = "/api/affairs/member-logins";
    private static final List<String> SORTABLE = List.of("createdAt", "username");
    private static final Sort DEFAULT_ORDER = Sort.by("username");

    private final MemberLoginService service;

    MemberLoginController(MemberLoginService service) {
        this.service = service;
    }

    @PostMapping
    InvitationResult invite(@Valid @RequestBody MemberInvitation body) {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        return service.invite(body);
    }

    @GetMapping
    PageResult<MemberLoginView> list(@RequestParam(required = false) @Size(max = 100) List<UUID> memberId,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageParameters.MAX_SIZE) int size,
            @RequestParam(required = false) String sort) {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        return service.search(memberId, q, PageParameters.of(page, size, sort, SORTABLE, DEFAULT_ORDER));
    }
}
