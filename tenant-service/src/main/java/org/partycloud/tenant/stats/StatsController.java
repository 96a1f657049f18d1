package org.partycloud.tenant.stats;

import org.partycloud.platform.security.Callers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.partycloud.core.token.Caller;
import org.partycloud.platform.tenancy.TenantRoles;
import org.partycloud.platform.tenancy.TenantContext;
import org.partycloud.platform.web.PageParameters;
import org.partycloud.platform.web.PageResult;
import org.partycloud.platform.web.ProblemException;
import org.partycloud.tenant.stats.StatsRuns.RunView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The statistics runs for the platform operator (run any day by hand, see each run's status, duration, the
 * domain jobs' partitions and errors) and the dashboard for a tenant's admins and committee viewers.
 */
@RestController
@Validated
class StatsController {

    private final StatsRuns runs;
    private final Dashboard dashboard;

    StatsController(StatsRuns runs, Dashboard dashboard) {
        this.runs = runs;
        this.dashboard = dashboard;
    }

    record RunRequest(@NotNull LocalDate date) {
    }

    @PostMapping("/api/tenant/stats/runs")
    @PreAuthorize("hasRole('platform-admin')")
    ResponseEntity<RunView> run(@Valid @RequestBody RunRequest request) {
        Caller caller = Callers.current().orElseThrow();
        RunView run = runs.start(request.date(), "OPERATOR",
                caller.username() == null ? caller.userId() : caller.username());
        return ResponseEntity.accepted().location(URI.create("/api/tenant/stats/runs/" + run.id())).body(run);
    }

    @GetMapping("/api/tenant/stats/runs")
    @PreAuthorize("hasRole('platform-admin')")
    PageResult<RunView> runs(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageParameters.MAX_SIZE) int size) {
        return new PageResult<>(runs.list(page, size), runs.count(), page, size);
    }

    @GetMapping("/api/tenant/stats/runs/{id}")
    @PreAuthorize("hasRole('platform-admin')")
    RunView run(@PathVariable UUID id) {
        return runs.get(id);
    }

    /**
     * The dashboard of the tenant in {@code X-Tenant} (a committee sees everything below it; every tenant its
     * own figures), or of a tenant below it ({@code subordinate}), on {@code date} or the latest day.
     */
    @GetMapping("/api/tenant/dashboard")
    Dashboard.View dashboard(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam Optional<String> subordinate) {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN, TenantRoles.COMMITTEE_VIEWER);
        if (subordinate.isPresent() && subordinate.get().isBlank()) {
            throw ProblemException.badRequest("invalid-subordinate", "The subordinate parameter is empty.");
        }
        return dashboard.of(TenantContext.require(), subordinate.map(String::strip), Optional.ofNullable(date));
    }
}
