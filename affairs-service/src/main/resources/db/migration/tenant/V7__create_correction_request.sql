-- A member's request to correct their own archive (信息修改审核), reviewed by an officer over the member: the
-- fields asked for with their new values (JSON text), who asked, and the one decision it may receive.
CREATE TABLE correction_request (
    id              uuid PRIMARY KEY,
    member_id       uuid         NOT NULL REFERENCES member (id),
    changes         text         NOT NULL,
    reason          varchar(300) NOT NULL,
    status          varchar(20)  NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    requested_by    varchar(100) NOT NULL,
    requested_at    timestamptz  NOT NULL,
    decided_by      varchar(100),
    decided_by_name varchar(100),
    decided_at      timestamptz,
    decision_reason varchar(500),
    version         bigint       NOT NULL DEFAULT 0,
    CHECK ((status = 'PENDING') = (decided_at IS NULL))
);
CREATE INDEX correction_request_member ON correction_request (member_id, requested_at DESC);
CREATE INDEX correction_request_status ON correction_request (status, requested_at);
