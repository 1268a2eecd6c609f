#!/usr/bin/env bash
# Cold load time of the embedded gazetteer: each run is a fresh `claimtrail` process (no warm JIT, no
# cached data) scoring a one-line gold file, which loads the gazetteer once and reports on stderr how long
# decompressing, parsing and indexing took. Baseline in the same run: `gzip -dc` of the same resource to
# /dev/null (decompression alone, in native code), timed as a whole process.
#
# usage: bench/gazetteer-load.sh [--repeat 7] [--no-build]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repeat=7
build=1
while [[ $# -gt 0 ]]; do
    case "$1" in
        --repeat) repeat="$2"; shift 2 ;;
        --no-build) build=0; shift ;;
        *) echo "usage: $0 [--repeat N] [--no-build]" >&2; exit 2 ;;
    esac
done

if [[ $build -eq 1 ]]; then
    dotnet build "$root/src/Claimtrail.Cli/Claimtrail.Cli.csproj" -c Release -v q -nologo > /dev/null
fi

cli="$root/src/Claimtrail.Cli/bin/Release/net10.0/claimtrail.dll"
resource="$root/src/Claimtrail/Geo/Data/gazetteer.tsv.gz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo '{"id":"x","text":"Riots in Paris.","mention":"Paris","expect":{"name":"Paris","cc":"FR","kind":"city","lat":48.85,"lon":2.35}}' > "$work/one.jsonl"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

loads=()
for ((i = 0; i < repeat; i++)); do
    ms=$(dotnet "$cli" eval geo "$work/one.jsonl" 2>&1 >/dev/null | sed -n 's/.*loaded in \([0-9]*\) ms.*/\1/p')
    loads+=("$ms")
done

gunzips=()
for ((i = 0; i < repeat; i++)); do
    start=$(date +%s%N)
    gzip -dc "$resource" > /dev/null
    gunzips+=($(( ($(date +%s%N) - start) / 1000000 )))
done

load=$(printf '%s\n' "${loads[@]}" | median)
gunzip=$(printf '%s\n' "${gunzips[@]}" | median)
echo "gazetteer: $(stat -c %s "$resource") bytes gzipped; median of $repeat fresh processes"
echo "cold load  ${load} ms (runs: ${loads[*]})"
echo "gzip -dc   ${gunzip} ms (runs: ${gunzips[*]})"
awk -v a="$load" -v b="$gunzip" 'BEGIN { if (b > 0) printf "ratio      cold load takes %.1fx the time of gzip -dc\n", a / b }'
