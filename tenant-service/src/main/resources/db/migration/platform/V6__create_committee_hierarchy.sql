-- Superior committees (上级党委/工委) and the tenants below them. A committee invites a tenant; the invited
-- tenant's admin accepts, which is the consent to share its figures; either side can unlink.

CREATE TABLE committee_invitation (
    id            uuid         PRIMARY KEY,
    code          varchar(16)  NOT NULL CONSTRAINT committee_invitation_code_unique UNIQUE,
    committee_key varchar(30)  NOT NULL REFERENCES tenant (tenant_key),
    invited_key   varchar(30)  NOT NULL REFERENCES tenant (tenant_key),
    status        varchar(10)  NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED', 'EXPIRED')),
    created_at    timestamptz  NOT NULL,
    created_by    varchar(100) NOT NULL,
    expires_at    timestamptz  NOT NULL,
    decided_at    timestamptz,
    decided_by    varchar(100),
    CHECK (committee_key <> invited_key)
);

-- At most one open invitation between the same two tenants.
CREATE UNIQUE INDEX committee_invitation_one_pending ON committee_invitation (committee_key, invited_key)
    WHERE status = 'PENDING';
CREATE INDEX committee_invitation_invited ON committee_invitation (invited_key, status);

-- The primary key makes "at most one direct superior" a fact of the table.
CREATE TABLE committee_link (
    subordinate_key varchar(30) PRIMARY KEY REFERENCES tenant (tenant_key),
    committee_key   varchar(30) NOT NULL REFERENCES tenant (tenant_key),
    linked_at       timestamptz NOT NULL,
    invitation_id   uuid        REFERENCES committee_invitation (id),
    CHECK (subordinate_key <> committee_key)
);

CREATE INDEX committee_link_committee ON committee_link (committee_key);

-- Every change of the hierarchy, readable by both sides.
CREATE TABLE committee_audit (
    id              bigserial    PRIMARY KEY,
    at              timestamptz  NOT NULL,
    actor_id        varchar(100) NOT NULL,
    actor_name      varchar(100),
    action          varchar(30)  NOT NULL,
    committee_key   varchar(30)  NOT NULL,
    subordinate_key varchar(30)  NOT NULL,
    detail          varchar(300)
);

CREATE INDEX committee_audit_committee ON committee_audit (committee_key, at);
CREATE INDEX committee_audit_subordinate ON committee_audit (subordinate_key, at);
