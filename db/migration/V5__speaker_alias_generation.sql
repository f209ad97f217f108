-- Each instance keeps the named speakers' aliases in memory for fuzzy search (AliasIndexCache) and trusts that copy
-- while the count of committed changes to named aliases is the one it was built at. Each connection that changes
-- them counts in a row of its own (its backend's pid), so that concurrent imports never wait on one another's
-- count, nor deadlock on it; row 0 holds the counts of connections gone (AliasIndexCache folds them in). The count
-- is transactional: a reader sees a change counted exactly when it sees the change. Only changes to named aliases
-- count: anonymous sources, one per article, are searched in SQL.
CREATE TABLE speaker_alias_generation (
  backend integer PRIMARY KEY,
  value   bigint  NOT NULL
);

INSERT INTO speaker_alias_generation (backend, value) VALUES (0, 0);

CREATE FUNCTION speaker_alias_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  named boolean := TG_OP = 'TRUNCATE';
BEGIN
  -- a transition table exists only for the events that have it
  IF TG_OP IN ('INSERT', 'UPDATE') AND NOT named THEN
    named := EXISTS (SELECT 1 FROM new_aliases WHERE NOT anonymous);
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') AND NOT named THEN
    named := EXISTS (SELECT 1 FROM old_aliases WHERE NOT anonymous);
  END IF;
  IF named THEN
    INSERT INTO speaker_alias_generation AS g (backend, value) VALUES (pg_backend_pid(), 1)
    ON CONFLICT (backend) DO UPDATE SET value = g.value + 1;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER speaker_alias_inserted AFTER INSERT ON speaker_alias
  REFERENCING NEW TABLE AS new_aliases FOR EACH STATEMENT EXECUTE FUNCTION speaker_alias_count_change();
CREATE TRIGGER speaker_alias_updated AFTER UPDATE ON speaker_alias
  REFERENCING OLD TABLE AS old_aliases NEW TABLE AS new_aliases
  FOR EACH STATEMENT EXECUTE FUNCTION speaker_alias_count_change();
CREATE TRIGGER speaker_alias_deleted AFTER DELETE ON speaker_alias
  REFERENCING OLD TABLE AS old_aliases FOR EACH STATEMENT EXECUTE FUNCTION speaker_alias_count_change();
CREATE TRIGGER speaker_alias_truncated AFTER TRUNCATE ON speaker_alias
  FOR EACH STATEMENT EXECUTE FUNCTION speaker_alias_count_change();
