-- The logins created for members by the tenant admin's invitation: which Keycloak user (and username) is which
-- member's. One login per member; the member's own-archive role is a role_assignment beside it. The temporary
-- password is never stored here: the admin sees it once in the invitation's answer.
CREATE TABLE member_login (
    member_id  uuid         PRIMARY KEY REFERENCES member (id),
    user_id    varchar(100) NOT NULL UNIQUE,
    username   varchar(100) NOT NULL UNIQUE,
    created_at timestamptz  NOT NULL
);
