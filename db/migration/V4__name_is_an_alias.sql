-- Every speaker's name is also one of its aliases (the importer and merges already store it), so that fuzzy
-- search reads the alias trigram index alone instead of two indexes and merging their scores.

INSERT INTO speaker_alias (speaker_id, alias, alias_key)
SELECT id, name, name_key FROM speaker
ON CONFLICT DO NOTHING;

CREATE FUNCTION speaker_name_as_alias() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO speaker_alias (speaker_id, alias, alias_key) VALUES (NEW.id, NEW.name, NEW.name_key)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER speaker_name_alias AFTER INSERT OR UPDATE OF name ON speaker
  FOR EACH ROW EXECUTE FUNCTION speaker_name_as_alias();

-- names are searched through their aliases now
DROP INDEX speaker_named_trgm_idx;
DROP INDEX speaker_anonymous_trgm_idx;
