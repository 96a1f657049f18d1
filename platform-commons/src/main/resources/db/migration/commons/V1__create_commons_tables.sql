-- Tables every service keeps in its shared "platform" schema, whatever its domain.

-- The Flyway version each tenant schema is at, so that start-up migrates only outdated schemas.
CREATE TABLE tenant_schema (
    tenant_key     varchar(30) PRIMARY KEY,
    schema_version varchar(50) NOT NULL,
    migrated_at    timestamptz NOT NULL DEFAULT now()
);

-- Outbox and ordered change feed served at /internal/feed. seq order is commit order: writers take a
-- transaction-level advisory lock before inserting (see ChangeFeed).
CREATE TABLE change_feed (
    seq        bigserial PRIMARY KEY,
    tenant_key varchar(30),
    type       varchar(80)  NOT NULL,
    subject    varchar(200),
    payload    jsonb        NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX change_feed_tenant ON change_feed (tenant_key, seq);

-- How far this service has read each feed it follows.
CREATE TABLE feed_cursor (
    source     varchar(100) PRIMARY KEY,
    position   bigint       NOT NULL,
    updated_at timestamptz  NOT NULL DEFAULT now()
);

-- This service's replica of tenant status and enabled modules, fed by tenant-service's change feed.
CREATE TABLE tenant_directory (
    tenant_key varchar(30) PRIMARY KEY,
    status     varchar(20) NOT NULL,
    modules    jsonb       NOT NULL DEFAULT '[]',
    updated_at timestamptz NOT NULL DEFAULT now()
);
