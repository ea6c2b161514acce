import { describe, expect, it } from 'vitest';
import { paths } from '../../src/config/paths.ts';

describe('the route table’s href builders', () => {
  it('add a query only for the values given, in order, and encode every id', () => {
    expect(paths.interview.href('r 1', 'p/1')).toBe('/panel/r%201/interview/p%2F1');
    expect(paths.interview.href('r1', 'p1', 'c1')).toBe('/panel/r1/interview/p1?candidate=c1');
    expect(paths.interview.href('r1', 'p1', undefined, 'CV1')).toBe('/panel/r1/interview/p1?area=CV1');
    expect(paths.interview.href('r1', 'p1', 'c&1', '2')).toBe('/panel/r1/interview/p1?candidate=c%261&area=2');
    expect(paths.compare.href()).toBe('/compare');
    expect(paths.compare.href('a', 'b')).toBe('/compare?from=a&to=b');
    expect(paths.compare.href(undefined, 'b')).toBe('/compare?to=b');
  });

  it('give the chair’s two pages of a round, which share one route', () => {
    expect(paths.chair.href('r1', 'results')).toBe('/panel/r1/results');
    expect(paths.chair.href('r1', 'packet')).toBe('/panel/r1/packet');
    expect(paths.chair.pattern).toBe('/panel/:roundId/:page');
  });
});
