-- Fuzzy speaker search looks at people and organisations; anonymous sources ("an official") only when asked for.
-- An anonymous source is stored once per article, so a large archive holds the same few descriptions a hundred
-- thousand times, and short searches share trigrams with them: one trigram index over all of them made every
-- search recheck every anonymous row. Search now reads the aliases alone (a speaker's name is kept among them),
-- with a partial trigram index for each side.

-- every speaker's name is also one of its aliases (the importer and merges already store it)
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

-- an alias is anonymous when its speaker is; a speaker's kind never changes, aliases move only by insert
ALTER TABLE speaker_alias ADD COLUMN anonymous boolean NOT NULL DEFAULT false;

UPDATE speaker_alias a SET anonymous = true FROM speaker s WHERE s.id = a.speaker_id AND s.kind = 'ANONYMOUS';

CREATE FUNCTION speaker_alias_set_anonymous() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.anonymous := EXISTS (SELECT 1 FROM speaker WHERE id = NEW.speaker_id AND kind = 'ANONYMOUS');
  RETURN NEW;
END
$$;

CREATE TRIGGER speaker_alias_anonymous BEFORE INSERT OR UPDATE OF speaker_id ON speaker_alias
  FOR EACH ROW EXECUTE FUNCTION speaker_alias_set_anonymous();

DROP INDEX speaker_name_trgm_idx;
DROP INDEX speaker_alias_trgm_idx;
CREATE INDEX speaker_alias_named_trgm_idx ON speaker_alias USING gin (alias gin_trgm_ops) WHERE NOT anonymous;
CREATE INDEX speaker_alias_anonymous_trgm_idx ON speaker_alias USING gin (alias gin_trgm_ops) WHERE anonymous;
