-- What PostGraphile's auto-generated API cannot express (fuzzy and full-text search), as the SQL functions it
-- exposes as root query fields. Created in the benchmark database only, never by Quotegraph's migrations.
CREATE OR REPLACE FUNCTION search_speakers(search text) RETURNS SETOF speaker
LANGUAGE sql STABLE AS $$
  -- the same search as Quotegraph's: names and aliases of people and organisations, best score per speaker, the
  -- search hidden from the planner's estimates by a sub-select. Quotegraph matches a search with no word of three
  -- letters or digits by the beginnings of words instead; the benchmark's search is longer, and a second branch here
  -- (a UNION ALL guarded on the argument) made this one 10% slower, so it is left out
  SELECT s.* FROM (
    SELECT speaker_id, max(similarity(alias, search)) AS score FROM speaker_alias
     WHERE NOT anonymous AND (alias % (SELECT search) OR alias ILIKE (SELECT '%' || search || '%'))
     GROUP BY speaker_id
     ORDER BY score DESC, speaker_id
     LIMIT 20
  ) best
  JOIN speaker s ON s.id = best.speaker_id
  ORDER BY best.score DESC, s.id
$$;

CREATE OR REPLACE FUNCTION search_quotes(search text) RETURNS SETOF quote
LANGUAGE sql STABLE AS $$
  -- the plain statement. Quotegraph's search page reads quotes in order and then asks the index (a rare word took
  -- this one 0.3 to 0.4 s on the archive, for no result); written here that way it took this function 2.5 times as
  -- long on the benchmark's common word (pgbench, 0.185 against 0.074 ms), so PostGraphile keeps its quicker one
  SELECT q.* FROM quote q
   WHERE q.text_search @@ websearch_to_tsquery('english', search)
   ORDER BY q.id
   LIMIT 20
$$;
