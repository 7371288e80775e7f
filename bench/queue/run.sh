#!/usr/bin/env bash
# Words/s of `claimline worker` with 1 and 2 worker processes (docs/queue.md, "Benchmark"), A/B alternating, each
# run against a fresh throw-away nats-server and a fresh SQLite store. The corpus is any JSONL file (the numbers in
# docs/queue.md use ../shared/data/news/tbaq-articles.jsonl); it is repeated COPIES times, each copy's texts made
# distinct by a line at the end, since the stream and the store drop repeated texts.
# Usage: bench/queue/run.sh CORPUS.jsonl [COPIES=2] [RUNS=3]
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="$1"; copies="${2:-2}"; runs="${3:-3}"
cli="dotnet src/Claimline.Cli/bin/Release/net10.0/Claimline.Cli.dll"
work="$(mktemp -d "${TMPDIR:-/tmp}/claimline-queue-bench.XXXXXX")"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

python3 - "$corpus" "$copies" > "$work/corpus.jsonl" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
for copy in range(int(sys.argv[2])):
    for doc in lines:
        doc = dict(doc, id=f"{doc.get('id')}-{copy}", text=doc["text"] + f"\n\nCopy {copy}.")
        print(json.dumps(doc))
PY

start_server() {
  rm -rf "$work/js" "$work/server.log"
  nats-server -js -sd "$work/js" -a 127.0.0.1 -p -1 -l "$work/server.log" & server=$!
  for _ in $(seq 1 100); do
    port="$(sed -n 's/.*client connections on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/server.log" 2>/dev/null | head -n 1 || true)"
    [ -n "$port" ] && break; sleep 0.1
  done
  url="nats://127.0.0.1:$port"
}

run() { # $1 = worker processes
  start_server
  rm -f "$work"/store.db*
  $cli ingest --queue "$url" "$work/corpus.jsonl" 2>/dev/null
  local t0 t1 pids=()
  t0=$(date +%s.%N)
  for i in $(seq 1 "$1"); do
    $cli worker --queue "$url" --db "$work/store.db" --exit-when-empty 2>"$work/worker-$i.log" & pids+=($!)
  done
  wait "${pids[@]}"
  t1=$(date +%s.%N)
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
  # Wall clock from the workers' start (model loading included), and the steady state: words stored between the
  # first and the last commit (ingested_at), which leaves the start-up out.
  python3 - "$work/store.db" "$1" "$t0" "$t1" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY'
import sqlite3, sys
from datetime import datetime
db, n, t0, t1, load = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
words, docs, first, last, first_words = sqlite3.connect(db).execute(
    "select sum(words), count(*), min(ingested_at), max(ingested_at), "
    "(select words from documents order by ingested_at limit 1) from documents").fetchone()
span = (datetime.fromisoformat(last) - datetime.fromisoformat(first)).total_seconds()
print(f"{n} worker(s): {words} words, {docs} documents; wall {t1 - t0:.1f} s = {words / (t1 - t0):,.0f} words/s; "
      f"steady state {span:.1f} s = {(words - first_words) / span:,.0f} words/s (load average {load})")
PY
  tail -q -n 1 "$work"/worker-*.log | sed 's/^/    /'; rm -f "$work"/worker-*.log
}

for _ in $(seq 1 "$runs"); do run 1; run 2; done
