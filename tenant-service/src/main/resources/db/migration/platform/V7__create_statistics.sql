-- Nightly statistics: the runs tenant-service drives (the domain services' jobs, then the roll-up) and the
-- dashboard tables the roll-up writes. Dashboards read only these tables, never a domain service.

-- One run of a day: by the schedule or by an operator. "sources" holds each domain service's job as it
-- reported it (execution id, status, partitions, failures).
CREATE TABLE stats_run (
    id           uuid         PRIMARY KEY,
    stat_date    date         NOT NULL,
    trigger      varchar(10)  NOT NULL CHECK (trigger IN ('SCHEDULE', 'OPERATOR')),
    requested_by varchar(100) NOT NULL,
    status       varchar(10)  NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    started_at   timestamptz  NOT NULL,
    ended_at     timestamptz,
    sources      jsonb        NOT NULL DEFAULT '{}'::jsonb,
    tenants      integer,
    rows_written integer,
    error        text
);
-- At most one run of a day at a time, whichever replica starts it.
CREATE UNIQUE INDEX stats_run_one_running ON stats_run (stat_date) WHERE status = 'RUNNING';
CREATE INDEX stats_run_started ON stats_run (started_at DESC);

-- Every tenant of a day's roll-up with its name and kind and its direct superior on that day (the hierarchy
-- as it stood when the figures were rolled up; a tenant that unlinks leaves the next day's figures).
CREATE TABLE dashboard_tenant (
    tenant_key   varchar(30)  NOT NULL,
    stat_date    date         NOT NULL,
    name         varchar(200) NOT NULL,
    kind         varchar(20)  NOT NULL,
    superior_key varchar(30),
    computed_at  timestamptz  NOT NULL,
    PRIMARY KEY (tenant_key, stat_date)
);
CREATE INDEX dashboard_tenant_superior ON dashboard_tenant (stat_date, superior_key);

-- Figures of a tenant on a day: OWN = the tenant alone, SUBTREE = the tenant and every tenant below it.
-- Only counts: no person appears here.
CREATE TABLE dashboard_figure (
    tenant_key varchar(30)  NOT NULL,
    stat_date  date         NOT NULL,
    scope      varchar(7)   NOT NULL CHECK (scope IN ('OWN', 'SUBTREE')),
    metric     varchar(80)  NOT NULL,
    dimension  varchar(120) NOT NULL,
    value      bigint       NOT NULL,
    PRIMARY KEY (tenant_key, stat_date, scope, metric, dimension)
);
CREATE INDEX dashboard_figure_date ON dashboard_figure (stat_date);
