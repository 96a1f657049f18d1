-- The member archive (电子档案) of one tenant. The ID-card number is never stored in plain text: AES-GCM
-- ciphertext, a keyed hash (HMAC-SHA256) for exact-match search and uniqueness, and the masked form shown
-- in every answer.
CREATE TABLE member (
    id                       uuid PRIMARY KEY,
    org_id                   uuid         NOT NULL REFERENCES organization (id),
    name                     varchar(50)  NOT NULL CHECK (length(btrim(name)) > 0),
    -- Pinyin written by the service on every save: initials (zsf) and full syllables (zhangsanfeng).
    name_initials            varchar(50)  NOT NULL,
    name_pinyin              varchar(400) NOT NULL,
    gender                   varchar(10)  NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    ethnicity                varchar(20),
    birth_date               date         NOT NULL,
    id_number_cipher         bytea        NOT NULL,
    id_number_hash           varchar(64)  NOT NULL CONSTRAINT member_id_number_unique UNIQUE,
    id_number_masked         varchar(18)  NOT NULL,
    native_place             varchar(100),
    education                varchar(30),
    job                      varchar(100),
    phone                    varchar(30),
    address                  varchar(200),
    application_date         date,
    activist_date            date,
    probationary_date        date,
    full_membership_date     date,
    category                 varchar(20)  NOT NULL CHECK (category IN ('FULL', 'PROBATIONARY')),
    status                   varchar(30)  NOT NULL CHECK (status IN ('NORMAL', 'MOBILE', 'LOST_CONTACT', 'SUSPENDED',
                                 'PROBATION_EXTENDED', 'PROBATION_CANCELLED', 'LEFT', 'DECEASED')),
    status_since             date,
    status_reason            varchar(500),
    mobile_place             varchar(200),
    mobile_until             date,
    probation_extended_until date,
    leave_kind               varchar(20),
    created_at               timestamptz  NOT NULL,
    updated_at               timestamptz  NOT NULL,
    version                  bigint       NOT NULL DEFAULT 0
);

-- The list filtered by an organisation subtree and status is the archive's main query.
CREATE INDEX member_org_status ON member (org_id, status);
CREATE INDEX member_name_pinyin ON member (name_pinyin, name);

-- Every change of a member's archive: who, when, which field, the old and the new value (ID numbers masked).
CREATE TABLE member_history (
    id         bigserial PRIMARY KEY,
    member_id  uuid         NOT NULL REFERENCES member (id),
    changed_at timestamptz  NOT NULL,
    actor_id   varchar(100) NOT NULL,
    actor_name varchar(100),
    action     varchar(40)  NOT NULL,
    field      varchar(40),
    old_value  text,
    new_value  text,
    reason     varchar(500)
);
CREATE INDEX member_history_member ON member_history (member_id, id);
