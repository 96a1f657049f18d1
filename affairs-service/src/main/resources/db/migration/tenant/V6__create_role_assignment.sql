-- Organisation-scoped roles (分级管理): a login (the Keycloak user id, the token's sub) holds a role on an
-- organisation node. An officer maintains the node and every node below it; a member reads their own archive,
-- the member the login is linked to.
CREATE TABLE role_assignment (
    id         uuid PRIMARY KEY,
    user_id    varchar(100) NOT NULL CHECK (length(btrim(user_id)) > 0),
    member_id  uuid         REFERENCES member (id),
    org_id     uuid         NOT NULL REFERENCES organization (id),
    role       varchar(20)  NOT NULL CHECK (role IN ('OFFICER', 'MEMBER')),
    created_at timestamptz  NOT NULL,
    CONSTRAINT role_assignment_unique UNIQUE (user_id, org_id, role),
    CONSTRAINT role_assignment_member_needs_member CHECK (role <> 'MEMBER' OR member_id IS NOT NULL)
);
-- Every request of a scoped caller reads its assignments by user id (the unique key leads with it).
CREATE INDEX role_assignment_org ON role_assignment (org_id);
CREATE INDEX role_assignment_member ON role_assignment (member_id);
