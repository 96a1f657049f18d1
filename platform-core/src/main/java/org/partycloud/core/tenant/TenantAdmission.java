package org.partycloud.core.tenant;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.partycloud.core.problem.ProblemType;
import org.partycloud.core.problem.ProblemTypes;
import org.partycloud.core.token.Caller;

/**
 * The one rule by which the gateway and every service admit a request into a tenant named by {@code X-Tenant}:
 * a valid key (400); a caller whose token names that tenant (403, never a silent switch) or a platform operator
 * under the tenant admin's live support grant for him (403 otherwise: an operator runs the platform, not the
 * tenants' party work); a known tenant (404) that is served (403 naming why, with the operator's reason). An
 * operator admitted under a grant becomes the caller {@link Caller#underSupportAccess} of that tenant.
 */
public final class TenantAdmission {

    public static final String HEADER = "X-Tenant";

    private TenantAdmission() {
    }

    /** Either the tenant and the caller as he acts in it, or the problem to answer. */
    public sealed interface Result permits Admitted, Refused {
    }

    public record Admitted(TenantKey tenant, Caller caller) implements Result {
    }

    public record Refused(ProblemType type, String detail, Map<String, Object> properties) implements Result {
    }

    /**
     * @param header the {@code X-Tenant} header as sent (null when absent)
     * @param caller who calls (authenticated before)
     * @param directory the tenant's state, empty for a tenant the directory does not know
     */
    public static Result admit(String header, Caller caller, Function<TenantKey, Optional<TenantState>> directory,
            Instant now) {
        if (header == null || header.isBlank()) {
            return refused(ProblemTypes.TENANT_HEADER_MISSING,
                    "This resource belongs to a tenant: name it with the X-Tenant header.", Map.of());
        }
        String value = header.trim();
        if (!TenantKey.isValid(value)) {
            return refused(ProblemTypes.INVALID_TENANT_KEY, "A tenant key is 3 to 30 lower-case letters and digits, "
                    + "starting with a letter (" + TenantKey.PATTERN + ").", Map.of());
        }
        TenantKey key = TenantKey.of(value);
        Map<String, Object> tenant = Map.of("tenant", key.value());
        boolean member = caller.belongsTo(key.value());
        if (!member && !caller.isPlatformAdmin()) {
            return refused(ProblemTypes.TENANT_NOT_MEMBER, "Your account does not belong to tenant '" + key + "'.",
                    tenant);
        }
        Optional<TenantState> state = directory.apply(key);
        if (state.isEmpty()) {
            return refused(ProblemTypes.TENANT_NOT_FOUND, "There is no tenant '" + key + "'.", tenant);
        }
        Caller acting = caller;
        if (!member) {
            Optional<SupportGrant> grant = state.get().supportGrant().filter(g -> g.admits(caller.username(), now));
            if (grant.isEmpty()) {
                return refused(ProblemTypes.SUPPORT_ACCESS_REQUIRED, "A platform operator sees tenant '" + key
                        + "' only under a support access its tenant admin has granted him (技术支持授权).", tenant);
            }
            acting = caller.underSupportAccess(key.value(), grant.get().id(), grant.get().readOnly());
        }
        TenantStatus status = state.get().status();
        if (!status.isServed()) {
            Map<String, Object> properties = new LinkedHashMap<>(tenant);
            properties.put("tenantStatus", status.name());
            if (state.get().reason() != null) {
                properties.put("reason", state.get().reason());
            }
            return refused(ProblemTypes.tenantNotServed(status.name()), status.notServedDetail(key), properties);
        }
        return new Admitted(key, acting);
    }

    /**
     * Whether a request of this method may be made under the caller's support access: every request of a member,
     * only reads under a read-only grant.
     */
    public static Optional<Refused> refusedChange(Caller caller, String method) {
        boolean read = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
        if (read || caller.supportAccess().map(s -> !s.readOnly()).orElse(true)) {
            return Optional.empty();
        }
        return Optional.of(new Refused(ProblemTypes.SUPPORT_ACCESS_READ_ONLY, "The support access you were "
                + "granted lets you read tenant '" + caller.support().tenant() + "', not change it.",
                Map.of("tenant", caller.support().tenant())));
    }

    private static Refused refused(ProblemType type, String detail, Map<String, Object> properties) {
        return new Refused(type, detail, properties);
    }
}
