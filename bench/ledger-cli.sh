#!/usr/bin/env bash
# Whole-process ledger throughput on both engines in the same run: `claimtrail ingest` (analysis and
# storage) of real news articles into a new SQLite file and into a new PostgreSQL database, then
# `claimtrail import` of the same ledger's export into each (storage alone), then `claimtrail enqueue` of
# the articles and two `claimtrail worker` processes until the queue is empty. SQLite is the baseline; the
# ratios are what to compare. The texts go to a temporary folder, deleted afterwards (the corpus is
# licence-restricted); the benchmark databases are dropped at the end.
#
# usage: bench/ledger-cli.sh --pg CONNECTION [--limit-mb MB] [--no-build]
#   CONNECTION: an Npgsql connection string to a server where the role may create databases
#   (default: $CLAIMTRAIL_TEST_PG). CORPUS=path/to/news.jsonl overrides ../shared/corpus/news-en/news.jsonl
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
limit_mb=1
build=1
pg="${CLAIMTRAIL_TEST_PG:-}"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --limit-mb) limit_mb="${2:?--limit-mb needs a value}"; shift 2 ;;
        --pg) pg="${2:?--pg needs a connection string}"; shift 2 ;;
        --no-build) build=0; shift ;;
        *) echo "usage: bench/ledger-cli.sh --pg CONNECTION [--limit-mb MB] [--no-build]" >&2; exit 2 ;;
    esac
done
if [[ -z "$pg" ]]; then
    echo "ledger-cli: give --pg CONNECTION (or set CLAIMTRAIL_TEST_PG)" >&2
    exit 2
fi

corpus="${CORPUS:-$root/../shared/corpus/news-en/news.jsonl}"
if [[ ! -f "$corpus" ]]; then
    echo "ledger-cli: corpus not found: $corpus (set CORPUS=...)" >&2
    exit 1
fi
corpus="$(realpath "$corpus")"

if [[ $build -eq 1 ]]; then
    dotnet build "$root/src/Claimtrail.Cli" -c Release -nologo -v quiet >&2
fi
cli="$root/src/Claimtrail.Cli/bin/Release/net10.0/claimtrail.dll"

work="$(mktemp -d)"
suffix="$$_$(date +%s)"
ingest_db="claimtrail_bench_ingest_$suffix"
import_db="claimtrail_bench_import_$suffix"
queue_db="claimtrail_bench_queue_$suffix"

# Runs SQL on the server's maintenance database.
admin() {
    "$root/bench/pg-admin.sh" "$pg" "$1"
}
cleanup() {
    admin "DROP DATABASE IF EXISTS $ingest_db WITH (FORCE)" > /dev/null 2>&1 || true
    admin "DROP DATABASE IF EXISTS $import_db WITH (FORCE)" > /dev/null 2>&1 || true
    admin "DROP DATABASE IF EXISTS $queue_db WITH (FORCE)" > /dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
admin "CREATE DATABASE $ingest_db"
admin "CREATE DATABASE $import_db"
admin "CREATE DATABASE $queue_db"

read -r files bytes < <(python3 - "$corpus" "$work" "$limit_mb" <<'PY'
import json, os, sys
corpus, out, limit = sys.argv[1], sys.argv[2], float(sys.argv[3]) * 1_000_000
os.makedirs(f"{out}/articles")
files = size = 0
with open(corpus, encoding="utf-8") as f:
    for line in f:
        if size >= limit:
            break
        if not line.strip():
            continue
        data = json.loads(line)["text"].encode("utf-8")
        with open(f"{out}/articles/{files:06d}.txt", "wb") as t:
            t.write(data)
        files += 1
        size += len(data)
print(files, size)
PY
)

now() { date +%s%N; }
# Prints the wall time of one run of claimtrail with the arguments, in ms; output is discarded.
timed() {
    local start end
    start=$(now)
    dotnet "$cli" "$@" > /dev/null 2> "$work/last.err" || { cat "$work/last.err" >&2; exit 1; }
    end=$(now)
    echo $(( (end - start) / 1000000 ))
}

pg_ingest="$pg;Database=$ingest_db"
pg_import="$pg;Database=$import_db"
pg_queue="$pg;Database=$queue_db"
mapfile -t articles < <(ls "$work"/articles/*.txt)

# Warm-up: start-up and JIT on a throwaway file, not timed.
dotnet "$cli" ingest "${articles[0]}" --db "$work/warm.db" > /dev/null 2>&1

ingest_sqlite=$(timed ingest "${articles[@]}" --db "$work/ingest.db")
ingest_pg=$(timed ingest "${articles[@]}" --db "$pg_ingest")
dotnet "$cli" export --format jsonl --db "$work/ingest.db" --output "$work/ledger.jsonl" 2> /dev/null
import_sqlite=$(timed import "$work/ledger.jsonl" --db "$work/import.db")
import_pg=$(timed import "$work/ledger.jsonl" --db "$pg_import")

# The queue: enqueue (binary COPY), then $workers worker processes until it is empty, timed together.
workers=2
start=$(now)
dotnet "$cli" enqueue "${articles[@]}" --db "$pg_queue" > /dev/null 2> "$work/last.err" || { cat "$work/last.err" >&2; exit 1; }
enqueued=$(now)
for i in $(seq 1 $workers); do
    dotnet "$cli" worker --db "$pg_queue" --until-empty --name "bench$i" > /dev/null 2>> "$work/workers.err" &
done
wait
end=$(now)
enqueue_ms=$(( (enqueued - start) / 1000000 ))
queue_ms=$(( (end - start) / 1000000 ))

python3 - "$files" "$bytes" "$ingest_sqlite" "$ingest_pg" "$import_sqlite" "$import_pg" "$enqueue_ms" "$queue_ms" "$workers" <<'PY'
import sys
files, size, i_s, i_p, m_s, m_p, e_q, t_q, workers = (int(x) for x in sys.argv[1:])
print(f"ledger-cli: {files} articles, {size / 1e6:.2f} MB, one run each, wall time of the whole process")
for name, s, p in (("ingest (analyse + store)", i_s, i_p), ("import (store only)", m_s, m_p)):
    print(f"  {name:26} sqlite {s / 1000:7.2f} s ({files / (s / 1000):7.1f} reports/s)   "
          f"postgres {p / 1000:7.2f} s ({files / (p / 1000):7.1f} reports/s)   postgres/sqlite time {p / s:.2f}")
print(f"  {'enqueue + ' + str(workers) + ' workers':26} postgres {t_q / 1000:7.2f} s ({files / (t_q / 1000):7.1f} reports/s; enqueue alone {e_q / 1000:.2f} s)   "
      f"time / sqlite ingest {t_q / i_s:.2f}")
PY
