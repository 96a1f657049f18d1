package org.partycloud.platform.testsupport;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.partycloud.platform.tenancy.TenantKey;
import org.partycloud.platform.tenancy.TenantStatus;
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
