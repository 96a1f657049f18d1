package org.partycloud.platform.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.partycloud.core.token.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The request's {@link Caller}: read from its access token, or, once the tenant filter admitted the request, the
 * caller as he acts in the request's tenant (an operator under support access holds the tenant-admin role there).
 */
public final class Callers {

    private static final String ACTING = Callers.class.getName() + ".acting";

    private Callers() {
    }

    public static Optional<Caller> current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ACTING, RequestAttributes.SCOPE_REQUEST) instanceof Caller acting) {
            return Optional.of(acting);
        }
        return token().map(Callers::from);
    }

    /** The caller of the token alone, whatever tenant the request names. */
    public static Optional<Caller> ofToken() {
        return token().map(Callers::from);
    }

    public static Caller from(Jwt jwt) {
        Map<String, Object> claims = new HashMap<>(jwt.getClaims());
        claims.put("sub", jwt.getSubject());
        return Caller.fromClaims(claims);
    }

    /** Set by the tenant filter for the rest of the request. */
    public static void actAs(jakarta.servlet.http.HttpServletRequest request, Caller caller) {
        request.setAttribute(ACTING, caller);
    }

    private static Optional<Jwt> token() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth instanceof JwtAuthenticationToken token ? Optional.of(token.getToken()) : Optional.empty();
    }
}
