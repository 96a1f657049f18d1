package org.partycloud.platform.tenancy;

import java.io.IOException;
import java.util.List;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partycloud.platform.security.Caller;
import org.partycloud.platform.web.ProblemException;
import org.partycloud.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the request's tenant from the {@code X-Tenant} header after checking it: a valid key (400), a caller
 * whose token names that tenant or a platform operator (403, never a silent switch), a known (404) and
 * active (403 naming the reason) tenant. Runs after authentication, inside the security filter chain.
 */
public class TenantRequestFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Tenant";
    private final TenantDirectory directory;
    private final List<String> tenantPaths;
    private final List<String> tenantFreePaths;
    private final AntPathMatcher matcher = new AntPathMatcher();

    public TenantRequestFilter(TenantDirectory directory, List<String> tenantPaths, List<String> tenantFreePaths) {
        this.directory = directory;
        this.tenantPaths = List.copyOf(tenantPaths);
        this.tenantFreePaths = List.copyOf(tenantFreePaths);
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
        TenantKey key;
        try {
            key = admit(request.getHeader(HEADER));
        } catch (ProblemException e) {
            Problems.write(request, response, Problems.of(e));
            return;
        }
        TenantContext.set(key);
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
        }
    }

    TenantKey admit(String header) {
        if (header == null || header.isBlank()) {
            throw ProblemException.badRequest("tenant-header-missing",
                    "This resource belongs to a tenant: name it with the X-Tenant header.");
        }
        TenantKey key = TenantKey.of(header.trim());
        Caller caller = Caller.current().orElseThrow(() -> new ProblemException(HttpStatus.UNAUTHORIZED,
                "unauthenticated", "未登录 Unauthenticated", "A bearer token is required."));
        if (!caller.belongsTo(key.value()) && !caller.isPlatformAdmin()) {
            throw ProblemException.forbidden("tenant-not-member",
                    "Your account does not belong to tenant '" + key + "'.").with("tenant", key.value());
        }
        TenantStatus status = directory.statusOf(key).orElseThrow(() -> ProblemException
                .notFound("tenant-not-found", "There is no tenant '" + key + "'.").with("tenant", key.value()));
        if (!status.isServed()) {
            ProblemException problem = notServed(key, status);
            directory.reasonOf(key).ifPresent(reason -> problem.with("reason", reason));
            throw problem;
        }
        return key;
    }

    private static ProblemException notServed(TenantKey key, TenantStatus status) {
        String detail = switch (status) {
            case SUSPENDED -> "Tenant '" + key + "' is suspended (租户已停用); its data is kept.";
            case EXPIRED -> "Tenant '" + key + "' has expired (租户订阅已到期); its data is kept.";
            case DELETED, DELETING -> "Tenant '" + key + "' has been deleted (租户已删除).";
            default -> "Tenant '" + key + "' is not active yet (租户尚未开通).";
        };
        String slug = "tenant-" + status.name().toLowerCase();
        return ProblemException.forbidden(slug, detail).with("tenant", key.value()).with("tenantStatus", status.name());
    }
}
