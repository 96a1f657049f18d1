package org.partycloud.core.problem;

/**
 * The problems the platform itself answers, wherever they arise (gateway, any service): the same type and title
 * from the gateway's reactive filters and from a service's servlet filters. Problems of one service's domain are
 * that service's own.
 */
public final class ProblemTypes {

    // ---- who is calling
    public static final ProblemType UNAUTHENTICATED = new ProblemType(401, "unauthenticated", "未登录 Unauthenticated");
    public static final ProblemType FORBIDDEN = new ProblemType(403, "forbidden", "禁止访问 Forbidden");
    public static final ProblemType TENANT_ROLE_MISSING = new ProblemType(403, "tenant-role-missing",
            "缺少角色 Role missing");
    public static final ProblemType CSRF_TOKEN_INVALID = new ProblemType(403, "csrf-token-invalid",
            "请求已失效 Invalid CSRF token");
    public static final ProblemType FOREIGN_ORIGIN = new ProblemType(403, "foreign-origin",
            "来源不被信任 Foreign origin");

    // ---- which tenant
    public static final ProblemType TENANT_HEADER_MISSING = new ProblemType(400, "tenant-header-missing",
            "缺少租户 Tenant missing");
    public static final ProblemType INVALID_TENANT_KEY = new ProblemType(400, "invalid-tenant-key",
            "租户标识无效 Invalid tenant key");
    public static final ProblemType TENANT_NOT_MEMBER = new ProblemType(403, "tenant-not-member",
            "不属于该租户 Not a member of the tenant");
    public static final ProblemType SUPPORT_ACCESS_REQUIRED = new ProblemType(403, "support-access-required",
            "需要租户授权 Support access required");
    public static final ProblemType SUPPORT_ACCESS_READ_ONLY = new ProblemType(403, "support-access-read-only",
            "只读授权 Read-only support access");
    public static final ProblemType TENANT_NOT_FOUND = new ProblemType(404, "tenant-not-found",
            "租户不存在 Tenant not found");
    /** The status-specific type is {@code tenant-<status>}: {@link #tenantNotServed(String)}. */
    public static final String TENANT_NOT_SERVED_TITLE = "租户不可用 Tenant not available";
    public static final ProblemType MODULE_DISABLED = new ProblemType(403, "module-disabled", "模块未开通 Module disabled");

    // ---- the request itself
    public static final ProblemType NOT_FOUND = new ProblemType(404, "not-found", "未找到 Not found");
    public static final ProblemType VALIDATION = new ProblemType(400, "validation", "输入有误 Invalid input");
    public static final ProblemType MALFORMED_BODY = new ProblemType(400, "malformed-body",
            "请求体无法解析 Malformed request body");
    public static final ProblemType BAD_REQUEST = new ProblemType(400, "bad-request", "请求无效 Bad request");
    public static final ProblemType REQUEST_REJECTED = new ProblemType(400, "request-rejected",
            "请求被拒绝 Request rejected");
    public static final ProblemType PAYLOAD_TOO_LARGE = new ProblemType(413, "payload-too-large",
            "请求体过大 Payload too large");
    public static final ProblemType URI_TOO_LONG = new ProblemType(414, "uri-too-long", "地址过长 URI too long");
    public static final ProblemType HEADERS_TOO_LARGE = new ProblemType(431, "headers-too-large",
            "请求头过大 Request headers too large");
    public static final ProblemType CONFLICT = new ProblemType(409, "conflict", "冲突 Conflict");
    public static final ProblemType STALE_VERSION = new ProblemType(409, "stale-version",
            "数据已被他人修改 Changed by someone else");
    public static final ProblemType UNPROCESSABLE = new ProblemType(422, "unprocessable", "无法处理 Unprocessable");

    // ---- the platform's state
    public static final ProblemType RATE_LIMITED = new ProblemType(429, "rate-limited", "请求过多 Too many requests");
    public static final ProblemType SERVICE_UNAVAILABLE = new ProblemType(503, "service-unavailable",
            "服务暂不可用 Service unavailable");
    public static final ProblemType TENANT_DIRECTORY_UNAVAILABLE = new ProblemType(503, "tenant-directory-unavailable",
            "服务暂不可用 Service unavailable");
    public static final ProblemType INTERNAL_ERROR = new ProblemType(500, "internal-error", "服务器错误 Internal error");

    private ProblemTypes() {
    }

    /** {@code tenant-suspended}, {@code tenant-expired}, …: a tenant that exists but is not served now. */
    public static ProblemType tenantNotServed(String status) {
        return new ProblemType(403, "tenant-" + status.toLowerCase(java.util.Locale.ROOT), TENANT_NOT_SERVED_TITLE);
    }

    /** The type of a status the catalogue has nothing more specific for (405, 406, 415, …). */
    public static ProblemType forStatus(int status, String reasonPhrase) {
        String slug = reasonPhrase.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return new ProblemType(status, slug.isEmpty() ? "http-" + status : slug, reasonPhrase);
    }
}
