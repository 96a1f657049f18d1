package org.partycloud.tenant.registry;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The answer to a tenant registration: the tenant (PROVISIONING) and the admin account's one-time password,
 * shown this once and never again.
 */
record TenantCreated(@JsonUnwrapped TenantView tenant, AdminAccount admin) {

    record AdminAccount(String username, String email, String oneTimePassword) {
    }
}
