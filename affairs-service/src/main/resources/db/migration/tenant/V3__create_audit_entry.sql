-- The tenant's audit log: every change and every sensitive read (a full ID-card number revealed).
CREATE TABLE audit_entry (
    id          bigserial PRIMARY KEY,
    at          timestamptz  NOT NULL,
    actor_id    varchar(100) NOT NULL,
    actor_name  varchar(100),
    action      varchar(60)  NOT NULL,
    target_type varchar(40)  NOT NULL,
    target_id   varchar(100) NOT NULL,
    summary     varchar(500) NOT NULL
);
CREATE INDEX audit_entry_at ON audit_entry (at DESC);
CREATE INDEX audit_entry_action_at ON audit_entry (action, at DESC);
