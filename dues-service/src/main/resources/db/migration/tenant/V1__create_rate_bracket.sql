-- The tenant's dues table. Rows come from the national defaults (NationalDefaultRateBrackets); the tenant admin
-- adjusts rates and amounts. Money in yuan and rates in percent, both exact numerics.
CREATE TABLE rate_bracket (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    code         varchar(50)   NOT NULL CONSTRAINT rate_bracket_code_unique UNIQUE,
    category     varchar(20)   NOT NULL
                 CHECK (category IN ('EMPLOYED', 'RETIRED', 'STUDENT', 'UNEMPLOYED', 'RELIEF')),
    lower_bound  numeric(12,2) CHECK (lower_bound >= 0),   -- exclusive; NULL: from zero
    upper_bound  numeric(12,2),                             -- inclusive; NULL: no limit
    rate_percent numeric(5,2)  CHECK (rate_percent BETWEEN 0 AND 100),
    fixed_amount numeric(9,2)  CHECK (fixed_amount >= 0),   -- yuan a month
    updated_at   timestamptz   NOT NULL DEFAULT now(),
    version      bigint        NOT NULL DEFAULT 0,
    CONSTRAINT rate_bracket_one_kind CHECK ((rate_percent IS NULL) <> (fixed_amount IS NULL)),
    CONSTRAINT rate_bracket_band CHECK (lower_bound IS NULL OR upper_bound IS NULL OR lower_bound < upper_bound)
);
