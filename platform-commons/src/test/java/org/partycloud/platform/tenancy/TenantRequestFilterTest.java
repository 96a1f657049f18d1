package org.partycloud.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class TenantRequestFilterTest {

    private final Map<String, TenantStatus> statuses = Map.of("tenanta", TenantStatus.ACTIVE, "tenantb",
            TenantStatus.ACTIVE, "frozen", TenantStatus.SUSPENDED);
    private final TenantDirectory directory = new TenantDirectory() {
        @Override
        public Optional<TenantStatus> statusOf(TenantKey key) {
            return Optional.ofNullable(statuses.get(key.value()));
        }

        @Override
        public Optional<String> reasonOf(TenantKey key) {
            return key.value().equals("frozen") ? Optional.of("合同到期未续费") : Optional.empty();
        }
    };
    private final TenantRequestFilter filter = new TenantRequestFilter(directory, List.of("/api/**"),
            List.of("/api/tenant/tenants/**"));

    @AfterEach
    void clearSecurity() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(Map<String, Object> organization, List<String> realmRoles) {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("u1").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60)).claim("organization", organization)
                .claim("realm_access", Map.of("roles", realmRoles)).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }

    private MockHttpServletResponse call(String path, String tenant, AtomicReference<TenantKey> seen) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (tenant != null) {
            request.addHeader(TenantRequestFilter.HEADER, tenant);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                seen.set(TenantContext.current().orElse(null));
            }
        });
        return response;
    }

    @Test
    void setsTheTenantForAMemberAndClearsItAfterwards() throws Exception {
        signIn(Map.of("tenanta", Map.of("id", "1")), List.of());
        AtomicReference<TenantKey> seen = new AtomicReference<>();
        MockHttpServletResponse response = call("/api/affairs/organizations", "tenanta", seen);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(seen.get()).isEqualTo(TenantKey.of("tenanta"));
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void rejectsHeaderForTenantTheTokenDoesNotBelongTo() throws Exception {
        signIn(Map.of("tenanta", Map.of("id", "1")), List.of());
        AtomicReference<TenantKey> seen = new AtomicReference<>();
        MockHttpServletResponse response = call("/api/affairs/organizations", "tenantb", seen);
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("urn:partycloud:problem:tenant-not-member");
        assertThat(seen.get()).isNull();
    }

    @Test
    void missingHeaderIsABadRequest() throws Exception {
        signIn(Map.of("tenanta", Map.of("id", "1")), List.of());
        MockHttpServletResponse response = call("/api/affairs/organizations", null, new AtomicReference<>());
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("tenant-header-missing");
    }

    @Test
    void malformedHeaderIsABadRequest() throws Exception {
        signIn(Map.of("tenanta", Map.of("id", "1")), List.of());
        MockHttpServletResponse response = call("/api/affairs/organizations", "t_admin'--", new AtomicReference<>());
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("invalid-tenant-key");
    }

    @Test
    void suspendedTenantIsForbiddenNamingTheReason() throws Exception {
        signIn(Map.of("frozen", Map.of("id", "1")), List.of());
        MockHttpServletResponse response = call("/api/affairs/organizations", "frozen", new AtomicReference<>());
        assertThat(response.getStatus()).isEqualTo(403);
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getContentAsString()).contains("tenant-suspended").contains("SUSPENDED")
                .contains("\"reason\":\"合同到期未续费\"");
    }

    @Test
    void unknownTenantIsNotFoundEvenForAnOperator() throws Exception {
        signIn(Map.of(), List.of("platform-admin"));
        MockHttpServletResponse response = call("/api/affairs/organizations", "nosuch", new AtomicReference<>());
        assertThat(response.getStatus()).isEqualTo(404);
    }

    @Test
    void operatorMayActInAnyActiveTenant() throws Exception {
        signIn(Map.of(), List.of("platform-admin"));
        AtomicReference<TenantKey> seen = new AtomicReference<>();
        assertThat(call("/api/affairs/organizations", "tenantb", seen).getStatus()).isEqualTo(200);
        assertThat(seen.get()).isEqualTo(TenantKey.of("tenantb"));
    }

    @Test
    void tenantFreePathsNeedNoHeader() throws Exception {
        signIn(Map.of(), List.of("platform-admin"));
        AtomicReference<TenantKey> seen = new AtomicReference<>();
        assertThat(call("/api/tenant/tenants", null, seen).getStatus()).isEqualTo(200);
        assertThat(seen.get()).isNull();
    }
}
