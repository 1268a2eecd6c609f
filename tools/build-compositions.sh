#!/usr/bin/env bash
# Rebuilds src/Claimtrail/Resources/unicode-compositions.tsv: for every character that is stable under
# Unicode NFC and has a canonical decomposition, one "decomposed<TAB>composed" line, code points in hex.
# TextNormalizer composes text to NFC with it when the runtime cannot (the project runs in invariant
# globalization mode, where string.Normalize does not compose). Hangul syllables are composed by rule, so
# they are left out. The data comes from the Unicode Character Database as built into Node's ICU.
#
# Needs: bash, node. Usage: tools/build-compositions.sh  (from anywhere)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../src/Claimtrail/Resources/unicode-compositions.tsv"

node - >"$out" <<'JS'
const hex = s => [...s].map(c => c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')).join(' ');
const lines = [];
for (let cp = 0; cp <= 0x10FFFF; cp++) {
  if (cp >= 0xD800 && cp <= 0xDFFF) continue;
  if (cp >= 0xAC00 && cp <= 0xD7A3) continue;
  const c = String.fromCodePoint(cp);
  if (c.normalize('NFC') !== c) continue;
  const d = c.normalize('NFD');
  if (d !== c) lines.push(`${hex(d)}\t${hex(c)}`);
}
process.stdout.write(`# Unicode ${process.versions.unicode}: canonical compositions (decomposed, composed), from tools/build-compositions.sh\n`);
process.stdout.write(lines.join('\n') + '\n');
JS
echo "wrote $(($(wc -l <"$out") - 1)) compositions: $out"
