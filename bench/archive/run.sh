#!/usr/bin/env bash
# Quotegraph at archive scale, side by side with PostGraphile and with pgbench (the database's own limit).
#
#   bench/archive/run.sh            # 100,000 articles (about a million quotes); reuses the archive when built
#   ARTICLES=20000 DURATION=10 bench/archive/run.sh
#   SYSTEMS=quotegraph bench/archive/run.sh   # one system only (quotegraph, postgraphile, pgbench), no table
#
# Both servers run side by side; each is warmed up on every query first (WARMUP seconds each, 120 by default: on two
# cores shared with wrk and PostgreSQL, the JVM's JIT compiler takes minutes to settle), then the systems are measured
# in turn on each query, so that the machine's drift during the run affects them alike; ROUNDS (2) rounds of it,
# each cell of the table their mean (p99 the worst of them).
# Needs a JDK, Node.js/npm, PostgreSQL at $PGHOST:$PGPORT (trust auth), wrk and pgbench; installs wrk with apt
# when missing. Prints a markdown table and writes it to target/bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

ARTICLES=${ARTICLES:-100000}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-120}
ROUNDS=${ROUNDS:-2}
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
# (rebuilt when a source is newer than the jar, so that the numbers are the checkout's)
if [ ! -f target/quotegraph.jar ] || [ -n "$(find src pom.xml schema.graphqls db -newer target/quotegraph.jar -print -quit)" ]; then
  ./mvnw -q -B package -DskipTests
fi

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

# pgbench: the SQL Quotegraph runs for Q1, run the way Quotegraph runs it (prepared statements, -M prepared): the
# speakers' ids by name (parameters as sub-selects, planned once, as Quotegraph's is), then the page, each quote
# completed with its paragraph, article and speaker, and the context paragraphs around the page (both planned once,
# as PostgreSQL does for Quotegraph's: their values written in)
lookup() { echo "CROSS JOIN LATERAL (SELECT id, article_id, position, text FROM paragraph WHERE id = q.paragraph_id OFFSET 0) p
  CROSS JOIN LATERAL (SELECT id, title, outlet, url, published_at, imported_at FROM article WHERE id = q.article_id OFFSET 0) a
  LEFT JOIN LATERAL (SELECT id, name, kind, description, quote_count FROM speaker WHERE id = q.speaker_id OFFSET 0) s ON TRUE"; }
named=$(q "SELECT string_agg(id::text, ', ' ORDER BY id) FROM (SELECT id FROM speaker WHERE name_key IN ('$k1', '$k2') UNION
  SELECT speaker_id FROM speaker_alias WHERE alias_key IN ('$k1', '$k2')) t")
stretches=$(q "SELECT string_agg(format('(%s, %s, %s)', article_id, low, high), ', ') FROM (SELECT DISTINCT q.article_id,
  greatest(p.position - 1, 0) AS low, p.position + 1 AS high FROM (SELECT * FROM quote WHERE speaker_id IN ($named)
  ORDER BY id LIMIT 20) q JOIN paragraph p ON p.id = q.paragraph_id) k")
count=$(echo "$stretches" | grep -o '(' | wc -l); pad=1; while [ $pad -lt "$count" ]; do pad=$((pad * 2)); done
last=$(echo "$stretches" | grep -o '([^)]*)$')
for _ in $(seq $((count + 1)) $pad); do stretches="$stretches, $last"; done
cat > "$out/pgbench-q1.sql" <<SQL
SELECT id FROM speaker WHERE name_key = ANY((SELECT CAST(:keys AS text[]))::text[]) UNION SELECT id FROM speaker WHERE kind = 'PERSON' AND surname_key = ANY((SELECT CAST(:surnames AS text[]))::text[]) UNION SELECT speaker_id FROM speaker_alias WHERE alias_key = ANY((SELECT CAST(:keys AS text[]))::text[]);
SELECT q.id, q.mention, q.role, q.type, q.cue, q.text, q.start_offset, q.end_offset, q.confidence, p.id, p.article_id, p.position, p.text, a.id, a.title, a.outlet, a.url, a.published_at, a.imported_at, s.id, s.name, s.kind, s.description, s.quote_count FROM (SELECT q.* FROM (SELECT id FROM speaker WHERE id IN ($named)) s(id) CROSS JOIN LATERAL (SELECT q.id, q.paragraph_id, q.article_id, q.speaker_id, q.mention, q.role, q.type, q.cue, q.text, q.start_offset, q.end_offset, q.confidence FROM quote q WHERE q.speaker_id = s.id AND TRUE ORDER BY q.id ASC LIMIT 21) q ORDER BY q.id ASC LIMIT 21) q $(lookup | tr '\n' ' ') ORDER BY q.id ASC;
SELECT DISTINCT p.id, p.article_id, p.position, p.text FROM (VALUES $stretches) AS k(article_id, low, high) JOIN paragraph p ON p.article_id = k.article_id AND p.position BETWEEN k.low AND k.high ORDER BY p.article_id, p.position;
SQL
pgbench_args=(-M prepared -D "keys={\"$k1\",\"$k2\"}" -D "surnames={}")

load() { # system query connections url
  wrk -t2 -c"$3" -d"${DURATION}s" --timeout 10s -s bench/archive/graphql.lua "$4" -- "$out/$1-$2.json" 2>&1 \
    | grep RESULT | sed 's/RESULT //'
}
ready() { for _ in $(seq 1 120); do curl -sf "$1" > /dev/null 2>&1 && return 0; sleep 1; done; return 1; }
field() { echo "$1" | tr ' ' '\n' | { grep "^$2=" || true; } | cut -d= -f2; }
wanted() { [[ " $SYSTEMS " == *" $1 "* ]]; }
declare -A R

check() { # system url: each query answered without errors
  local n
  for n in 1 2 3 4; do
    if curl -s "$2" -H 'Content-Type: application/json' -d @"$out/$1-q$n.json" | grep -q '"errors"'; then
      echo "$1 Q$n fails:"; curl -s "$2" -H 'Content-Type: application/json' -d @"$out/$1-q$n.json" | head -c 500
      exit 1
    fi
  done
}
declare -A URL_OF=([quotegraph]="http://localhost:$QG_PORT/graphql" [postgraphile]="http://localhost:$PGL_PORT/graphql")
declare -A KEY_OF=([quotegraph]=qg [postgraphile]=pgl)
servers=()
trap 'kill ${qg:-} ${pgl:-} 2> /dev/null || true' EXIT

# 3. Quotegraph and PostGraphile v4 on the same database, both started before anything is measured
if wanted quotegraph; then
  java -Xmx2g $QG_JAVA_OPTS -jar target/quotegraph.jar --server.port=$QG_PORT --spring.datasource.url="$URL" \
       --spring.datasource.username="$PGUSER" --quotegraph.api-token=bench --logging.level.root=warn \
       --quotegraph.graphql.max-complexity=100000 > "$out/quotegraph.log" 2>&1 &
  qg=$!
  ready "http://localhost:$QG_PORT/actuator/health/readiness"
  servers+=(quotegraph)
fi
if wanted postgraphile; then
  psql -d "$DB" -q -f bench/archive/postgraphile/functions.sql
  (cd bench/archive/postgraphile && [ -d node_modules ] || npm ci --no-audit --no-fund --silent > /dev/null)
  node bench/archive/postgraphile/node_modules/.bin/postgraphile -c "postgres://$PGUSER@$PGHOST:$PGPORT/$DB" \
       --port $PGL_PORT --disable-default-mutations --disable-query-log > "$out/postgraphile.log" 2>&1 &
  pgl=$!
  ready "http://localhost:$PGL_PORT/graphql" || true
  sleep 2
  servers+=(postgraphile)
fi
for system in "${servers[@]}"; do check "$system" "${URL_OF[$system]}"; done

# 4. Warm-up: each server on each question in turn
for n in 1 2 3 4; do
  for system in "${servers[@]}"; do
    wrk -t2 -c16 -d"${WARMUP}s" -s bench/archive/graphql.lua "${URL_OF[$system]}" -- "$out/$system-q$n.json" > /dev/null
  done
done

# 5. The measurements, interleaved: for each question and connection count the servers one after the other (in
# alternating order) and, on Q1, pgbench on its SQL right after them, so that the machine's drift over the run
# (seen: a fifth in an hour) falls on all of them alike; ROUNDS times over, so that one slow minute is not the table
pgbench_q1() { pgbench -n "${pgbench_args[@]}" -c "$1" -j 2 -T "$DURATION" -f "$out/pgbench-q1.sql" "$DB" 2>&1 | grep -E "^tps" | head -1 | awk '{print $3}'; }
turn=0
for round in $(seq 1 "$ROUNDS"); do
  for n in 1 2 3 4; do
    for c in 16 64; do
      order=("${servers[@]}")
      if [ $((turn % 2)) -eq 1 ] && [ ${#servers[@]} -eq 2 ]; then order=("${servers[1]}" "${servers[0]}"); fi
      turn=$((turn + 1))
      for system in "${order[@]}"; do
        key=${KEY_OF[$system]}
        result=$(load "$system" "q$n" $c "${URL_OF[$system]}"); echo "round $round $system Q$n c=$c $result"
        R[$key,$n,$c]="${R[$key,$n,$c]:-}$result"$'\n'
      done
      if [ "$n" = 1 ] && wanted pgbench; then
        tps=$(pgbench_q1 "$c"); echo "round $round pgbench Q1 c=$c $tps tps"
        R[pg,$c]="${R[pg,$c]:-}rps=$tps"$'\n'
      fi
    done
  done
done
[ -n "${qg:-}" ] && { kill $qg; wait $qg 2> /dev/null || true; }
[ -n "${pgl:-}" ] && { kill $pgl; wait $pgl 2> /dev/null || true; }
if wanted pgbench && [ ${#servers[@]} -eq 0 ]; then
  for c in 16 64; do R[pg,$c]="rps=$(pgbench_q1 "$c")"; echo "pgbench Q1 c=$c ${R[pg,$c]} tps"; done
fi
# the rounds of one measurement in one: mean requests a second and p50, the worst p99, all errors
combined() {
  echo "$1" | awk '/rps=/ { for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] += kv[2]
                                                       if (kv[1] == "p99" && kv[2] > worst) worst = kv[2] } n++ }
    END { if (!n) exit; printf "rps=%.1f p50=%.2f p99=%.2f errors=%d\n", v["rps"] / n, v["p50"] / n, worst, v["errors"] }'
}
pg16=$(field "$(combined "${R[pg,16]:-}")" rps); pg64=$(field "$(combined "${R[pg,64]:-}")" rps)
[ "$SYSTEMS" = "quotegraph postgraphile pgbench" ] || exit 0

# 6. The table
{
  echo "Archive: $articles articles, $quotes quotes, $speakers speakers; $(nproc) cores; ${DURATION}s per run," \
       "mean of $ROUNDS rounds (p99 the worst); $(date -u +%Y-%m-%d)"
  [ -f "$out/import-rate.txt" ] && echo "Bulk import: $(sed "s/^import: //" "$out/import-rate.txt")"
  echo
  echo "| Query | conns | Quotegraph req/s | p50 ms | p99 ms | errors | PostGraphile req/s | p50 ms | p99 ms | errors | ratio |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  for n in 1 2 3 4; do for c in 16 64; do
    a=$(combined "${R[qg,$n,$c]}"); b=$(combined "${R[pgl,$n,$c]}")
    ra=$(field "$a" rps); rb=$(field "$b" rps)
    echo "| Q$n | $c | $ra | $(field "$a" p50) | $(field "$a" p99) | $(field "$a" errors) | $rb | $(field "$b" p50) | $(field "$b" p99) | $(field "$b" errors) | $(echo "$ra / $rb" | bc -l | xargs printf '%.2f') |"
  done; done
  echo
  echo "pgbench on Q1's SQL (3 statements a transaction, prepared): $pg16 tps at 16 connections, $pg64 at 64;" \
       "Quotegraph's Q1 is $(echo "$(field "$(combined "${R[qg,1,16]}")" rps) / $pg16" | bc -l | xargs printf '%.2f')" \
       "of it at 16 and $(echo "$(field "$(combined "${R[qg,1,64]}")" rps) / $pg64" | bc -l | xargs printf '%.2f') at 64."
} | tee "$out/results.md"
