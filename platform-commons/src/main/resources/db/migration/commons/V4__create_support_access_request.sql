-- Every request a platform operator made in a tenant under its admin's support grant, as this service saw it:
-- the tenant's own record of what support did (read by the tenant admin, never by the operator).
CREATE TABLE support_access_request (
    id         bigserial PRIMARY KEY,
    tenant_key varchar(30)  NOT NULL,
    grant_id   varchar(40)  NOT NULL,
    operator   varchar(255) NOT NULL,
    method     varchar(10)  NOT NULL,
    path       varchar(2000) NOT NULL,
    status     integer      NOT NULL,
    at         timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX support_access_request_tenant ON support_access_request (tenant_key, at DESC, id DESC);
