import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/lib/format.ts';

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [999, '999 bytes'],
    [1_000, '1 kB'],
    [1_536, '1.5 kB'],
    [245_000, '245 kB'],
    [1_500_000, '1.5 MB'],
    [12_345_678_901, '12.3 GB'],
    [2e15, '2,000 TB'],
    [-5, '0 bytes'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
