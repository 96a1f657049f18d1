-- The module catalogue and the plans that bundle modules. Module keys are <service area>.<feature>; the
-- gateway gates every route by one of them.
CREATE TABLE module (
    module_key varchar(50)  PRIMARY KEY CHECK (module_key ~ '^[a-z]+\.[a-z]+$'),
    platform   varchar(20)  NOT NULL CHECK (platform IN ('work', 'information', 'management', 'learning', 'statistics')),
    name       varchar(50)  NOT NULL,
    name_en    varchar(80)  NOT NULL,
    position   integer      NOT NULL
);

CREATE TABLE plan (
    plan_key    varchar(30)  PRIMARY KEY CHECK (plan_key ~ '^[a-z][a-z0-9-]{1,29}$'),
    name        varchar(50)  NOT NULL,
    name_en     varchar(80)  NOT NULL,
    description varchar(500) NOT NULL,
    position    integer      NOT NULL
);

CREATE TABLE plan_module (
    plan_key   varchar(30) NOT NULL REFERENCES plan (plan_key) ON DELETE CASCADE,
    module_key varchar(50) NOT NULL REFERENCES module (module_key),
    PRIMARY KEY (plan_key, module_key)
);
