package org.partycloud.platform.tenancy;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partycloud.core.problem.ProblemTypes;
import org.partycloud.core.tenant.TenantAdmission;
import org.partycloud.core.tenant.TenantAdmission.Admitted;
import org.partycloud.core.tenant.TenantAdmission.Refused;
import org.partycloud.core.token.Caller;
import org.partycloud.platform.security.Callers;
import org.partycloud.platform.web.Problems;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the request's tenant from the {@code X-Tenant} header by the platform's one admission rule
 * ({@link TenantAdmission}: a member of the tenant, or an operator under its support grant; a known, served
 * tenant), refuses changes under a read-only support grant, and has every request made under support access
 * recorded in the tenant's log. Runs after authentication, inside the security filter chain.
 */
public class TenantRequestFilter extends OncePerRequestFilter {

    public static final String HEADER = TenantAdmission.HEADER;
    private final TenantDirectory directory;
    private final List<String> tenantPaths;
    private final List<String> tenantFreePaths;
    private final SupportAccessLog supportLog;
    private final Clock clock;
    private final AntPathMatcher matcher = new AntPathMatcher();

    public TenantRequestFilter(TenantDirectory directory, List<String> tenantPaths, List<String> tenantFreePaths,
            SupportAccessLog supportLog, Clock clock) {
        this.directory = directory;
        this.tenantPaths = List.copyOf(tenantPaths);
        this.tenantFreePaths = List.copyOf(tenantFreePaths);
        this.supportLog = supportLog;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return tenantPaths.stream().noneMatch(p -> matcher.match(p, path))
                || tenantFreePaths.stream().anyMatch(p -> matcher.match(p, path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Caller> caller = Callers.ofToken();
        if (caller.isEmpty()) {
            Problems.write(request, response, Problems.of(ProblemTypes.UNAUTHENTICATED, "A bearer token is required."));
            return;
        }
        TenantAdmission.Result result = TenantAdmission.admit(request.getHeader(HEADER), caller.get(),
                directory::stateOf, clock.instant());
        if (result instanceof Refused refused) {
            Problems.write(request, response, Problems.of(refused));
            return;
        }
        Admitted admitted = (Admitted) result;
        Optional<Refused> readOnly = TenantAdmission.refusedChange(admitted.caller(), request.getMethod());
        if (readOnly.isPresent()) {
            Problems.write(request, response, Problems.of(readOnly.get()));
            supportLog.record(admitted.tenant(), admitted.caller(), request, response.getStatus());
            return;
        }
        Callers.actAs(request, admitted.caller());
        TenantContext.set(admitted.tenant());
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
            if (admitted.caller().supportAccess().isPresent()) {
                supportLog.record(admitted.tenant(), admitted.caller(), request, response.getStatus());
            }
        }
    }
}
