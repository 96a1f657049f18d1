package org.partycloud.gateway;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.partycloud.core.tenant.TenantChange;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.core.tenant.TenantState;
import org.partycloud.core.tenant.TenantStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's picture of every tenant (status, reason, support grant, enabled modules, name, kind), held in
 * memory and kept by applying tenant-service's {@value TenantChange#TYPE} feed entries in order. It answers only
 * once it has caught up with the feed after start-up ({@link #isReady()}): before that an unknown tenant may just
 * be unread.
 */
public class TenantDirectory {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Map<TenantKey, Tenant> tenants = new ConcurrentHashMap<>();
    private volatile boolean ready;

    /** A tenant as the gateway knows it; {@code name} and {@code kind} may be null until a change names them. */
    public record Tenant(TenantKey key, TenantState state, Set<String> modules, String name, String kind) {

        public boolean isServed() {
            return state.status().isServed();
        }

        public boolean hasModule(String module) {
            return modules.contains(module);
        }

        public TenantStatus status() {
            return state.status();
        }

        public String reason() {
            return state.reason();
        }
    }

    public Optional<Tenant> find(TenantKey key) {
        return Optional.ofNullable(tenants.get(key));
    }

    /** For a key that may not be one (a tenant named in a token): empty when it is not valid. */
    public Optional<Tenant> find(String key) {
        return TenantKey.isValid(key) ? find(TenantKey.of(key)) : Optional.empty();
    }

    public Optional<TenantState> stateOf(TenantKey key) {
        return find(key).map(Tenant::state);
    }

    /** Every tenant with a support grant, for the operator's list of tenants he may open. */
    public java.util.List<Tenant> withSupportGrants() {
        return tenants.values().stream().filter(t -> t.state().support() != null).toList();
    }

    public int size() {
        return tenants.size();
    }

    public boolean isReady() {
        return ready;
    }

    /** Called by the follower when it has read the feed to its end once. */
    public void markReady() {
        ready = true;
    }

    /** Applies one feed entry ({@code {seq, tenant, type, subject, payload, at}}); a deleted tenant is forgotten. */
    public void apply(JsonNode entry) {
        if (!TenantChange.TYPE.equals(entry.path("type").asString(null))) {
            return;
        }
        TenantChange change;
        try {
            change = TenantChange.fromMap(JSON.convertValue(entry.path("payload"), Map.class));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Malformed tenant change: " + entry, e);
        }
        if (change.status() == TenantStatus.DELETED) {
            tenants.remove(change.key());
            return;
        }
        Tenant previous = tenants.get(change.key());
        String name = change.name() != null ? change.name() : previous == null ? null : previous.name();
        String kind = change.kind() != null ? change.kind() : previous == null ? null : previous.kind();
        tenants.put(change.key(), new Tenant(change.key(), change.state(), change.modules(), name, kind));
    }
}
