-- The courses of one tenant's online party school. Runs in the tenant's schema (t_<key>).
CREATE TABLE course (
    id          uuid PRIMARY KEY,
    title       varchar(200)  NOT NULL CHECK (length(btrim(title)) > 0),
    description varchar(2000),
    kind        varchar(20)   NOT NULL CHECK (kind IN ('VIDEO', 'DOCUMENT', 'ARTICLE')),
    required    boolean       NOT NULL,
    study_hours numeric(5,1)  NOT NULL CHECK (study_hours BETWEEN 0 AND 1000),
    created_at  timestamptz   NOT NULL,
    updated_at  timestamptz   NOT NULL,
    version     bigint        NOT NULL DEFAULT 0
);

-- The default listing: newest first.
CREATE INDEX course_created ON course (created_at DESC);
