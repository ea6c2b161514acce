import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay } from '../../src/lib/format.ts';

describe('localDay', () => {
  it.each([
    // Evening in the Americas is already tomorrow in UTC: the day shown is the user's own.
    ['2026-12-02T01:30:00Z', 'America/Los_Angeles', '2026-12-01'],
    ['2026-12-02T01:30:00Z', 'UTC', '2026-12-02'],
    ['2026-12-01T23:30:00Z', 'America/New_York', '2026-12-01'],
    // Early morning in Asia and Oceania is still yesterday in UTC.
    ['2026-11-30T20:00:00Z', 'Asia/Tokyo', '2026-12-01'],
    ['2026-12-31T12:00:00Z', 'Pacific/Auckland', '2027-01-01'],
    // Offsets in the string are honoured; summer time counts.
    ['2026-07-01T06:30:00+09:00', 'America/Chicago', '2026-06-30'],
    ['2026-03-08T07:59:00Z', 'America/Los_Angeles', '2026-03-07'],
  ])('%s in %s is %s', (iso, zone, day) => {
    expect(localDay(iso, zone)).toBe(day);
  });

  it('says so for a string that is not a date instead of cutting it up', () => {
    expect(localDay('not a date', 'UTC')).toBe('unknown date');
  });
});

describe('localDay in the machine’s own zone', () => {
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/Los_Angeles';
  });
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('uses the local zone when none is given: late afternoon in Los Angeles is not tomorrow', () => {
    expect(new Date('2026-12-02T01:30:00Z').getTimezoneOffset()).toBe(480);
    expect(localDay('2026-12-02T01:30:00Z')).toBe('2026-12-01');
    expect(localDay('2026-12-02T08:30:00Z')).toBe('2026-12-02');
  });
});
