#!/usr/bin/env bash
# Quotegraph at archive scale, side by side with PostGraphile and with pgbench (the database's own limit).
#
#   bench/archive/run.sh            # 100,000 articles (about a million quotes); reuses the archive when built
#   ARTICLES=20000 DURATION=10 bench/archive/run.sh
#   SYSTEMS=quotegraph bench/archive/run.sh   # one system only (quotegraph, postgraphile, pgbench), no table
#
# Each system is warmed up on every query first (WARMUP seconds each, 120 by default: on two cores shared with wrk and
# PostgreSQL, the JVM's JIT compiler takes minutes to settle), then measured.
# Needs a JDK, Node.js/npm, PostgreSQL at $PGHOST:$PGPORT (trust auth), wrk and pgbench; installs wrk with apt
# when missing. Prints a markdown table and writes it to target/bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

ARTICLES=${ARTICLES:-100000}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-120}
SYSTEMS=${SYSTEMS:-quotegraph postgraphile pgbench}
QG_JAVA_OPTS=${QG_JAVA_OPTS:-}   # e.g. a JFR recording
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
DB=${BENCH_DB:-quotegraph_bench}
QG_PORT=18090
PGL_PORT=18091
export PGHOST PGPORT PGUSER
out=target/bench
mkdir -p "$out"

command -v wrk > /dev/null || apt-get install -y wrk > /dev/null
command -v pgbench > /dev/null || { echo "pgbench is needed (Debian: postgresql package)"; exit 1; }
[ -f target/quotegraph.jar ] || ./mvnw -q -B package -DskipTests

psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 || psql -d postgres -qc "CREATE DATABASE $DB"
URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
q() { psql -d "$DB" -tAc "$1"; }

# 1. The archive, built through the bulk import (skipped when it is already there)
have=$(q "SELECT count(*) FROM article" 2> /dev/null || echo 0)
if [ "$have" -lt "$ARTICLES" ]; then
  echo "Generating $ARTICLES articles..."
  rm -rf "$out/corpus"
  java bench/archive/CorpusGenerator.java "$out/corpus" "$ARTICLES"
  echo "Importing through 'quotegraph import'..."
  start=$(date +%s.%N)
  java -jar target/quotegraph.jar import "$out/corpus" --spring.datasource.url="$URL" \
       --spring.datasource.username="$PGUSER" | tail -2
  end=$(date +%s.%N)
  imported=$(q "SELECT count(*) FROM article")
  echo "import: $(echo "($imported - $have) / ($end - $start)" | bc -l | xargs printf '%.0f') articles/s" | tee "$out/import-rate.txt"
fi
q "VACUUM ANALYZE" > /dev/null
articles=$(q "SELECT count(*) FROM article")
quotes=$(q "SELECT count(*) FROM quote")
speakers=$(q "SELECT count(*) FROM speaker")

# 2. The four questions, with parameters read off the archive
read -r s1 s2 <<< "$(q "SELECT string_agg(id::text, ' ') FROM (SELECT speaker_id AS id FROM quote q JOIN speaker s ON s.id = q.speaker_id WHERE s.kind = 'PERSON' GROUP BY speaker_id ORDER BY count(*) DESC LIMIT 2) t")"
n1=$(q "SELECT name FROM speaker WHERE id = $s1"); n2=$(q "SELECT name FROM speaker WHERE id = $s2")
k1=$(q "SELECT name_key FROM speaker WHERE id = $s1"); k2=$(q "SELECT name_key FROM speaker WHERE id = $s2")
fuzzy=$(echo "$n1" | awk '{print substr($NF, 1, length($NF) - 1)}')
word=budget
article=$(q "SELECT id FROM article ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM article)")
article_gid=$(printf 'Article:%s' "$article" | base64 | tr '+/' '-_' | tr -d '=')
json() { python3 -c 'import json,sys; print(json.dumps({"query": sys.stdin.read()}))'; }

json > "$out/quotegraph-q1.json" <<GQL
{ quotes(filter: {speakerNames: ["$n1", "$n2"]}, first: 20) { edges { node { text
    speaker { name } article { title } paragraph { text } context(before: 1, after: 1) { text } } } } }
GQL
json > "$out/quotegraph-q2.json" <<GQL
{ speakers(search: "$fuzzy", first: 20) { edges { node { name quoteCount } } } }
GQL
json > "$out/quotegraph-q3.json" <<GQL
{ quotes(filter: {search: "$word"}, first: 20) { edges { node { text speaker { name } } } } }
GQL
json > "$out/quotegraph-q4.json" <<GQL
{ article(id: "$article_gid") { title paragraphs { position text }
    quotes(first: 50) { edges { node { text speaker { name } } } } } }
GQL

# PostGraphile: its auto-generated API, one request each; context means all paragraphs of the article
ctx='paragraphByParagraphId { text position articleByArticleId { title paragraphsByArticleId(orderBy: POSITION_ASC) { nodes { position text } } } }'
json > "$out/postgraphile-q1.json" <<GQL
{ a: allQuotes(condition: {speakerId: "$s1"}, first: 10, orderBy: ID_ASC) { nodes { text speakerBySpeakerId { name } $ctx } }
  b: allQuotes(condition: {speakerId: "$s2"}, first: 10, orderBy: ID_ASC) { nodes { text speakerBySpeakerId { name } $ctx } } }
GQL
json > "$out/postgraphile-q2.json" <<GQL
{ searchSpeakers(search: "$fuzzy") { nodes { name quoteCount } } }
GQL
json > "$out/postgraphile-q3.json" <<GQL
{ searchQuotes(search: "$word") { nodes { text speakerBySpeakerId { name } } } }
GQL
json > "$out/postgraphile-q4.json" <<GQL
{ articleById(id: "$article") { title paragraphsByArticleId(orderBy: POSITION_ASC) { nodes { position text } }
    quotesByArticleId(first: 50, orderBy: ID_ASC) { nodes { text speakerBySpeakerId { name } } } } }
GQL

# pgbench: the SQL Quotegraph runs for Q1 (the page, its speakers found by name and each quote completed with its
# paragraph, article and speaker; the context paragraphs around the page), with the values it binds written in
lookup() { echo "CROSS JOIN LATERAL (SELECT id, article_id, position, text FROM paragraph WHERE id = q.paragraph_id OFFSET 0) p
  CROSS JOIN LATERAL (SELECT id, title, outlet, url, published_at, imported_at FROM article WHERE id = q.article_id OFFSET 0) a
  LEFT JOIN LATERAL (SELECT id, name, kind, description, quote_count FROM speaker WHERE id = q.speaker_id OFFSET 0) s ON TRUE"; }
ids="ARRAY[$s1,$s2]::bigint[]"
stretches=$(q "SELECT 'ARRAY[' || string_agg(article_id::text, ',') || ']::bigint[], ARRAY[' || string_agg(low::text, ',')
  || ']::int[], ARRAY[' || string_agg(high::text, ',') || ']::int[]' FROM (SELECT q.article_id, greatest(p.position - 1, 0) AS low,
  p.position + 1 AS high FROM quote q JOIN paragraph p ON p.id = q.paragraph_id WHERE q.speaker_id = ANY($ids) ORDER BY q.id LIMIT 20) k")
cat > "$out/pgbench-q1.sql" <<SQL
SELECT q.id, q.mention, q.role, q.type, q.cue, q.text, q.start_offset, q.end_offset, q.confidence, p.id, p.article_id, p.position, p.text, a.id, a.title, a.outlet, a.url, a.published_at, a.imported_at, s.id, s.name, s.kind, s.description, s.quote_count FROM (SELECT q.* FROM (SELECT id FROM speaker WHERE name_key = ANY(ARRAY['$k1','$k2']) UNION SELECT id FROM speaker WHERE kind = 'PERSON' AND surname_key = ANY(ARRAY[]::text[]) UNION SELECT speaker_id FROM speaker_alias WHERE alias_key = ANY(ARRAY['$k1','$k2'])) s(id) CROSS JOIN LATERAL (SELECT q.id, q.paragraph_id, q.article_id, q.speaker_id, q.mention, q.role, q.type, q.cue, q.text, q.start_offset, q.end_offset, q.confidence FROM quote q WHERE q.speaker_id = s.id AND TRUE ORDER BY q.id ASC LIMIT 21) q ORDER BY q.id ASC LIMIT 21) q $(lookup | tr '\n' ' ') ORDER BY q.id ASC;
SELECT DISTINCT p.id, p.article_id, p.position, p.text FROM unnest($stretches) AS k(article_id, low, high) JOIN paragraph p ON p.article_id = k.article_id AND p.position BETWEEN k.low AND k.high ORDER BY p.article_id, p.position;
SQL

load() { # system query connections url
  wrk -t2 -c"$3" -d"${DURATION}s" --timeout 10s -s bench/archive/graphql.lua "$4" -- "$out/$1-$2.json" 2>&1 \
    | grep RESULT | sed 's/RESULT //'
}
ready() { for _ in $(seq 1 120); do curl -sf "$1" > /dev/null 2>&1 && return 0; sleep 1; done; return 1; }
field() { echo "$1" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2; }
wanted() { [[ " $SYSTEMS " == *" $1 "* ]]; }
declare -A R

measure() { # key system url: checks each query once, warms up on all of them, then measures them in turn
  local key=$1 system=$2 url=$3 n c
  for n in 1 2 3 4; do
    if curl -s "$url" -H 'Content-Type: application/json' -d @"$out/$system-q$n.json" | grep -q '"errors"'; then
      echo "$system Q$n fails:"; curl -s "$url" -H 'Content-Type: application/json' -d @"$out/$system-q$n.json" | head -c 500
      exit 1
    fi
    wrk -t2 -c16 -d"${WARMUP}s" -s bench/archive/graphql.lua "$url" -- "$out/$system-q$n.json" > /dev/null
  done
  for n in 1 2 3 4; do
    for c in 16 64; do R[$key,$n,$c]=$(load "$system" "q$n" $c "$url"); echo "$system Q$n c=$c ${R[$key,$n,$c]}"; done
  done
}

# 3. Quotegraph
if wanted quotegraph; then
  java -Xmx2g $QG_JAVA_OPTS -jar target/quotegraph.jar --server.port=$QG_PORT --spring.datasource.url="$URL" \
       --spring.datasource.username="$PGUSER" --quotegraph.api-token=bench --logging.level.root=warn \
       --quotegraph.graphql.max-complexity=100000 > "$out/quotegraph.log" 2>&1 &
  qg=$!
  trap 'kill ${qg:-} ${pgl:-} 2> /dev/null || true' EXIT
  ready "http://localhost:$QG_PORT/actuator/health/readiness"
  measure qg quotegraph "http://localhost:$QG_PORT/graphql"
  kill $qg; wait $qg 2> /dev/null || true
fi

# 4. PostGraphile v4 on the same database
if wanted postgraphile; then
  psql -d "$DB" -q -f bench/archive/postgraphile/functions.sql
  (cd bench/archive/postgraphile && [ -d node_modules ] || npm ci --no-audit --no-fund --silent > /dev/null)
  node bench/archive/postgraphile/node_modules/.bin/postgraphile -c "postgres://$PGUSER@$PGHOST:$PGPORT/$DB" \
       --port $PGL_PORT --disable-default-mutations --disable-query-log > "$out/postgraphile.log" 2>&1 &
  pgl=$!
  trap 'kill ${qg:-} ${pgl:-} 2> /dev/null || true' EXIT
  ready "http://localhost:$PGL_PORT/graphql" || true
  sleep 2
  measure pgl postgraphile "http://localhost:$PGL_PORT/graphql"
  kill $pgl; wait $pgl 2> /dev/null || true
fi

# 5. pgbench: the database's own limit on Q1's SQL
if wanted pgbench; then
  pg16=$(pgbench -n -c 16 -j 2 -T "$DURATION" -f "$out/pgbench-q1.sql" "$DB" 2>&1 | grep -E "^tps" | head -1 | awk '{print $3}')
  pg64=$(pgbench -n -c 64 -j 2 -T "$DURATION" -f "$out/pgbench-q1.sql" "$DB" 2>&1 | grep -E "^tps" | head -1 | awk '{print $3}')
  echo "pgbench Q1: $pg16 tps at 16, $pg64 at 64"
fi
[ "$SYSTEMS" = "quotegraph postgraphile pgbench" ] || exit 0

# 6. The table
{
  echo "Archive: $articles articles, $quotes quotes, $speakers speakers; $(nproc) cores; ${DURATION}s per run; $(date -u +%Y-%m-%d)"
  [ -f "$out/import-rate.txt" ] && echo "Bulk import: $(cat "$out/import-rate.txt")"
  echo
  echo "| Query | conns | Quotegraph req/s | p50 ms | p99 ms | errors | PostGraphile req/s | p50 ms | p99 ms | errors | ratio |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  for n in 1 2 3 4; do for c in 16 64; do
    a=${R[qg,$n,$c]}; b=${R[pgl,$n,$c]}
    ra=$(field "$a" rps); rb=$(field "$b" rps)
    echo "| Q$n | $c | $ra | $(field "$a" p50) | $(field "$a" p99) | $(field "$a" errors) | $rb | $(field "$b" p50) | $(field "$b" p99) | $(field "$b" errors) | $(echo "$ra / $rb" | bc -l | xargs printf '%.2f') |"
  done; done
  echo
  echo "pgbench on Q1's SQL (2 statements a transaction): $pg16 tps at 16 connections, $pg64 at 64."
} | tee "$out/results.md"
