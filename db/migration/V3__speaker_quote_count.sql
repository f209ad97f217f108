-- Each speaker's number of quotes, kept by the database as quotes are inserted, moved and deleted, so that lists
-- of speakers with their counts read one column instead of counting up to a hundred thousand index entries each.

ALTER TABLE speaker ADD COLUMN quote_count integer NOT NULL DEFAULT 0 CHECK (quote_count >= 0);

UPDATE speaker s SET quote_count = c.n
  FROM (SELECT speaker_id, count(*) AS n FROM quote WHERE speaker_id IS NOT NULL GROUP BY speaker_id) c
 WHERE s.id = c.speaker_id;

-- once per statement, from its transition tables; speakers are updated in id order, so that concurrent imports
-- lock them in the same order (and a lock conflict is retried by the importer)
CREATE FUNCTION speaker_apply_counts(speaker_ids bigint[], deltas integer[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  change record;
BEGIN
  FOR change IN
    SELECT c.speaker_id, sum(c.n)::integer AS n FROM unnest(speaker_ids, deltas) AS c(speaker_id, n)
     WHERE c.speaker_id IS NOT NULL
     GROUP BY c.speaker_id HAVING sum(c.n) <> 0 ORDER BY c.speaker_id
  LOOP
    UPDATE speaker SET quote_count = quote_count + change.n WHERE id = change.speaker_id;
  END LOOP;
END
$$;

CREATE FUNCTION quote_counts_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM speaker_apply_counts(ARRAY(SELECT speaker_id FROM new_rows), ARRAY(SELECT 1 FROM new_rows));
  RETURN NULL;
END
$$;

CREATE FUNCTION quote_counts_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM speaker_apply_counts(ARRAY(SELECT speaker_id FROM old_rows), ARRAY(SELECT -1 FROM old_rows));
  RETURN NULL;
END
$$;

CREATE FUNCTION quote_counts_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM speaker_apply_counts(
    ARRAY(SELECT speaker_id FROM new_rows) || ARRAY(SELECT speaker_id FROM old_rows),
    ARRAY(SELECT 1 FROM new_rows) || ARRAY(SELECT -1 FROM old_rows));
  RETURN NULL;
END
$$;

CREATE TRIGGER quote_counts_insert AFTER INSERT ON quote
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION quote_counts_inserted();
CREATE TRIGGER quote_counts_delete AFTER DELETE ON quote
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION quote_counts_deleted();
CREATE TRIGGER quote_counts_update AFTER UPDATE ON quote
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION quote_counts_updated();
