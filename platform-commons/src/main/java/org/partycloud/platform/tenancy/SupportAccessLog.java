package org.partycloud.platform.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.core.token.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tenant's record of what platform support did in this service: one row per request made under a support
 * grant ({@code platform.support_access_request}), written when the request has been answered. The tenant admin
 * reads it ({@code GET /api/<service>/support-access/requests}); the operator never does.
 */
public class SupportAccessLog {

    private static final Logger log = LoggerFactory.getLogger(SupportAccessLog.class);
    private static final int MAX_PATH = 2000;
    private final JdbcTemplate jdbc;

    public SupportAccessLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One request made under support access, as the tenant admin reads it. */
    public record Entry(long id, String grantId, String operator, String method, String path, int status,
            java.time.OffsetDateTime at) {
    }

    void record(TenantKey tenant, Caller caller, HttpServletRequest request, int status) {
        Caller.SupportAccess support = caller.supportAccess().orElseThrow();
        String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        // The record is the tenant's guarantee: a request whose record cannot be written is logged loudly.
        try {
            jdbc.update("""
                    INSERT INTO platform.support_access_request (tenant_key, grant_id, operator, method, path, status)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, tenant.value(), support.grantId(), caller.username(), request.getMethod(),
                    path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path, status);
        } catch (RuntimeException e) {
            log.error("Could not record the support request {} {} in tenant {} (grant {})", request.getMethod(), path,
                    tenant, support.grantId(), e);
        }
    }

    /** The tenant's records, newest first; {@code grantId} null for every grant. */
    public List<Entry> of(TenantKey tenant, String grantId, int page, int size) {
        return jdbc.query("""
                SELECT id, grant_id, operator, method, path, status, at FROM platform.support_access_request
                WHERE tenant_key = ? AND (?::varchar IS NULL OR grant_id = ?)
                ORDER BY at DESC, id DESC LIMIT ? OFFSET ?
                """, (rs, n) -> new Entry(rs.getLong("id"), rs.getString("grant_id"), rs.getString("operator"),
                rs.getString("method"), rs.getString("path"), rs.getInt("status"),
                rs.getObject("at", java.time.OffsetDateTime.class)),
                tenant.value(), grantId, grantId, size, (long) page * size);
    }

    public long count(TenantKey tenant, String grantId) {
        Long n = jdbc.queryForObject("""
                SELECT count(*) FROM platform.support_access_request
                WHERE tenant_key = ? AND (?::varchar IS NULL OR grant_id = ?)
                """, Long.class, tenant.value(), grantId, grantId);
        return n == null ? 0 : n;
    }

    /** A deleted tenant leaves no record behind. */
    public void forget(TenantKey tenant) {
        jdbc.update("DELETE FROM platform.support_access_request WHERE tenant_key = ?", tenant.value());
    }
}
