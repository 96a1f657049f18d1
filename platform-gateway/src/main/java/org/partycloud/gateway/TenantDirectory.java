package org.partycloud.gateway;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The gateway's picture of every tenant (status, reason, enabled modules, name, kind), held in memory and kept
 * by applying tenant-service's {@value #TENANT_CHANGED} feed entries in order. It answers only once it has
 * caught up with the feed after start-up ({@link #isReady()}): before that an unknown tenant may just be unread.
 */
public class TenantDirectory {

    public static final String TENANT_CHANGED = "tenant.changed";
    public static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9]{2,29}$");
    private final Map<String, Tenant> tenants = new ConcurrentHashMap<>();
    private volatile boolean ready;

    /**
     * @param status the lifecycle status as tenant-service names it (ACTIVE, SUSPENDED, EXPIRED, …)
     * @param reason the operator's reason where the tenant is not served, or null
     */
    public record Tenant(String key, String status, String reason, Set<String> modules, String name, String kind) {

        public boolean isServed() {
            return "ACTIVE".equals(status);
        }

        public boolean hasModule(String module) {
            return modules.contains(module);
        }
    }

    public Optional<Tenant> find(String key) {
        return Optional.ofNullable(tenants.get(key));
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
        if (!TENANT_CHANGED.equals(entry.path("type").asString(null))) {
            return;
        }
        JsonNode payload = entry.path("payload");
        String key = payload.path("key").asString(null);
        String status = payload.path("status").asString(null);
        if (key == null || status == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Malformed tenant change: " + entry);
        }
        if (status.equals("DELETED")) {
            tenants.remove(key);
            return;
        }
        Set<String> modules = new LinkedHashSet<>();
        payload.path("modules").valueStream().forEach(m -> modules.add(m.asString()));
        Tenant previous = tenants.get(key);
        String name = payload.hasNonNull("name") ? payload.get("name").asString()
                : previous == null ? null : previous.name();
        String kind = payload.hasNonNull("kind") ? payload.get("kind").asString()
                : previous == null ? null : previous.kind();
        String reason = payload.hasNonNull("reason") ? payload.get("reason").asString() : null;
        tenants.put(key, new Tenant(key, status, reason, Set.copyOf(modules), name, kind));
    }
}
