-- An admin username belongs to one tenant that is not deleted: the registry checks before it registers, and
-- this index settles two registrations racing for the same name (the loser gets a 409). Keycloak compares
-- usernames case-insensitively, so the index does too. A deleted tenant's admin user is gone from Keycloak,
-- so its name may serve again.
CREATE UNIQUE INDEX tenant_admin_username ON tenant (lower(admin_username)) WHERE status <> 'DELETED';
