package org.partycloud.core.tenant;

import org.partycloud.core.problem.DomainException;

/** A tenant key that does not match {@link TenantKey#PATTERN}. */
public class InvalidTenantKeyException extends DomainException {

    public InvalidTenantKeyException(String value) {
        super(Kind.INVALID, "invalid-tenant-key", "A tenant key is 3-30 characters: a lower-case letter, then "
                + "lower-case letters or digits (" + TenantKey.PATTERN + ")");
        with("key", value == null ? null : abbreviate(value));
    }

    private static String abbreviate(String value) {
        return value.length() > 64 ? value.substring(0, 64) + "…" : value;
    }
}
