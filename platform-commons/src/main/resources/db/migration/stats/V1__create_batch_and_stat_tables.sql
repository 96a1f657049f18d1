-- Nightly statistics of a service, in its shared "platform" schema under their own Flyway history
-- (stats_schema_history), so they never clash with the service's own db/migration/platform versions.

-- Spring Batch 6.0.4 job repository, adapted from spring-batch-core's schema-postgresql.sql: the same tables,
-- columns and sequences, in schema platform (spring.batch.jdbc.table-prefix=platform.BATCH_). One repository per
-- service, never one per tenant: the tenant is the partition (shared/PITFALLS.md).
CREATE TABLE batch_job_instance (
    job_instance_id bigint       NOT NULL PRIMARY KEY,
    version         bigint,
    job_name        varchar(100) NOT NULL,
    job_key         varchar(32)  NOT NULL,
    CONSTRAINT job_inst_un UNIQUE (job_name, job_key)
);

CREATE TABLE batch_job_execution (
    job_execution_id bigint    NOT NULL PRIMARY KEY,
    version          bigint,
    job_instance_id  bigint    NOT NULL,
    create_time      timestamp NOT NULL,
    start_time       timestamp DEFAULT NULL,
    end_time         timestamp DEFAULT NULL,
    status           varchar(10),
    exit_code        varchar(2500),
    exit_message     varchar(2500),
    last_updated     timestamp,
    CONSTRAINT job_inst_exec_fk FOREIGN KEY (job_instance_id) REFERENCES batch_job_instance (job_instance_id)
);

CREATE TABLE batch_job_execution_params (
    job_execution_id bigint       NOT NULL,
    parameter_name   varchar(100) NOT NULL,
    parameter_type   varchar(100) NOT NULL,
    parameter_value  varchar(2500),
    identifying      char(1)      NOT NULL,
    CONSTRAINT job_exec_params_fk FOREIGN KEY (job_execution_id) REFERENCES batch_job_execution (job_execution_id)
);

CREATE TABLE batch_step_execution (
    step_execution_id  bigint       NOT NULL PRIMARY KEY,
    version            bigint       NOT NULL,
    step_name          varchar(100) NOT NULL,
    job_execution_id   bigint       NOT NULL,
    create_time        timestamp    NOT NULL,
    start_time         timestamp DEFAULT NULL,
    end_time           timestamp DEFAULT NULL,
    status             varchar(10),
    commit_count       bigint,
    read_count         bigint,
    filter_count       bigint,
    write_count        bigint,
    read_skip_count    bigint,
    write_skip_count   bigint,
    process_skip_count bigint,
    rollback_count     bigint,
    exit_code          varchar(2500),
    exit_message       varchar(2500),
    last_updated       timestamp,
    CONSTRAINT job_exec_step_fk FOREIGN KEY (job_execution_id) REFERENCES batch_job_execution (job_execution_id)
);

CREATE TABLE batch_step_execution_context (
    step_execution_id  bigint        NOT NULL PRIMARY KEY,
    short_context      varchar(2500) NOT NULL,
    serialized_context text,
    CONSTRAINT step_exec_ctx_fk FOREIGN KEY (step_execution_id) REFERENCES batch_step_execution (step_execution_id)
);

CREATE TABLE batch_job_execution_context (
    job_execution_id   bigint        NOT NULL PRIMARY KEY,
    short_context      varchar(2500) NOT NULL,
    serialized_context text,
    CONSTRAINT job_exec_ctx_fk FOREIGN KEY (job_execution_id) REFERENCES batch_job_execution (job_execution_id)
);

CREATE SEQUENCE batch_step_execution_seq MAXVALUE 9223372036854775807 NO CYCLE;
CREATE SEQUENCE batch_job_execution_seq MAXVALUE 9223372036854775807 NO CYCLE;
CREATE SEQUENCE batch_job_instance_seq MAXVALUE 9223372036854775807 NO CYCLE;

-- Not in Spring Batch's script: a restart looks up each partition's last step execution by job instance and
-- step name, and the run view reads the partitions of a day; without these both scan every execution.
CREATE INDEX batch_job_execution_instance ON batch_job_execution (job_instance_id);
CREATE INDEX batch_step_execution_job_execution ON batch_step_execution (job_execution_id, step_name);

-- The daily figures of every tenant: one row per metric and dimension ("total" for a scalar metric), replaced
-- as a whole per tenant and day by the nightly job.
CREATE TABLE stat_daily_figure (
    stat_date   date         NOT NULL,
    tenant_key  varchar(63)  NOT NULL,
    metric      varchar(80)  NOT NULL,
    dimension   varchar(120) NOT NULL,
    value       bigint       NOT NULL,
    computed_at timestamptz  NOT NULL,
    PRIMARY KEY (stat_date, tenant_key, metric, dimension)
);
