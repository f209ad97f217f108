-- What PostGraphile's auto-generated API cannot express (fuzzy and full-text search), as the SQL functions it
-- exposes as root query fields. Created in the benchmark database only, never by Quotegraph's migrations.
CREATE OR REPLACE FUNCTION search_speakers(search text) RETURNS SETOF speaker
LANGUAGE sql STABLE AS $$
  SELECT s.* FROM speaker s
   WHERE s.kind <> 'ANONYMOUS' AND (s.name % search OR s.name ILIKE '%' || search || '%')
   ORDER BY similarity(s.name, search) DESC, s.id
   LIMIT 20
$$;

CREATE OR REPLACE FUNCTION search_quotes(search text) RETURNS SETOF quote
LANGUAGE sql STABLE AS $$
  SELECT q.* FROM quote q
   WHERE q.text_search @@ websearch_to_tsquery('english', search)
   ORDER BY q.id
   LIMIT 20
$$;
