import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CetlCategoryId, CetlEntry } from '../../src/domain/cetl/cetl.ts';
import { CETL_CATEGORIES, CETL_CATEGORY_IDS, cetlCategory } from '../../src/domain/cetl/cetl.ts';
import { cetlLedger, cycleOn, daysLeft } from '../../src/domain/cetl/cetl-ledger.ts';
import { cetlWorksheetCsv } from '../../src/domain/cetl/cetl-worksheet.ts';

function entry(id: string, categoryId: CetlCategoryId, quantity: number, date = '2025-06-01'): CetlEntry {
  return { id, date, categoryId, title: `Activity ${id}`, quantity };
}

describe('the recertification cycle', () => {
  it('runs three years from the certification date, and the next cycle after that', () => {
    expect(cycleOn('2024-02-15', '2026-12-01')).toEqual({ start: '2024-02-15', end: '2027-02-14', number: 1 });
    expect(cycleOn('2020-02-15', '2026-12-01')).toEqual({ start: '2026-02-15', end: '2029-02-14', number: 3 });
    expect(daysLeft(cycleOn('2024-02-15', '2026-12-01'), '2026-12-01')).toBe(75);
  });
});

describe('the hours ledger', () => {
  it('applies each category’s credit rule and cap as CoSN states them', () => {
    const ledger = cetlLedger([
      entry('a', 'credential', 4), // 16 h earned, capped at 12
      entry('b', 'membership', 3), // 6 h, no cap stated
      entry('c', 'teaching', 12.5),
      entry('d', 'volunteer', 25), // capped at 20
      entry('e', 'learning', 9), // rule unconfirmed: as entered, not capped
    ]);
    const counted = Object.fromEntries(ledger.categories.map((c) => [c.category.id, [c.earned, c.counted, c.overCap]]));
    expect(counted).toEqual({
      credential: [16, 12, 4],
      membership: [6, 6, 0],
      publication: [0, 0, 0],
      teaching: [12.5, 12.5, 0],
      volunteer: [25, 20, 5],
      learning: [9, 9, 0],
    });
    expect(ledger.counted).toBe(59.5);
    expect(ledger.toConfirm).toBe(9);
    expect(cetlCategory('learning').ruleText).toContain('Check with CoSN');
    expect(cetlCategory('learning').cap).toBeUndefined();
  });

  it('leaves entries outside the cycle out of the count and lists them', () => {
    const cycle = cycleOn('2024-02-15', '2026-12-01');
    const ledger = cetlLedger([entry('a', 'teaching', 5, '2024-02-14'), entry('b', 'teaching', 5, '2027-02-14')], cycle);
    expect(ledger.counted).toBe(5);
    expect(ledger.outsideCycle.map((e) => e.id)).toEqual(['a']);
  });

  const entries = fc.array(
    fc.record({
      categoryId: fc.constantFrom(...CETL_CATEGORY_IDS),
      quantity: fc.integer({ min: 1, max: 4000 }).map((n) => n / 100),
    }),
    { maxLength: 40 },
  );

  it('never counts more than a cap, and sums the same in any order', () => {
    fc.assert(
      fc.property(entries, fc.func(fc.integer()), (list, key) => {
        const made = list.map((e, i) => entry(`e${i}`, e.categoryId, e.quantity));
        const shuffled = made.toSorted((a, b) => key(a.id) - key(b.id) || a.id.localeCompare(b.id));
        const ledger = cetlLedger(made);
        for (const { category, counted } of ledger.categories) {
          if (category.cap !== undefined) expect(counted).toBeLessThanOrEqual(category.cap);
        }
        const again = cetlLedger(shuffled);
        expect(again.counted).toBe(ledger.counted);
        expect(again.categories.map((c) => c.counted)).toEqual(ledger.categories.map((c) => c.counted));
        expect(ledger.counted).toBe(Math.round(ledger.categories.reduce((s, c) => s + c.counted * 100, 0)) / 100);
      }),
    );
  });

  it('writes a worksheet a spreadsheet can open safely', () => {
    const csv = cetlWorksheetCsv(cetlLedger([{ ...entry('a', 'teaching', 3), title: '=HYPERLINK("x")', planActionId: 'act1', skillAreaId: '2' }]), undefined, {
      actions: { act1: 'Teach a planning workshop' },
      areas: { '2': 'Strategic Planning' },
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).toContain('Teach a planning workshop,Strategic Planning');
    expect(CETL_CATEGORIES).toHaveLength(6);
  });
});
