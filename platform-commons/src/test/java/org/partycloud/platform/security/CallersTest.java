package org.partycloud.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partycloud.core.token.Caller;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class CallersTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    private static Jwt token() {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("user-1")
                .claim("preferred_username", "corp-admin").claim("typ", "Bearer")
                .claim("organization", Map.of("democorp", Map.of("realm_access", Map.of("roles", List.of("tenant-admin")))))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
    }

    @Test
    void readsTheCallerOfTheRequestsToken() {
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token()));
        Caller caller = Callers.current().orElseThrow();
        assertThat(caller.userId()).isEqualTo("user-1");
        assertThat(caller.username()).isEqualTo("corp-admin");
        assertThat(caller.hasTenantRole("democorp", "tenant-admin")).isTrue();
    }

    @Test
    void theCallerActingInTheTenantWinsOverTheTokensOwn() {
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token()));
        MockHttpServletRequest request = new MockHttpServletRequest();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        Caller underSupport = Callers.ofToken().orElseThrow().underSupportAccess("demobureau", "g-1", true);
        Callers.actAs(request, underSupport);
        assertThat(Callers.current()).contains(underSupport);
        assertThat(Callers.ofToken().orElseThrow().supportAccess()).isEmpty();
    }

    @Test
    void nobodyWithoutAToken() {
        assertThat(Callers.current()).isEmpty();
    }
}
