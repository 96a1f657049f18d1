-- The party-organisation tree of one tenant. Runs in the tenant's schema (t_<key>), so names stay unqualified
-- and a parent reference can only point inside the same tenant.
CREATE TABLE organization (
    id            uuid PRIMARY KEY,
    parent_id     uuid REFERENCES organization (id),
    name          varchar(100) NOT NULL CHECK (length(btrim(name)) > 0),
    type          varchar(20)  NOT NULL
                  CHECK (type IN ('COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'JOINT_BRANCH', 'GROUP')),
    code          varchar(50)  CONSTRAINT organization_code_unique UNIQUE,
    display_order integer      NOT NULL DEFAULT 0,
    founded_on    date,
    contact       varchar(100),
    address       varchar(200),
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    version       bigint       NOT NULL DEFAULT 0
);

-- Children of a node in display order: the tree view's main query.
CREATE INDEX organization_children ON organization (parent_id, display_order);
