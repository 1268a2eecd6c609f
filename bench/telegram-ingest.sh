#!/usr/bin/env bash
# Whole-process ingest of a synthetic Telegram export: throughput (messages/s) and peak RSS of
#   json-parse          a bare Utf8JsonReader pass over the file (the floor),
#   ingest --no-extract read, map, normalise, hash and store every post (no analysis),
#   ingest              the same with extraction, over the first --extract-messages messages,
# all in the same run on the same machine. Files are written to a temporary folder and deleted on exit.
#
# usage: bench/telegram-ingest.sh [--messages N] [--extract-messages N] [--no-build]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
messages=1000000
extract_messages=20000
build=1
while [[ $# -gt 0 ]]; do
    case "$1" in
        --messages) messages="${2:?}"; shift 2 ;;
        --extract-messages) extract_messages="${2:?}"; shift 2 ;;
        --no-build) build=0; shift ;;
        *) echo "usage: bench/telegram-ingest.sh [--messages N] [--extract-messages N] [--no-build]" >&2; exit 2 ;;
    esac
done

if [[ $build -eq 1 ]]; then
    dotnet build "$root/src/Claimtrail.Cli" -c Release -nologo -v quiet >&2
    dotnet build "$root/bench/Claimtrail.Bench" -c Release -nologo -v quiet >&2
fi
cli="$root/src/Claimtrail.Cli/bin/Release/net10.0/claimtrail.dll"
bench="$root/bench/Claimtrail.Bench/bin/Release/net10.0/Claimtrail.Bench.dll"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet "$bench" telegram-export "$work/result.json" --messages "$messages"
dotnet "$bench" telegram-export "$work/small.json" --messages "$extract_messages" --malformed-every 10000

# Runs a command under /usr/bin/time; prints "seconds peak-MB".
measure() {
    local log="$work/time.log"
    /usr/bin/time -f "%e %M" -o "$log" "$@" > "$work/out.log" 2> "$work/err.log" || true
    tail -n 1 "$work/err.log" >&2
    tail -n 1 "$log" | awk '{ printf "%s %.0f\n", $1, $2 / 1024 }'
}

report() {
    local name="$1" count="$2" seconds="$3" peak="$4"
    awk -v n="$name" -v c="$count" -v s="$seconds" -v p="$peak" 'BEGIN { printf "%-22s %9d messages %8.2f s %10.0f messages/s  peak RSS %5d MB\n", n, c, s, c / s, p }'
}

read -r parse_s parse_mb < <(measure dotnet "$bench" json-parse "$work/result.json")
read -r bulk_s bulk_mb < <(measure dotnet "$cli" ingest "$work/result.json" --no-extract --db "$work/bulk.db")
read -r small_parse_s small_parse_mb < <(measure dotnet "$bench" json-parse "$work/small.json")
read -r full_s full_mb < <(measure dotnet "$cli" ingest "$work/small.json" --db "$work/full.db")

echo "file: $(du -m "$work/result.json" | cut -f1) MB, $messages messages; extraction sample: $extract_messages messages"
report "json-parse" "$messages" "$parse_s" "$parse_mb"
report "ingest --no-extract" "$messages" "$bulk_s" "$bulk_mb"
report "json-parse (sample)" "$extract_messages" "$small_parse_s" "$small_parse_mb"
report "ingest (extraction)" "$extract_messages" "$full_s" "$full_mb"
awk -v a="$parse_s" -v b="$bulk_s" 'BEGIN { printf "ratio: ingest --no-extract runs at %.3f of the raw parse rate\n", a / b }'
