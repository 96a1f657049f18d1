package org.partycloud.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partycloud.core.tenant.SupportGrant;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.core.tenant.TenantState;
import org.partycloud.core.tenant.TenantStatus;
import org.partycloud.core.token.Caller;
import org.partycloud.platform.security.Callers;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class TenantRequestFilterTest {

    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");
    private final Map<String, TenantState> states = new HashMap<>(Map.of(
            "tenanta", new TenantState(TenantStatus.ACTIVE),
            "tenantb", new TenantState(TenantStatus.ACTIVE),
            "frozen", new TenantState(TenantStatus.SUSPENDED, "合同到期未续费", null)));
    private final List<String> recorded = new ArrayList<>();
    private final SupportAccessLog log = new SupportAccessLog(null) {
        @Override
        void record(TenantKey tenant, Caller caller, HttpServletRequest request, int status) {
            recorded.add(tenant + " " + caller.support().grantId() + " " + request.getMethod() + " "
                    + request.getRequestURI() + " " + status);
        }
    };
    private final TenantRequestFilter filter = new TenantRequestFilter(key -> Optional.ofNullable(states.get(key.value())),
            List.of("/api/**"), List.of("/api/tenant/tenants/**"), log, Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void clearSecurity() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    private static void signIn(Map<String, Object> organization, List<String> realmRoles) {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("u1").claim("preferred_username", "operator")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).claim("organization", organization)
                .claim("realm_access", Map.of("roles", realmRoles)).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }

    private record Seen(TenantKey tenant, Caller caller) {
    }

    private MockHttpServletResponse call(String method, String path, String tenant, AtomicReference<Seen> seen)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        if (tenant != null) {
            request.addHeader(TenantRequestFilter.HEADER, tenant);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                seen.set(new Seen(TenantContext.current().orElse(null), Callers.current().orElse(null)));
            }
        });
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private MockHttpServletResponse call(String path, String tenant, AtomicReference<Seen> seen) throws Exception {
        return call("GET", path, tenant, seen);
    }

    @Test
    void setsTheTenantForAMemberAndClearsItAfterwards() throws Exception {
        signIn(Map.of("tenanta", Map.of("id", "1")), List.of());
        AtomicReference<Seen> seen = new AtomicReference<>();
        MockHttpServletResponse response = call("/api/affairs/organizations", "tenanta", seen);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(seen.get().tenant()).isEqualTo(TenantKey.of("tenanta"));
        assertThat(TenantContext.current()).isEmpty();
        assertThat(recorded).as("a member's requests are not support requests").isEmpty();
    }

    @Test
    void rejectsHeaderForTenantTheTokenDoesNotBelongTo() throws Exception {
        signIn(Map.of("tenanta", Map.of("id", "1")), List.of());
        AtomicReference<Seen> seen = new AtomicReference<>();
        MockHttpServletResponse response = call("/api/affairs/organizations", "tenantb", seen);
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("urn:partycloud:problem:tenant-not-member");
        assertThat(seen.get()).isNull();
    }

    @Test
    void missingOrMalformedHeaderIsABadRequest() throws Exception {
        signIn(Map.of("tenanta", Map.of("id", "1")), List.of());
        MockHttpServletResponse missing = call("/api/affairs/organizations", null, new AtomicReference<>());
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(missing.getContentAsString()).contains("tenant-header-missing");
        MockHttpServletResponse malformed = call("/api/affairs/organizations", "t_admin'--", new AtomicReference<>());
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(malformed.getContentAsString()).contains("invalid-tenant-key");
    }

    @Test
    void suspendedTenantIsForbiddenNamingTheReason() throws Exception {
        signIn(Map.of("frozen", Map.of("id", "1")), List.of());
        MockHttpServletResponse response = call("/api/affairs/organizations", "frozen", new AtomicReference<>());
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("tenant-suspended").contains("SUSPENDED")
                .contains("\"reason\":\"合同到期未续费\"");
    }

    @Test
    void anOperatorWithoutTheTenantsConsentIsForbidden() throws Exception {
        signIn(Map.of(), List.of("platform-admin"));
        AtomicReference<Seen> seen = new AtomicReference<>();
        MockHttpServletResponse response = call("/api/affairs/members", "tenantb", seen);
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("urn:partycloud:problem:support-access-required");
        assertThat(seen.get()).isNull();
    }

    @Test
    void anOperatorUnderSupportAccessActsAsTheTenantAdminAndEveryRequestIsRecorded() throws Exception {
        states.put("tenantb", new TenantState(TenantStatus.ACTIVE, null,
                new SupportGrant("g-7", "operator", NOW.plusSeconds(3600), false)));
        signIn(Map.of(), List.of("platform-admin"));
        AtomicReference<Seen> seen = new AtomicReference<>();
        assertThat(call("POST", "/api/affairs/members", "tenantb", seen).getStatus()).isEqualTo(200);
        assertThat(seen.get().tenant()).isEqualTo(TenantKey.of("tenantb"));
        assertThat(seen.get().caller().hasTenantRole("tenantb", TenantRoles.TENANT_ADMIN)).isTrue();
        assertThat(recorded).containsExactly("tenantb g-7 POST /api/affairs/members 200");
    }

    @Test
    void aReadOnlyGrantRefusesChangesAndRecordsTheAttempt() throws Exception {
        states.put("tenantb", new TenantState(TenantStatus.ACTIVE, null,
                new SupportGrant("g-8", "operator", NOW.plusSeconds(3600), true)));
        signIn(Map.of(), List.of("platform-admin"));
        AtomicReference<Seen> seen = new AtomicReference<>();
        MockHttpServletResponse refused = call("DELETE", "/api/affairs/members/1", "tenantb", seen);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("support-access-read-only");
        assertThat(seen.get()).isNull();
        assertThat(call("GET", "/api/affairs/members", "tenantb", seen).getStatus()).isEqualTo(200);
        assertThat(recorded).containsExactly("tenantb g-8 DELETE /api/affairs/members/1 403",
                "tenantb g-8 GET /api/affairs/members 200");
    }

    @Test
    void anUnknownTenantIsNotFound() throws Exception {
        signIn(Map.of(), List.of("platform-admin"));
        assertThat(call("/api/affairs/organizations", "nosuch", new AtomicReference<>()).getStatus()).isEqualTo(404);
    }

    @Test
    void tenantFreePathsNeedNoHeader() throws Exception {
        signIn(Map.of(), List.of("platform-admin"));
        AtomicReference<Seen> seen = new AtomicReference<>();
        assertThat(call("/api/tenant/tenants", null, seen).getStatus()).isEqualTo(200);
        assertThat(seen.get().tenant()).isNull();
    }

    @Test
    void withoutATokenTheAnswerIsUnauthenticated() throws Exception {
        MockHttpServletResponse response = call("/api/affairs/organizations", "tenanta", new AtomicReference<>());
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsString()).contains("urn:partycloud:problem:unauthenticated");
    }
}
