#!/usr/bin/env bash
# Load benchmark of the web desk: builds a ledger of --reports synthetic reports (bench/desk/generate-ledger.py
# writes a claimtrail.ledger/1 export; `claimtrail import` stores it), starts `claimtrail serve` (Release) on
# 127.0.0.1, and runs wrk with --connections connections for --duration against
#   list:    the claim list, first pages (/, /?offset=25, …)
#   search:  the claim list with a full-text search (a different word each request)
#   filter:  the claim list with a place, source, language or date filter
#   claim:   claim pages of claims carried by many and by few reports
#   graph:   the provenance graph JSON of the same claims
# and prints p50/p95/p99 latency for each (target: p95 < 100 ms at 50 connections). Requests carry an API token
# of a viewer account. The ledger is kept in --work (default: a temporary folder, deleted) so a rerun with
# --work DIR --reuse skips the import. Needs python3, wrk (Debian package `wrk`) and the .NET SDK.
#
# --cli DLL serves with another build of claimtrail.dll (to compare builds on the same ledger; implies --no-build).
# --scenarios list,claim runs only those (a slow scenario's requests still running on the server would weigh on the next).
#
# usage: bench/desk-load.sh [--reports 100000] [--connections 50] [--duration 20s] [--threads 2] [--work DIR] [--reuse] [--no-build] [--cli DLL] [--scenarios LIST]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
reports=100000
connections=50
duration=20s
threads=2
work=""
reuse=0
build=1
cli_dll=""
scenarios="list,search,filter,claim,graph"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --reports) reports="${2:?}"; shift 2 ;;
        --connections) connections="${2:?}"; shift 2 ;;
        --duration) duration="${2:?}"; shift 2 ;;
        --threads) threads="${2:?}"; shift 2 ;;
        --work) work="${2:?}"; shift 2 ;;
        --reuse) reuse=1; shift ;;
        --no-build) build=0; shift ;;
        --cli) cli_dll="${2:?}"; build=0; shift 2 ;;
        --scenarios) scenarios="${2:?}"; shift 2 ;;
        *) echo "usage: bench/desk-load.sh [--reports N] [--connections N] [--duration 20s] [--threads N] [--work DIR] [--reuse] [--no-build] [--cli DLL] [--scenarios LIST]" >&2; exit 2 ;;
    esac
done
command -v wrk > /dev/null || { echo "desk-load: wrk not found (apt-get install wrk)" >&2; exit 1; }

if [[ -z "$work" ]]; then
    work="$(mktemp -d)"
    trap 'kill "${server:-}" 2> /dev/null || true; rm -rf "$work"' EXIT
else
    mkdir -p "$work"
    trap 'kill "${server:-}" 2> /dev/null || true' EXIT
fi

if [[ $build -eq 1 ]]; then
    dotnet build "$root/src/Claimtrail.Cli" -c Release -nologo -v quiet >&2
fi
cli=(dotnet "${cli_dll:-$root/src/Claimtrail.Cli/bin/Release/net10.0/claimtrail.dll}")
db="$work/desk.db"

if [[ $reuse -eq 0 || ! -f "$db" ]]; then
    rm -f "$db" "$db-wal" "$db-shm"
    start=$(date +%s.%N)
    python3 "$root/bench/desk/generate-ledger.py" --reports "$reports" > "$work/ledger.jsonl"
    generated=$(date +%s.%N)
    "${cli[@]}" import "$work/ledger.jsonl" --db "$db" >&2
    imported=$(date +%s.%N)
    printf 'ledger: %s reports, generated in %.0f s, imported in %.0f s, %s MB\n' "$reports" \
        "$(echo "$generated - $start" | bc)" "$(echo "$imported - $generated" | bc)" "$(( $(stat -c %s "$db") / 1000000 ))"
    rm -f "$work/ledger.jsonl"
fi
if ! "${cli[@]}" users token bench --label probe --db "$db" > /dev/null 2>&1; then
    printf 'bench-password\n' | "${cli[@]}" users add bench --role viewer --db "$db" >&2
fi
token="$("${cli[@]}" users token bench --label "desk-load $(date +%s)" --db "$db" | grep -o 'ct_[A-Za-z0-9_-]*' | head -1)"

# Paths: claim ids from the API (the most-reported first, then the newest), search words, filters.
port=$(( 20000 + RANDOM % 20000 ))
url="http://127.0.0.1:$port"
Logging__LogLevel__Default=Warning "${cli[@]}" serve --db "$db" --urls "$url" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
    curl -fs -o /dev/null -H "Authorization: Bearer $token" "$url/api/claims?limit=1" && break
    sleep 0.5
done
curl -fs -H "Authorization: Bearer $token" "$url/api/claims?sort=reports&limit=100" > "$work/top.json"
curl -fs -H "Authorization: Bearer $token" "$url/api/claims?limit=400" > "$work/newest.json"
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
ids = [c["id"] for c in json.load(open(f"{work}/top.json"))["claims"]] + [c["id"] for c in json.load(open(f"{work}/newest.json"))["claims"]]
open(f"{work}/claim.txt", "w").write("".join(f"/claims/{i}\n" for i in ids))
open(f"{work}/graph.txt", "w").write("".join(f"/api/claims/{i}/graph\n" for i in ids))
open(f"{work}/list.txt", "w").write("".join(f"/?offset={o}\n" for o in (0, 0, 0, 25, 50, 75, 100)) + "/?sort=reports\n")
words = ["drones", "refinery", "bridge", "airport", "radar", "ferry", "warehouse", "Moscow", "Kerch", "Odesa", "power", "railway",
         "Meduza", "Rybar", "allegedly", "column", "missile", "Belgorod", "evacuated", "mobile"]
open(f"{work}/search.txt", "w").write("".join(f"/?q={w}\n" for w in words) + "".join(f"/?q={a}+{b}\n" for a, b in zip(words, words[3:])))
filters = ["/?place=Moscow", "/?place=Kerch", "/?source=Meduza", "/?source=Mash", "/?lang=uk", "/?lang=ru&place=Odesa",
           "/?from=2025-03-01&to=2025-03-07", "/?from=2025-06-01&to=2025-06-01&lang=en", "/?q=drones&place=Kursk", "/?status=false"]
open(f"{work}/filter.txt", "w").write("".join(f"{f}\n" for f in filters))
PY

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; wrk -t$threads -c$connections -d$duration"
for scenario in ${scenarios//,/ }; do
    # One short untimed round warms the JIT and the caches of this scenario.
    PATHS="$work/$scenario.txt" TOKEN="$token" wrk -t1 -c4 -d3s -s "$root/bench/desk/paths.lua" "$url" > /dev/null
    result=$(PATHS="$work/$scenario.txt" TOKEN="$token" wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$root/bench/desk/paths.lua" "$url" | grep '^requests=')
    printf '%-7s %s load=%s\n' "$scenario" "$result" "$(cut -d' ' -f1 /proc/loadavg)"
done
