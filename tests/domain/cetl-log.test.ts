import { describe, expect, it } from 'vitest';
import type { CetlEntry, CetlRecord } from '../../src/domain/cetl/cetl.ts';
import { addCetlEntry, MAX_CETL_ENTRIES, removeCetlEntry, restoreCetl } from '../../src/domain/cetl/cetl.ts';
import { readCetlRecord, toCetlRecord } from '../../src/domain/cetl/cetl-records.ts';

const NOW = '2026-11-20T09:00:00.000Z';
const entry = (n: number): CetlEntry => ({ id: `e${n}`, date: '2025-05-01', categoryId: 'publication', title: `Article ${n}`, quantity: 1 });
const log = (count: number, from = 0): CetlRecord => ({ id: 'mine', entries: Array.from({ length: count }, (_, i) => entry(from + i)), updatedAt: NOW });

describe('the CETL log’s size', () => {
  it('takes entries up to the most it keeps, then no more', () => {
    expect(addCetlEntry(log(2), entry(9)).entries.map((e) => e.id)).toEqual(['e0', 'e1', 'e9']);
    const full = log(MAX_CETL_ENTRIES);
    expect(addCetlEntry(full, entry(5000))).toBe(full);
    expect(removeCetlEntry(log(3), 'e1').entries.map((e) => e.id)).toEqual(['e0', 'e2']);
  });

  it('a full log is stored and read back; one entry more is refused as damaged', () => {
    expect(readCetlRecord(toCetlRecord(log(MAX_CETL_ENTRIES)))).toMatchObject({ ok: true });
    expect(readCetlRecord({ ...toCetlRecord(log(MAX_CETL_ENTRIES)), entries: log(MAX_CETL_ENTRIES + 1).entries })).toMatchObject({ ok: false });
  });

  it('restoring onto a log keeps every entry of this device and fills only the room that is left', () => {
    const mine = log(MAX_CETL_ENTRIES - 2);
    const restored = restoreCetl(mine, log(5, 10_000));
    expect(restored.entries).toHaveLength(MAX_CETL_ENTRIES);
    expect(restored.entries.slice(0, mine.entries.length)).toEqual(mine.entries);
    expect(restored.entries.slice(-2).map((e) => e.id)).toEqual(['e10000', 'e10001']);
  });
});
