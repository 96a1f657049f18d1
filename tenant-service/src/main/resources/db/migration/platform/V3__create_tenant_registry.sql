-- The tenant registry: one row per tenant, kept (status DELETED) after the tenant is deleted so that its key
-- is never reused.
CREATE TABLE tenant (
    tenant_key         varchar(30)   PRIMARY KEY CHECK (tenant_key ~ '^[a-z][a-z0-9]{2,29}$'),
    name               varchar(100)  NOT NULL,
    kind               varchar(20)   NOT NULL CHECK (kind IN ('enterprise', 'agency', 'committee')),
    plan_key           varchar(30)   NOT NULL REFERENCES plan (plan_key),
    status             varchar(20)   NOT NULL CHECK (status IN ('PROVISIONING', 'ACTIVE', 'SUSPENDED', 'EXPIRED',
                                                                'FAILED', 'DELETING', 'DELETED')),
    failed_step        varchar(80),
    failure_reason     varchar(1000),
    suspension_reason  varchar(500),
    contact_name       varchar(50)   NOT NULL,
    contact_phone      varchar(30)   NOT NULL,
    admin_email        varchar(254)  NOT NULL,
    admin_username     varchar(60)   NOT NULL,
    subscription_start date          NOT NULL,
    subscription_end   date          NOT NULL,
    keycloak_org_id    varchar(64),
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    activated_at       timestamptz,
    deleted_at         timestamptz,
    version            bigint        NOT NULL,
    CHECK (subscription_end >= subscription_start)
);
CREATE INDEX tenant_status_end ON tenant (status, subscription_end);
CREATE INDEX tenant_created ON tenant (created_at);

-- The modules a tenant has switched on; always a subset of its plan's modules.
CREATE TABLE tenant_module (
    tenant_key varchar(30) NOT NULL REFERENCES tenant (tenant_key),
    module_key varchar(50) NOT NULL REFERENCES module (module_key),
    PRIMARY KEY (tenant_key, module_key)
);

-- A tenant's settings document (dues rounding, transfer letter validity, meeting frequencies); absent means
-- the national defaults.
CREATE TABLE tenant_settings (
    tenant_key varchar(30)  PRIMARY KEY REFERENCES tenant (tenant_key),
    document   jsonb        NOT NULL,
    updated_at timestamptz  NOT NULL,
    updated_by varchar(100)
);
