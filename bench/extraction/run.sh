#!/usr/bin/env bash
# Extraction speed: articles per second on the development articles, one thread and all cores.
# usage: bench/extraction/run.sh [FOLDER] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
cp="target/classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench
javac -d target/bench -cp "$cp" bench/extraction/ExtractionBench.java
java -cp "target/bench:$cp" ExtractionBench "${1:-src/test/resources/eval/articles}" "${2:-10}"
