package org.partycloud.core.tenant;

import java.util.regex.Pattern;

/**
 * A validated tenant key. Every schema name and every SQL identifier derived from a tenant is built from
 * this type only, so an unvalidated string can never reach SQL.
 */
public record TenantKey(String value) implements Comparable<TenantKey> {

    public static final String PATTERN = "^[a-z][a-z0-9]{2,29}$";
    private static final Pattern VALID = Pattern.compile(PATTERN);
    private static final String SCHEMA_PREFIX = "t_";

    public TenantKey {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidTenantKeyException(value);
        }
    }

    public static TenantKey of(String value) {
        return new TenantKey(value);
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    /** The PostgreSQL schema holding this tenant's data in each service database. */
    public String schemaName() {
        return SCHEMA_PREFIX + value;
    }

    /** The schema name quoted as an SQL identifier; safe because the key's alphabet is [a-z0-9]. */
    public String quotedSchema() {
        return '"' + schemaName() + '"';
    }

    /** The key of a tenant schema name, if it is one. */
    public static TenantKey fromSchemaName(String schema) {
        if (schema == null || !schema.startsWith(SCHEMA_PREFIX)) {
            throw new InvalidTenantKeyException(schema);
        }
        return of(schema.substring(SCHEMA_PREFIX.length()));
    }

    @Override
    public int compareTo(TenantKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
