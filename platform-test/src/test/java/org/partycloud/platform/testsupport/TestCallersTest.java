package org.partycloud.platform.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.partycloud.core.token.Caller;
import org.partycloud.core.token.Roles;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The test tokens must read as real Keycloak tokens do, or every service IT would test a fiction. */
class TestCallersTest {

    /**
     * The caller the service would see: spring-security-test leaves the security context in a request
     * attribute for MockMvc's security filters to load; its token is read by Caller as in production.
     */
    private static Caller signIn(RequestPostProcessor caller) {
        MockHttpServletRequest request = caller.postProcessRequest(new MockHttpServletRequest());
        SecurityContext context = Collections.list(request.getAttributeNames()).stream().map(request::getAttribute)
                .filter(SecurityContext.class::isInstance).map(SecurityContext.class::cast).findFirst().orElseThrow();
        var jwt = ((JwtAuthenticationToken) context.getAuthentication()).getToken();
        java.util.Map<String, Object> claims = new java.util.HashMap<>(jwt.getClaims());
        claims.put("sub", jwt.getSubject());
        return Caller.fromClaims(claims);
    }

    @Test
    void tenantAdminHoldsTheRoleInItsTenantOnly() {
        Caller caller = signIn(TestCallers.tenantAdmin("democorp"));

        assertThat(caller.belongsTo("democorp")).isTrue();
        assertThat(caller.hasTenantRole("democorp", Roles.TENANT_ADMIN)).isTrue();
        assertThat(caller.belongsTo("demogw")).isFalse();
        assertThat(caller.hasTenantRole("demogw", Roles.TENANT_ADMIN)).isFalse();
        assertThat(caller.isPlatformAdmin()).isFalse();
    }

    @Test
    void memberBelongsToItsTenantWithoutARole() {
        Caller caller = signIn(TestCallers.member("democorp"));

        assertThat(caller.belongsTo("democorp")).isTrue();
        assertThat(caller.tenants().get("democorp")).isEmpty();
    }

    @Test
    void platformAdminAndServiceCarryTheirRealmRoles() {
        assertThat(signIn(TestCallers.platformAdmin()).isPlatformAdmin()).isTrue();
        Caller service = signIn(TestCallers.service());
        assertThat(service.isService()).isTrue();
        assertThat(service.isPlatformAdmin()).isFalse();
    }
}
