#!/usr/bin/env bash
# Whole-process ingest of a synthetic Telegram export: throughput (messages/s) and peak RSS of
#   json-parse          a bare Utf8JsonReader pass over the file (the floor),
#   ingest --no-extract read, map, normalise, hash and store every post (no analysis) into a new SQLite ledger,
#   sqlite-copy         the same rows copied by SQLite alone from that ledger into a new one, in the ingest's batches
#                       (SQLite's own share: the floor of any ingest into this schema),
#   ingest --no-extract into a new PostgreSQL database (with --pg, or CLAIMTRAIL_TEST_PG set),
#   ingest              the same with extraction, over the first --extract-messages messages,
# all in the same run on the same machine. Files are written to a temporary folder and deleted on exit; the
# PostgreSQL database is dropped on exit.
#
# usage: bench/telegram-ingest.sh [--messages N] [--extract-messages N] [--pg CONNECTION] [--no-build]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
messages=1000000
extract_messages=20000
build=1
pg="${CLAIMTRAIL_TEST_PG:-}"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --messages) messages="${2:?}"; shift 2 ;;
        --extract-messages) extract_messages="${2:?}"; shift 2 ;;
        --pg) pg="${2:?--pg needs a connection string}"; shift 2 ;;
        --no-build) build=0; shift ;;
        *) echo "usage: bench/telegram-ingest.sh [--messages N] [--extract-messages N] [--pg CONNECTION] [--no-build]" >&2; exit 2 ;;
    esac
done

if [[ $build -eq 1 ]]; then
    dotnet build "$root/src/Claimtrail.Cli" -c Release -nologo -v quiet >&2
    dotnet build "$root/bench/Claimtrail.Bench" -c Release -nologo -v quiet >&2
fi
cli="$root/src/Claimtrail.Cli/bin/Release/net10.0/claimtrail.dll"
bench="$root/bench/Claimtrail.Bench/bin/Release/net10.0/Claimtrail.Bench.dll"

work="$(mktemp -d)"
pg_db="claimtrail_bench_telegram_$$"
cleanup() {
    if [[ -n "$pg" ]]; then
        "$root/bench/pg-admin.sh" "$pg" "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" > /dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

dotnet "$bench" telegram-export "$work/result.json" --messages "$messages"
dotnet "$bench" telegram-export "$work/small.json" --messages "$extract_messages" --malformed-every 10000

# Runs a command under /usr/bin/time; prints "seconds peak-MB cpu-seconds" (user + system).
measure() {
    local log="$work/time.log"
    /usr/bin/time -f "%e %M %U %S" -o "$log" "$@" > "$work/out.log" 2> "$work/err.log" || true
    tail -n 1 "$work/err.log" >&2
    tail -n 1 "$log" | awk '{ printf "%s %.0f %.2f\n", $1, $2 / 1024, $3 + $4 }'
}

report() {
    local name="$1" count="$2" seconds="$3" peak="$4" cpu="$5"
    awk -v n="$name" -v c="$count" -v s="$seconds" -v p="$peak" -v u="$cpu" 'BEGIN { printf "%-24s %9d messages %8.2f s %10.0f messages/s  peak RSS %5d MB  CPU %8.2f s\n", n, c, s, c / s, p, u }'
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
read -r parse_s parse_mb parse_cpu < <(measure dotnet "$bench" json-parse "$work/result.json")
read -r bulk_s bulk_mb bulk_cpu < <(measure dotnet "$cli" ingest "$work/result.json" --no-extract --db "$work/bulk.db")
read -r copy_s copy_mb copy_cpu < <(measure dotnet "$bench" sqlite-copy "$work/bulk.db")
if [[ -n "$pg" ]]; then
    "$root/bench/pg-admin.sh" "$pg" "CREATE DATABASE $pg_db"
    read -r pg_s pg_mb pg_cpu < <(measure dotnet "$cli" ingest "$work/result.json" --no-extract --db "$pg;Database=$pg_db")
fi
read -r small_parse_s small_parse_mb small_parse_cpu < <(measure dotnet "$bench" json-parse "$work/small.json")
read -r full_s full_mb full_cpu < <(measure dotnet "$cli" ingest "$work/small.json" --db "$work/full.db")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "file: $(du -m "$work/result.json" | cut -f1) MB, $messages messages; extraction sample: $extract_messages messages"
report "json-parse" "$messages" "$parse_s" "$parse_mb" "$parse_cpu"
report "ingest --no-extract" "$messages" "$bulk_s" "$bulk_mb" "$bulk_cpu"
report "sqlite-copy (floor)" "$messages" "$copy_s" "$copy_mb" "$copy_cpu"
if [[ -n "$pg" ]]; then
    report "ingest --no-extract (pg)" "$messages" "$pg_s" "$pg_mb" "$pg_cpu"
fi
report "json-parse (sample)" "$extract_messages" "$small_parse_s" "$small_parse_mb" "$small_parse_cpu"
report "ingest (extraction)" "$extract_messages" "$full_s" "$full_mb" "$full_cpu"
awk -v a="$parse_s" -v b="$bulk_s" -v c="$copy_s" 'BEGIN { printf "ratio: ingest --no-extract (SQLite) runs at %.3f of the raw parse rate; SQLite alone (sqlite-copy) at %.3f; the ingest takes %.2fx the time SQLite alone does\n", a / b, a / c, b / c }'
if [[ -n "$pg" ]]; then
    awk -v a="$parse_s" -v b="$pg_s" -v s="$bulk_s" 'BEGIN { printf "ratio: ingest --no-extract (PostgreSQL) runs at %.3f of the raw parse rate; PostgreSQL takes %.2f times SQLite'"'"'s time\n", a / b, b / s }'
fi
