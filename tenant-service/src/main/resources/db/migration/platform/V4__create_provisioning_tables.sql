-- Steps of the provisioning saga a tenant has completed; a resumed or retried saga skips them.
CREATE TABLE provisioning_step (
    tenant_key   varchar(30) NOT NULL REFERENCES tenant (tenant_key),
    step         varchar(80) NOT NULL,
    completed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_key, step)
);

-- The tenant admin's one-time password between the operator's request (which shows it once) and the
-- creation of the Keycloak user; deleted as soon as the user exists, or when it expires unused.
CREATE TABLE tenant_admin_password (
    tenant_key varchar(30)  PRIMARY KEY REFERENCES tenant (tenant_key),
    password   varchar(100) NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now(),
    expires_at timestamptz  NOT NULL
);
CREATE INDEX tenant_admin_password_expiry ON tenant_admin_password (expires_at);
