#!/usr/bin/env bash
# Vendors the desk's front-end libraries into src/Claimtrail.Web/Assets/lib, which is committed: running the
# desk needs no front-end build and fetches nothing at run time.
#
#   cytoscape 3.35.0        provenance graph (MIT)
#   leaflet 1.9.4           map (BSD-2-Clause)
#   topojson-client 3.1.0   decodes the basemap in the browser (ISC)
#   world-atlas 2.0.2       Natural Earth 1:50m country boundaries as TopoJSON (ISC; the data is public domain)
#
# Each package is fetched with `npm pack` of a pinned version into a temporary folder and checked against the
# registry's SHA-512 integrity recorded here before anything is copied. Needs npm, tar, openssl.
# Deterministic: the same versions give the same bytes. Rerun after changing a version (and its integrity).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/src/Claimtrail.Web/Assets/lib"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

declare -A integrity=(
    [cytoscape-3.35.0]="sha512-sMvBIXiGMnhkCaWz2R06FwF/27MNlS+Tqvi17foO9UhnUg3XGZccKjxsvEqQFAQYMSSZmN5SxYzUYlQ0DOJJ3g=="
    [leaflet-1.9.4]="sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA=="
    [topojson-client-3.1.0]="sha512-605uxS6bcYxGXw9qi62XyrV6Q3xwbndjachmNxu8HWTtVPxZfEJN9fd/SZS1Q54Sn2y0TMyMxFj/cJINqGHrKw=="
    [world-atlas-2.0.2]="sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=="
)

cd "$work"
npm pack --silent cytoscape@3.35.0 leaflet@1.9.4 topojson-client@3.1.0 world-atlas@2.0.2 > /dev/null
for pkg in "${!integrity[@]}"; do
    actual="sha512-$(openssl dgst -sha512 -binary "$pkg.tgz" | base64 -w0)"
    if [[ "$actual" != "${integrity[$pkg]}" ]]; then
        echo "vendor-web: $pkg.tgz: integrity $actual, expected ${integrity[$pkg]}" >&2
        exit 1
    fi
    mkdir -p "$pkg"
    tar xzf "$pkg.tgz" -C "$pkg"
done

rm -rf "$out"
mkdir -p "$out/images"
cp cytoscape-3.35.0/package/dist/cytoscape.min.js "$out/cytoscape.min.js"
cp cytoscape-3.35.0/package/LICENSE "$out/cytoscape.LICENSE.txt"
cp leaflet-1.9.4/package/dist/leaflet.js "$out/leaflet.js"
cp leaflet-1.9.4/package/dist/leaflet.css "$out/leaflet.css"
cp leaflet-1.9.4/package/dist/images/*.png "$out/images/"
cp leaflet-1.9.4/package/LICENSE "$out/leaflet.LICENSE.txt"
cp topojson-client-3.1.0/package/dist/topojson-client.min.js "$out/topojson-client.min.js"
cp topojson-client-3.1.0/package/LICENSE "$out/topojson-client.LICENSE.txt"
cp world-atlas-2.0.2/package/countries-50m.json "$out/countries-50m.json"
cp world-atlas-2.0.2/package/LICENSE "$out/world-atlas.LICENSE.txt"

cat > "$out/README.md" <<'EOF'
# Vendored front-end libraries

Written by `tools/vendor-web.sh` (rerun it to update; do not edit these files by hand). Served by the desk from
`/assets/lib/`; nothing is fetched from the network at run time.

| file | package | licence |
|---|---|---|
| `cytoscape.min.js` | cytoscape 3.35.0 | MIT, `cytoscape.LICENSE.txt` |
| `leaflet.js`, `leaflet.css`, `images/` | leaflet 1.9.4 | BSD-2-Clause, `leaflet.LICENSE.txt` |
| `topojson-client.min.js` | topojson-client 3.1.0 | ISC, `topojson-client.LICENSE.txt` |
| `countries-50m.json` | world-atlas 2.0.2 | ISC, `world-atlas.LICENSE.txt` |

`countries-50m.json` is Natural Earth's 1:50m Admin 0 country boundaries (version 4.1.0) as TopoJSON. Made with
Natural Earth: free vector and raster map data at naturalearthdata.com (public domain). The map credits it.
EOF

(cd "$out" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum > SHA256SUMS)
echo "vendored into ${out#"$root"/}:"
cat "$out/SHA256SUMS"
