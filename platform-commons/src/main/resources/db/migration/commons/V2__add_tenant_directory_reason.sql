-- Why a tenant is not served (the operator's suspension reason), named in the 403 its users get.
ALTER TABLE tenant_directory ADD COLUMN reason varchar(500);
