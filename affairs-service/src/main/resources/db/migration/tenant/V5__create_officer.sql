-- Officers of an organisation (支委会 / 班子成员): a member in a position for a term. An early end (resignation,
-- transfer) sets ended_on; the row stays for the history.
CREATE TABLE officer (
    id         uuid PRIMARY KEY,
    org_id     uuid         NOT NULL REFERENCES organization (id),
    member_id  uuid         NOT NULL REFERENCES member (id),
    position   varchar(30)  NOT NULL CHECK (position IN ('SECRETARY', 'DEPUTY_SECRETARY', 'ORGANIZATION_OFFICER',
                   'PUBLICITY_OFFICER', 'DISCIPLINE_OFFICER', 'DUES_COLLECTOR')),
    term_start date         NOT NULL,
    term_end   date         NOT NULL CHECK (term_end > term_start),
    ended_on   date,
    end_reason varchar(500),
    created_at timestamptz  NOT NULL,
    updated_at timestamptz  NOT NULL,
    version    bigint       NOT NULL DEFAULT 0
);
CREATE INDEX officer_org ON officer (org_id, ended_on);
-- The re-election reminder (换届提醒) reads the terms of serving officers by their end.
CREATE INDEX officer_serving_term_end ON officer (term_end) WHERE ended_on IS NULL;
