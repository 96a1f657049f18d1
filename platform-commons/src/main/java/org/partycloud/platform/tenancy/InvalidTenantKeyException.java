package org.partycloud.platform.tenancy;

import org.partycloud.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A tenant key that does not match {@link TenantKey#PATTERN}. */
public class InvalidTenantKeyException extends ProblemException {

    public InvalidTenantKeyException(String value) {
        super(HttpStatus.BAD_REQUEST, "invalid-tenant-key", "无效的租户标识 Invalid tenant key",
                "A tenant key is 3-30 characters: a lower-case letter, then lower-case letters or digits ("
                        + TenantKey.PATTERN + ")");
        with("key", value == null ? null : abbreviate(value));
    }

    private static String abbreviate(String value) {
        return value.length() > 64 ? value.substring(0, 64) + "…" : value;
    }
}
