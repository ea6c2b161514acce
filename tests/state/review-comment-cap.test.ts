import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import { addComment, MAX_COMMENTS } from '../../src/domain/review/review.ts';
import { exportFileText } from '../../src/lib/exchange-files.ts';
import { createImportStore } from '../../src/state/import-store.ts';
import { insertAssessment, loadAssessment } from '../../src/storage/assessment-repository.ts';
import { makeAssessment } from '../builders/assessment.ts';
import { fileOf } from '../lib/file-like.ts';
import { freshStores } from '../stores.ts';

const NOW = '2024-07-01T12:00:00.000Z';

function withComments(from: Assessment, prefix: string, count: number): Assessment {
  let a = from;
  for (let i = 0; i < count; i += 1) a = addComment(a, { id: `${prefix}${i}`, text: `Comment ${i}`, author: 'Grace Hopper', authorRole: 'Superintendent' }, NOW);
  return a;
}

describe('a reviewer’s file that would take an assessment past the app’s own comment limit', () => {
  it('adds the reviewer’s comments up to the limit, says how many were left out, and stores no more than the limit', async () => {
    const mine = withComments(makeAssessment({ id: 'mine', title: 'Fall review' }), 'own-', 480);
    await insertAssessment(mine);
    // The reviewer's copy holds the 480 and 20 of their own: within the limit, so the file is valid.
    const reviewed = withComments(mine, 'rev-', 20);
    const importer = freshStores().get(createImportStore);
    const text = await exportFileText([reviewed], { kind: 'assessment', includeNotes: true, now: NOW, appVersion: '1.0.0' });
    // Meanwhile 10 more comments were added here: only 10 of the reviewer's 20 now fit.
    await insertAssessment(withComments(mine, 'more-', 10));
    await importer.chooseImportFile(fileOf(text, 'reviewed.json'));
    expect(importer.store.getState()).toMatchObject({ phase: 'preview', items: [{ choice: 'merge-review' }] });
    await importer.confirmImport();

    expect(importer.store.getState()).toMatchObject({
      phase: 'done',
      message: expect.stringContaining('10 of the reviewer’s comments were not added: an assessment holds at most 500 comments.') as unknown,
    });
    const stored = await loadAssessment('mine');
    expect(stored?.ok && stored.assessment.comments.length).toBe(MAX_COMMENTS);
  });
});
