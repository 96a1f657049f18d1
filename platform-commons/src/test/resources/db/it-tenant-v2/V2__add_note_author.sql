ALTER TABLE note ADD COLUMN author varchar(100);
