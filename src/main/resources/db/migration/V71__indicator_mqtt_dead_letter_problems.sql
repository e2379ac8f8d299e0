-- The problems of a dead-lettered MQTT message as codes with their arguments (a JSON array of {field, line, index,
-- code, args}), so that the page and the API show them in the reader's language. Messages dead-lettered before keep
-- only their English reason (problems is null); reason now holds the codes, for logs and psql.
alter table mqtt_dead_letter add column problems jsonb;
