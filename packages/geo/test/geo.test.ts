import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { provinceUnits, predecessorsOf } from '@cds-vn/core';
import { boundariesOf, loadBoundaries, loadTopology } from '../src/index.js';
import type { Boundaries, Polygons, Position, UnitShape, VietnamTopology } from '../src/index.js';

const DATA = fileURLToPath(new URL('../src/data/', import.meta.url));

// Independent facts, not read from the build: where the archipelagos lie, and how many islands
// Natural Earth draws in each (6 in the Paracels, 11 in the Spratlys).
const PARACELS = { west: 111, east: 113, south: 15.5, north: 17.5 };
const SPRATLYS = { west: 113.5, east: 116.5, south: 8, north: 11.5 };
const ISLANDS = { 'hoang-sa': 6, 'truong-sa': 11 };

function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax, ay] = ring[j] as Position;
    const [bx, by] = ring[i] as Position;
    sum += ax * by - bx * ay;
  }
  return sum / 2;
}

/** Planar area in square degrees; exterior rings clockwise (negative) are counted positive. */
const areaOf = (polygons: Polygons): number =>
  polygons.reduce((s, rings) => s - rings.reduce((t, r) => t + ringArea(r), 0), 0);

const inBox = (p: Position, box: typeof PARACELS): boolean =>
  p[0] >= box.west && p[0] <= box.east && p[1] >= box.south && p[1] <= box.north;

const polygonsInBox = (polygons: Polygons, box: typeof PARACELS): number =>
  polygons.filter((rings) => (rings[0] ?? []).every((p) => inBox(p, box))).length;

const unit = (b: Boundaries, code: string): UnitShape => {
  const found = b.units.find((u) => u.code === code);
  assert.ok(found, `unit ${code} in ${b.set}`);
  return found;
};

describe('@cds-vn/geo', async () => {
  const topology = await loadTopology();
  const b63 = boundariesOf(topology, 'vn-63');
  const b34 = boundariesOf(topology, 'vn-34');

  test('has 63 and 34 units, with every registry code once', () => {
    assert.equal(b63.units.length, 63);
    assert.equal(b34.units.length, 34);
    for (const b of [b63, b34]) {
      assert.deepEqual(
        b.units.map((u) => u.code),
        provinceUnits(b.set).map((u) => u.gso),
      );
    }
  });

  test('writes the registry names into vietnam.topo.json, fixing Natural Earth names', () => {
    const file = JSON.parse(
      readFileSync(join(DATA, 'vietnam.topo.json'), 'utf8'),
    ) as VietnamTopology;
    const namesIn = (set: 'vn-63' | 'vn-34') =>
      new Map(
        file.objects[set].geometries.map((g) => [
          String(g.id),
          (g.properties as { name?: string } | undefined)?.name,
        ]),
      );
    for (const set of ['vn-63', 'vn-34'] as const)
      assert.deepEqual(namesIn(set), new Map(provinceUnits(set).map((u) => [u.gso, u.name])));
    const names = namesIn('vn-63');
    assert.equal(names.get('75'), 'Đồng Nai');
    assert.equal(names.get('06'), 'Bắc Kạn');
    assert.equal(names.get('33'), 'Hưng Yên');
    assert.equal(names.get('49'), 'Quảng Nam');
    assert.equal(names.get('87'), 'Đồng Tháp');
  });

  test('has no empty geometry: every ring of every unit encloses an area', () => {
    for (const b of [b63, b34]) {
      for (const u of b.units) {
        assert.ok(u.polygons.length > 0, `${b.set} ${u.code} has polygons`);
        for (const rings of u.polygons) {
          const outer = rings[0] ?? [];
          assert.ok(outer.length >= 4, `${b.set} ${u.code}: a ring of ${outer.length} points`);
          assert.ok(ringArea(outer) !== 0, `${b.set} ${u.code}: a ring of zero area`);
        }
      }
    }
  });

  test('attaches Hoàng Sa to Đà Nẵng and Trường Sa to Khánh Hòa, in both sets, islet by islet', () => {
    const [hoangSa, truongSa] = ['hoang-sa', 'truong-sa'].map((id) =>
      b63.archipelagos.find((a) => a.id === id),
    );
    assert.equal(hoangSa?.name, 'Quần đảo Hoàng Sa');
    assert.equal(hoangSa?.unit, '48');
    assert.equal(truongSa?.name, 'Quần đảo Trường Sa');
    assert.equal(truongSa?.unit, '56');
    assert.equal(hoangSa && polygonsInBox(hoangSa.polygons, PARACELS), ISLANDS['hoang-sa']);
    assert.equal(truongSa && polygonsInBox(truongSa.polygons, SPRATLYS), ISLANDS['truong-sa']);
    for (const b of [b63, b34]) {
      for (const u of b.units) {
        const paracels = polygonsInBox(u.polygons, PARACELS);
        const spratlys = polygonsInBox(u.polygons, SPRATLYS);
        assert.equal(paracels, u.code === '48' ? ISLANDS['hoang-sa'] : 0, `${b.set} ${u.code}`);
        assert.equal(spratlys, u.code === '56' ? ISLANDS['truong-sa'] : 0, `${b.set} ${u.code}`);
      }
    }
  });

  test('derives the 34 by merging whole provinces: each covers the area of its predecessors', () => {
    const area63 = new Map(b63.units.map((u) => [u.code, areaOf(u.polygons)]));
    for (const u of b34.units) {
      const expected = predecessorsOf(u.code).reduce((s, p) => s + (area63.get(p.gso) ?? NaN), 0);
      assert.ok(
        Math.abs(areaOf(u.polygons) - expected) < 1e-9 * expected,
        `${u.code}: ${areaOf(u.polygons)} vs ${expected}`,
      );
    }
    const total = (b: Boundaries) => b.units.reduce((s, u) => s + areaOf(u.polygons), 0);
    assert.ok(Math.abs(total(b34) - total(b63)) < 1e-9 * total(b63));
    // Vietnam's land area is about 331,000 km²: some 27.9 square degrees at these latitudes.
    assert.ok(total(b63) > 27 && total(b63) < 29, `total area ${total(b63)}`);
  });

  test('winds rings as d3-geo expects: exteriors clockwise, no holes', () => {
    for (const b of [b63, b34]) {
      for (const u of b.units) {
        for (const rings of u.polygons) {
          assert.ok(ringArea(rings[0] ?? []) < 0, `${b.set} ${u.code}`);
          assert.equal(rings.length, 1, `${b.set} ${u.code} has a hole`);
        }
      }
    }
  });

  test('lists neighbours from shared borders, and draws interior borders once', () => {
    // Hà Nội borders Vĩnh Phúc, Bắc Ninh, Hưng Yên, Hà Nam, Hòa Bình, Phú Thọ and Thái Nguyên.
    const hanoi = unit(b63, '01');
    for (const code of ['26', '27', '33', '35', '17', '25', '19'])
      assert.ok(hanoi.neighbors.includes(code), `Hà Nội – ${code}`);
    // Cà Mau borders only Kiên Giang and Bạc Liêu.
    assert.deepEqual([...unit(b63, '96').neighbors].sort(), ['91', '95']);
    // After the merger Cà Mau (with Bạc Liêu) borders An Giang and Cần Thơ.
    assert.deepEqual([...unit(b34, '96').neighbors].sort(), ['91', '92']);
    assert.ok(b63.interior.length > b34.interior.length);
    assert.ok(b34.interior.length > 0 && b63.outline.length > 0);
  });

  test('lies within Vietnam, archipelagos included', () => {
    const [west, south, east, north] = b63.bbox;
    assert.ok(west > 102 && east < 117 && south > 8 && north < 23.5, `${b63.bbox.join(', ')}`);
  });

  test('loadBoundaries decodes once and returns the same object', async () => {
    const first = await loadBoundaries('vn-34');
    assert.equal(await loadBoundaries('vn-34'), first);
    assert.equal(first.units.length, 34);
  });

  test('the committed files are what the build script produces', () => {
    const out = mkdtempSync(join(tmpdir(), 'cds-geo-'));
    const script = fileURLToPath(new URL('../scripts/build-geo.ts', import.meta.url));
    execFileSync(process.execPath, ['--import', 'tsx', script, '--out', out], { stdio: 'pipe' });
    for (const file of ['vietnam.topo.json', 'vietnam-topology.ts'])
      assert.equal(readFileSync(join(out, file), 'utf8'), readFileSync(join(DATA, file), 'utf8'));
    // The module is the file without the units' names.
    const file = JSON.parse(
      readFileSync(join(DATA, 'vietnam.topo.json'), 'utf8'),
    ) as VietnamTopology;
    for (const set of ['vn-63', 'vn-34'] as const)
      for (const g of file.objects[set].geometries) delete g.properties;
    assert.deepEqual(file, topology, 'the JSON file and the module hold the same topology');
  });
});
