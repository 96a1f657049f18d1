package org.partycloud.affairs.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.partycloud.platform.tenancy.TenantRoles;
import org.partycloud.platform.web.PageParameters;
import org.partycloud.platform.web.PageResult;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/affairs/audit}: the audit log of the tenant named by X-Tenant, newest first, for its tenant
 * admin only. Parameters {@code action}, {@code actor}, {@code from} and {@code to} (ISO dates, inclusive),
 * {@code page}, {@code size}, {@code sort} ({@code at}, {@code action}).
 */
@RestController
@RequestMapping("/api/affairs/audit")
class AuditController {

    private static final List<String> SORTABLE = List.of("at", "action");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("at"));

    private final AuditEntries entries;
    private final Clock clock;

    AuditController(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @GetMapping
    PageResult<AuditEntryView> list(@RequestParam(required = false) @Size(max = 60) String action,
            @RequestParam(required = false) @Size(max = 100) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageParameters.MAX_SIZE) int size,
            @RequestParam(required = false) String sort) {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        return PageResult.of(entries.findAll(new AuditSearch(action, actor, from, to).toSpecification(clock),
                PageParameters.of(page, size, sort, SORTABLE, NEWEST_FIRST)).map(AuditEntryView::of));
    }
}
