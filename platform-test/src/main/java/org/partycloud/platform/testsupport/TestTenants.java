package org.partycloud.platform.testsupport;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.partycloud.core.tenant.TenantKey;
import org.partycloud.core.tenant.TenantStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Tenants the way production gets them: the schema through the real provisioning endpoint, the ACTIVE status
 * in the tenant directory replica (which the tenant feed follower writes in production).
 */
public record TestTenants(MockMvc mvc, JdbcTemplate jdbc) {

    /** Starts from nothing, so leftovers of an earlier run against an external database cannot leak in. */
    public void freshActive(String... keys) throws Exception {
        for (String key : keys) {
            drop(key);
            provision(key);
            activate(key);
        }
    }

    public void provision(String key) throws Exception {
        mvc.perform(put("/internal/tenants/{key}", key).with(TestCallers.service())).andExpect(status().isOk());
    }

    public void drop(String key) throws Exception {
        mvc.perform(delete("/internal/tenants/{key}", key).with(TestCallers.service()))
                .andExpect(status().isNoContent());
        jdbc.update("DELETE FROM platform.tenant_directory WHERE tenant_key = ?", key);
    }

    public void activate(String key) {
        setStatus(key, TenantStatus.ACTIVE);
    }

    public void setStatus(String key, TenantStatus status) {
        jdbc.update("""
                INSERT INTO platform.tenant_directory (tenant_key, status) VALUES (?, ?)
                ON CONFLICT (tenant_key) DO UPDATE SET status = EXCLUDED.status
                """, key, status.name());
    }

    /** The tenant admin's support grant for {@code operator}, as tenant-service's feed writes it into the replica. */
    public String grantSupport(String key, String operator, java.time.Instant until, boolean readOnly) {
        String grant = java.util.UUID.randomUUID().toString();
        jdbc.update("""
                UPDATE platform.tenant_directory SET support_grant_id = ?, support_operator = ?, support_until = ?,
                    support_read_only = ? WHERE tenant_key = ?
                """, grant, operator, java.sql.Timestamp.from(until), readOnly, key);
        return grant;
    }

    public void revokeSupport(String key) {
        jdbc.update("""
                UPDATE platform.tenant_directory SET support_grant_id = NULL, support_operator = NULL,
                    support_until = NULL, support_read_only = NULL WHERE tenant_key = ?
                """, key);
    }

    /** The tenant's records of requests made under support access in this service: "METHOD path status". */
    public java.util.List<String> supportRequests(String key) {
        return jdbc.queryForList("""
                SELECT method || ' ' || path || ' ' || status FROM platform.support_access_request
                WHERE tenant_key = ? ORDER BY id
                """, String.class, key);
    }

    public boolean schemaExists(String key) {
        return count("SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?", schemaName(key)) > 0;
    }

    public boolean tableExists(String key, String table) {
        return count("SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?",
                schemaName(key), table) > 0;
    }

    private static String schemaName(String key) {
        return TenantKey.of(key).schemaName();
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
