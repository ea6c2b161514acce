import { describe, expect, it } from 'vitest';
import { roundDifferences } from '../../src/domain/panel/round-differences.ts';
import { buildRound } from '../builders/panel.ts';

const named = (id: string) => `the ${id.slice(-4)} edition`;

describe('roundDifferences', () => {
  it('names a changed framework edition the way people know it, not by its id', () => {
    const stored = buildRound();
    const incoming = { ...stored, framework: { editionId: 'cosn-cto-2009', dataVersion: 1 } };
    const stated = roundDifferences({ ...stored, framework: { editionId: 'cosn-cto-2019', dataVersion: 1 } }, incoming, named);
    expect(stated).toEqual(['Framework: the 2009 edition in the file, the 2019 edition here.']);
  });

  it('gives the content versions only when the edition is the same', () => {
    const stored = { ...buildRound(), framework: { editionId: 'cosn-cto-2019', dataVersion: 1 } };
    const stated = roundDifferences(stored, { ...stored, framework: { editionId: 'cosn-cto-2019', dataVersion: 2 } }, named);
    expect(stated).toEqual(['Framework: the 2019 edition, content version 2 in the file and 1 here.']);
  });

  it('says nothing of the framework when it is the same', () => {
    const stored = buildRound();
    expect(roundDifferences(stored, { ...stored, positionTitle: 'Director of Technology' }, named)).toEqual([
      'Position: “Director of Technology” in the file, “Chief Technology Officer” here.',
    ]);
  });
});
