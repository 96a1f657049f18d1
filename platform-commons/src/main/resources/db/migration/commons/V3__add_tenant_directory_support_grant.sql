-- The tenant admin's support grant in force (tenant-service's feed carries it): which platform operator may see
-- the tenant's data, until when, and whether he may change it.
ALTER TABLE tenant_directory
    ADD COLUMN support_grant_id  varchar(40),
    ADD COLUMN support_operator  varchar(255),
    ADD COLUMN support_until     timestamptz,
    ADD COLUMN support_read_only boolean;
