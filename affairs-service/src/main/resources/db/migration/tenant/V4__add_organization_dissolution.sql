-- A dissolved organisation (撤销) stays in the tree's table for the history; lists hide it unless asked.
ALTER TABLE organization ADD COLUMN dissolved_on date;
ALTER TABLE organization ADD COLUMN dissolution_reason varchar(500);
