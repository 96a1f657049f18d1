package org.partycloud.core.tenant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The payload of a {@value #TYPE} entry of tenant-service's feed, which the gateway and every service apply to
 * their tenant directory: status, enabled modules, the operator's reason, name and kind, the live support grant.
 * Written and read as a plain map, so that any JSON library carries it; unknown members are ignored, so that a
 * newer writer does not break an older reader.
 *
 * @param name null when the entry does not say (a reader keeps what it knew)
 * @param kind null when the entry does not say
 * @param support the support grant in force, or null for none
 */
public record TenantChange(TenantKey key, TenantStatus status, Set<String> modules, String reason, String name,
        String kind, SupportGrant support) {

    public static final String TYPE = "tenant.changed";

    public TenantChange {
        modules = Set.copyOf(modules);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("key", key.value());
        map.put("status", status.name());
        map.put("modules", new ArrayList<>(new TreeSet<>(modules)));
        if (reason != null) {
            map.put("reason", reason);
        }
        if (name != null) {
            map.put("name", name);
        }
        if (kind != null) {
            map.put("kind", kind);
        }
        if (support != null) {
            Map<String, Object> grant = new LinkedHashMap<>();
            grant.put("id", support.id());
            grant.put("operator", support.operator());
            grant.put("until", support.until().toString());
            grant.put("readOnly", support.readOnly());
            map.put("support", grant);
        }
        return map;
    }

    /** Reads a payload; a malformed one is refused, never half applied. */
    public static TenantChange fromMap(Map<?, ?> map) {
        Object key = map.get("key");
        Object status = map.get("status");
        if (!(key instanceof String k) || !(status instanceof String s)) {
            throw new IllegalArgumentException("A tenant change names the key and the status: " + map);
        }
        TenantStatus parsed;
        try {
            parsed = TenantStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown tenant status in a tenant change: " + s, e);
        }
        List<String> modules = new ArrayList<>();
        if (map.get("modules") instanceof Collection<?> values) {
            values.forEach(m -> modules.add(String.valueOf(m)));
        }
        return new TenantChange(TenantKey.of(k), parsed, Set.copyOf(modules), text(map.get("reason")),
                text(map.get("name")), text(map.get("kind")), grant(map.get("support")));
    }

    private static SupportGrant grant(Object value) {
        if (!(value instanceof Map<?, ?> grant)) {
            return null;
        }
        return new SupportGrant(String.valueOf(grant.get("id")), String.valueOf(grant.get("operator")),
                Instant.parse(String.valueOf(grant.get("until"))), Boolean.TRUE.equals(grant.get("readOnly")));
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    public TenantState state() {
        return new TenantState(status, reason, support);
    }
}
