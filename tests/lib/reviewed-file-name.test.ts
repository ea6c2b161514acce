import { describe, expect, it } from 'vitest';
import { reviewedFileName } from '../../src/lib/download.ts';

describe('reviewedFileName', () => {
  it('says it is the reviewed copy, by whom and on which day', () => {
    expect(reviewedFileName('Fall 2026', 'Grace Hopper', '2026-12-02')).toBe('fall-2026-reviewed-by-grace-hopper-2026-12-02.json');
  });

  it('never leaves the reviewer’s part empty', () => {
    expect(reviewedFileName('Fall', '***', '2026-12-02')).toBe('fall-reviewed-by-reviewer-2026-12-02.json');
  });
});
