#!/usr/bin/env bash
# Whole-process throughput of `claimtrail analyze --json` over real news text, against `wc -w` over
# the same files as the baseline, in the same run. The texts are written to a temporary folder and
# deleted afterwards: the corpus is licence-restricted and never enters the repository.
#
# Each command runs --repeat times (default 3), after one untimed warm-up run; the median counts.
#
# usage: bench/analyze-cli.sh [--limit-mb MB] [--repeat N] [--no-build]
#   CORPUS=path/to/news.jsonl overrides ../shared/corpus/news-en/news.jsonl
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
limit_mb=5
repeat=3
build=1
while [[ $# -gt 0 ]]; do
    case "$1" in
        --limit-mb) limit_mb="${2:?--limit-mb needs a value}"; shift 2 ;;
        --repeat) repeat="${2:?--repeat needs a value}"; shift 2 ;;
        --no-build) build=0; shift ;;
        *) echo "usage: bench/analyze-cli.sh [--limit-mb MB] [--repeat N] [--no-build]" >&2; exit 2 ;;
    esac
done

corpus="${CORPUS:-$root/../shared/corpus/news-en/news.jsonl}"
if [[ ! -f "$corpus" ]]; then
    echo "analyze-cli: corpus not found: $corpus (set CORPUS=...)" >&2
    exit 1
fi
corpus="$(realpath "$corpus")"

if [[ $build -eq 1 ]]; then
    dotnet build "$root/src/Claimtrail.Cli" -c Release -nologo -v quiet >&2
fi
cli="$root/src/Claimtrail.Cli/bin/Release/net10.0/claimtrail.dll"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# One .txt file per article, in corpus order, until the limit; prints "files bytes".
read -r files bytes < <(python3 - "$corpus" "$work" "$limit_mb" <<'PY'
import json, sys
corpus, out, limit = sys.argv[1], sys.argv[2], float(sys.argv[3]) * 1_000_000
files = size = 0
with open(corpus, encoding="utf-8") as f:
    for line in f:
        if size >= limit:
            break
        if not line.strip():
            continue
        data = json.loads(line)["text"].encode("utf-8")
        with open(f"{out}/{files:06d}.txt", "wb") as t:
            t.write(data)
        files += 1
        size += len(data)
print(files, size)
PY
)

now() { date +%s%N; }
rate() { python3 -c "import sys; b, ns = int(sys.argv[1]), int(sys.argv[2]); print(f'{ns / 1e9:8.2f} s {b / 1e6 / (ns / 1e9):8.2f} MB/s')" "$1" "$2"; }

echo "corpus: $corpus: $files files, $(python3 -c "print(f'{$bytes / 1e6:.2f}')") MB UTF-8 text (first ${limit_mb} MB)"
echo "method: whole processes, 1 warm-up then median of $repeat runs; MB = 10^6 bytes"

run_wc() { find "$work" -name '*.txt' -exec wc -w {} + > /dev/null; }
run_claimtrail() { dotnet "$cli" analyze --json "$work"/*.txt > /dev/null 2> "$work/claimtrail.err"; }

# Prints the median wall time in nanoseconds of "$1" run $repeat times after one warm-up run.
median_ns() {
    "$1"
    local times=() start
    for ((i = 0; i < repeat; i++)); do
        start=$(now)
        "$1"
        times+=($(( $(now) - start )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( repeat / 2 + 1 ))p"
}

baseline=$(median_ns run_wc)
status=0
run_claimtrail || status=$?
if [[ $status -ne 0 ]]; then
    echo "analyze-cli: claimtrail analyze exited $status:" >&2
    head -n 5 "$work/claimtrail.err" >&2
    exit "$status"
fi
analyze=$(median_ns run_claimtrail)

echo "wc -w              $(rate "$bytes" "$baseline")"
echo "claimtrail analyze $(rate "$bytes" "$analyze")"
python3 -c "import sys; print(f'ratio              claimtrail takes {int(sys.argv[2]) / int(sys.argv[1]):.1f}x the time of wc -w')" "$baseline" "$analyze"
