import { describe, expect, it } from 'vitest';
import iste from '../../framework-data/crosswalks/iste-education-leaders.json';
import type { Crosswalk } from '../../src/domain/framework/crosswalk.ts';
import { checkCrosswalk, CHANGE_KINDS } from '../../src/domain/framework/crosswalk.ts';
import { indicatorsOf } from '../../src/domain/framework/framework.ts';
import { checkStandardsCrosswalk, standardsCrosswalkSchema, standardsFor } from '../../src/domain/framework/standards-crosswalk.ts';
import { shippedCrosswalk, shippedFramework, shippedFramework2019 } from '../domain/shipped-framework.ts';

const withChange = (change: (crosswalk: Crosswalk) => void): Crosswalk => {
  const copy = structuredClone(shippedCrosswalk);
  change(copy);
  return copy;
};

describe('crosswalk 2009 → 2019', () => {
  it('is complete: every id exists on its side, every 2009 indicator is mapped or retired, every 2019 one mapped or new', () => {
    expect(checkCrosswalk(shippedCrosswalk, shippedFramework, shippedFramework2019)).toEqual([]);
  });

  it('gives every mapping a one-line reason and uses the kinds of change it names', () => {
    const kinds = new Set(shippedCrosswalk.indicators.map((m) => m.change));
    expect([...kinds].every((kind) => CHANGE_KINDS.includes(kind))).toBe(true);
    expect(shippedCrosswalk.indicators.filter((m) => m.reason.length > 200 || m.reason.includes('\n'))).toEqual([]);
  });

  it('sends privacy and security practice from 3B, 7D, 10E, 10G and 10H to Data Privacy and Security', () => {
    const dps = new Set(shippedFramework2019.categories.flatMap((c) => c.skillAreas).find((a) => a.id === 'DPS')?.indicators.map((i) => i.id));
    const to = (id: string) => shippedCrosswalk.indicators.find((m) => m.from.includes(id))?.to ?? [];
    for (const id of ['3B', '7D', '10E', '10G', '10H']) expect(to(id).every((each) => dps.has(each)), id).toBe(true);
  });

  it('names a 2009 indicator left out', () => {
    const broken = withChange((c) => void (c.indicators = c.indicators.filter((m) => !m.from.includes('3H'))));
    expect(checkCrosswalk(broken, shippedFramework, shippedFramework2019)).toEqual(['indicator "3H" of the older edition is neither mapped nor marked retired']);
  });

  it('names an id that does not exist, a 2019 indicator mapped twice, and a mapping of the wrong shape', () => {
    const broken = withChange((c) => {
      c.indicators.push({ from: ['99Z'], to: ['1A'], change: 'same', reason: 'Not a real indicator.' });
      c.indicators.push({ from: [], to: ['1B', '1C'], change: 'merged', reason: 'Wrong shape.' });
    });
    const n = shippedCrosswalk.indicators.length;
    expect(checkCrosswalk(broken, shippedFramework, shippedFramework2019)).toEqual([
      `indicator mapping ${n + 1} (99Z → 1A) names indicator "99Z", which the older edition does not have`,
      `indicator mapping ${n + 2} (— → 1B+1C) does not have the shape of "merged"`,
      'indicator "1A" of the newer edition is in 2 mappings',
      'indicator "1B" of the newer edition is in 2 mappings',
      'indicator "1C" of the newer edition is in 2 mappings',
    ]);
  });

  it('counts what became of the 2009 indicators', () => {
    const count = (kind: string) => shippedCrosswalk.indicators.filter((m) => m.change === kind).length;
    const counts = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, count(kind)]));
    console.info(`2009 → 2019 indicator mappings: ${JSON.stringify(counts)}`);
    const mappedFrom = shippedCrosswalk.indicators.flatMap((m) => m.from).length;
    expect(mappedFrom).toBe(indicatorsOf(shippedFramework).length);
  });
});

describe('crosswalk to the ISTE Standards for Education Leaders', () => {
  const crosswalk = standardsCrosswalkSchema.parse(iste);

  it('lists every skill area of both editions once, names only known standards, and serves all five', () => {
    expect(crosswalk.standards.items.map((s) => s.title)).toEqual([
      'Equity and Citizenship Advocate', 'Visionary Planner', 'Empowering Leader', 'Systems Designer', 'Connected Learner',
    ]);
    expect(checkStandardsCrosswalk(crosswalk, [shippedFramework, shippedFramework2019])).toEqual([]);
  });

  it('says which standards an area also counts toward', () => {
    expect(standardsFor(crosswalk, 'DPS').map((s) => s.title)).toEqual(['Equity and Citizenship Advocate', 'Systems Designer']);
    expect(standardsFor(crosswalk, 'unknown')).toEqual([]);
  });

  it('names an area it leaves out', () => {
    const copy = structuredClone(crosswalk);
    copy.skillAreas = copy.skillAreas.filter((row) => row.skillAreaId !== 'DPS');
    expect(checkStandardsCrosswalk(copy, [shippedFramework, shippedFramework2019])).toEqual(['skill area "DPS" of cosn-cto-2019 is listed 0 times']);
  });
});
