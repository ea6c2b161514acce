import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import {
  cleanTitle,
  createAssessment,
  duplicateAssessment,
  importanceOf,
  isValidTitle,
  MAX_NOTE_LENGTH,
  MAX_TITLE_LENGTH,
  NOT_APPLICABLE,
  rateIndicator,
  renameAssessment,
  setAreaTarget,
  setImportance,
  setIndicatorTarget,
  startReassessment,
  writeNote,
} from '../../src/domain/assessment/assessment.ts';
import { updatePdAction } from '../../src/domain/pd/pd-plan.ts';
import { freshAssessment, ratedAssessment } from '../builders/assessment.ts';

const CREATED = '2024-03-01T09:00:00.000Z';
const LATER = '2024-03-02T10:30:00.000Z';
const framework = { editionId: 'cosn-cto-2009', dataVersion: 1 };

function fresh(): Assessment {
  return freshAssessment({ now: CREATED });
}

/** An assessment with a little of everything, for the "never mutated" and copy tests. */
function filled(): Assessment {
  return ratedAssessment({
    now: CREATED,
    ratings: { '1A': 'developing', '2B': NOT_APPLICABLE },
    targets: { '1A': 'leading' },
    notes: { '1A': 'Ask the cabinet.' },
    areaTargets: { '1': 'leading' },
    importance: { '2': 'high', '9': 'low' },
    plan: [
      { id: 'p1', title: 'Shadow the business office', skillAreaIds: ['9', '2'], activityId: 'pd-shadow-business-office', dueDate: '2024-06-30', status: 'done', evidence: 'Notes' },
      { id: 'p2', title: 'Write a summary', skillAreaIds: ['2'] },
    ],
    comments: [
      { id: 'c1', skillAreaId: '2', text: 'Bring the budget calendar.', author: 'Grace', authorRole: 'Superintendent' },
      { id: 'c2', text: 'A thoughtful review.', author: 'Grace', authorRole: 'Superintendent' },
    ],
  });
}

describe('createAssessment', () => {
  it('starts empty at revision 1 with both timestamps at now', () => {
    expect(fresh()).toEqual({
      id: 'a1',
      title: 'Spring review',
      respondent: { name: '', role: '', district: '' },
      framework: { editionId: 'cosn-cto-2009', dataVersion: 1 },
      createdAt: CREATED,
      updatedAt: CREATED,
      answers: {},
      areaTargets: {},
      areaImportance: {},
      pdPlan: [],
      comments: [],
      revision: 1,
    });
  });

  it('has no previous assessment, no place in the walk and no received mark yet', () => {
    expect(fresh()).not.toHaveProperty('previousAssessmentId');
    expect(fresh()).not.toHaveProperty('lastSkillAreaId');
    expect(fresh()).not.toHaveProperty('received');
  });

  it('trims the title and every respondent field', () => {
    const a = createAssessment({
      id: 'a2',
      title: '  Fall   2024\t review \n',
      respondent: { name: '  Ada Lovelace ', role: '\tCTO ', district: ' North  ' },
      framework,
      now: CREATED,
    });
    expect(a.title).toBe('Fall 2024 review');
    expect(a.respondent).toEqual({ name: 'Ada Lovelace', role: 'CTO', district: 'North' });
  });

  it('fills respondent fields that were left out with empty strings', () => {
    const a = createAssessment({ id: 'a3', title: 'x', respondent: { role: 'Director' }, framework, now: CREATED });
    expect(a.respondent).toEqual({ name: '', role: 'Director', district: '' });
  });
});

describe('cleanTitle and isValidTitle', () => {
  it.each([
    ['Plain', 'Plain', true],
    ['  padded  ', 'padded', true],
    ['many   inner \t\n spaces', 'many inner spaces', true],
    ['', '', false],
    ['   ', '', false],
    ['\t\n', '', false],
  ])('%j cleans to %j (valid: %s)', (input, cleaned, isValid) => {
    expect(cleanTitle(input)).toBe(cleaned);
    expect(isValidTitle(input)).toBe(isValid);
  });

  it(`caps a title at ${MAX_TITLE_LENGTH} characters`, () => {
    expect(cleanTitle('x'.repeat(MAX_TITLE_LENGTH + 50))).toBe('x'.repeat(MAX_TITLE_LENGTH));
  });

  it('never leaves whitespace at the end when capping, so cleaning twice changes nothing', () => {
    // The space between the words falls exactly on the last kept character.
    const title = `${'x'.repeat(MAX_TITLE_LENGTH - 1)} tail`;
    const cleaned = cleanTitle(title);
    expect(cleaned.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(cleaned).toBe(cleaned.trim());
    expect(cleanTitle(cleaned)).toBe(cleaned);
  });
});

type Edit = (a: Assessment, now: string) => Assessment;

const edits: [string, Edit][] = [
  ['rateIndicator', (a, now) => rateIndicator(a, '1A', 'proficient', now)],
  ['rateIndicator (clearing)', (a, now) => rateIndicator(a, '1A', undefined, now)],
  ['setIndicatorTarget', (a, now) => setIndicatorTarget(a, '1A', 'emerging', now)],
  ['setIndicatorTarget (clearing)', (a, now) => setIndicatorTarget(a, '1A', undefined, now)],
  ['writeNote', (a, now) => writeNote(a, '1A', 'New note', now)],
  ['writeNote (clearing)', (a, now) => writeNote(a, '1A', '', now)],
  ['setAreaTarget', (a, now) => setAreaTarget(a, '2', 'developing', now)],
  ['renameAssessment', (a, now) => renameAssessment(a, 'Renamed', now)],
  ['setImportance (high)', (a, now) => setImportance(a, '3', 'high', now)],
  ['setImportance (back to normal)', (a, now) => setImportance(a, '2', 'normal', now)],
];

describe.each(edits)('%s', (_name, edit) => {
  it('adds one to the revision and sets updatedAt to now, keeping createdAt', () => {
    const before = filled();
    const after = edit(before, LATER);
    expect(after.revision).toBe(before.revision + 1);
    expect(after.updatedAt).toBe(LATER);
    expect(after.createdAt).toBe(CREATED);
  });

  it('never changes the object it was given', () => {
    const before = filled();
    const snapshot = structuredClone(before);
    const after = edit(before, LATER);
    expect(after).not.toBe(before);
    expect(before).toEqual(snapshot);
  });
});

describe('rateIndicator', () => {
  it('records a rating without touching other indicators', () => {
    const a = rateIndicator(filled(), '3C', 'leading', LATER);
    expect(a.answers['3C']).toEqual({ current: 'leading' });
    expect(a.answers['1A']).toEqual({ current: 'developing', target: 'leading', note: 'Ask the cabinet.' });
    expect(a.answers['2B']).toEqual({ current: NOT_APPLICABLE });
  });

  it('replaces an earlier rating and keeps the target and note', () => {
    const a = rateIndicator(filled(), '1A', 'proficient', LATER);
    expect(a.answers['1A']).toEqual({ current: 'proficient', target: 'leading', note: 'Ask the cabinet.' });
  });

  it.each([
    ['undefined', undefined],
    ['an empty string', ''],
  ])('removes the rating when given %s, keeping the rest of the answer', (_label, rating) => {
    const a = rateIndicator(filled(), '1A', rating, LATER);
    expect(a.answers['1A']).toEqual({ target: 'leading', note: 'Ask the cabinet.' });
    expect(Object.keys(a.answers['1A'] ?? {})).not.toContain('current');
  });

  it('removes the whole answer once nothing is left in it', () => {
    const a = rateIndicator(filled(), '2B', undefined, LATER);
    expect(Object.keys(a.answers)).not.toContain('2B');
    expect(Object.keys(a.answers).sort()).toEqual(['1A']);
  });

  it('clearing an indicator that was never answered adds nothing', () => {
    const a = rateIndicator(fresh(), '9Z', undefined, LATER);
    expect(a.answers).toEqual({});
  });
});

describe('setIndicatorTarget', () => {
  it('sets and replaces the per-indicator target', () => {
    let a = setIndicatorTarget(fresh(), '4A', 'developing', LATER);
    expect(a.answers['4A']).toEqual({ target: 'developing' });
    a = setIndicatorTarget(a, '4A', 'leading', LATER);
    expect(a.answers['4A']).toEqual({ target: 'leading' });
  });

  it.each([
    ['undefined', undefined],
    ['an empty string', ''],
  ])('removes the target when given %s', (_label, target) => {
    const a = setIndicatorTarget(filled(), '1A', target, LATER);
    expect(a.answers['1A']).toEqual({ current: 'developing', note: 'Ask the cabinet.' });
  });

  it('removes the answer when the target was all it held', () => {
    const a = setIndicatorTarget(setIndicatorTarget(fresh(), '4A', 'leading', CREATED), '4A', undefined, LATER);
    expect(a.answers).toEqual({});
  });
});

describe('writeNote', () => {
  it('stores the note as written', () => {
    const note = '  Two lines:\nfirst and second  ';
    expect(writeNote(fresh(), '5A', note, LATER).answers['5A']).toEqual({ note });
  });

  it('removes the note when it is emptied', () => {
    const a = writeNote(filled(), '1A', '', LATER);
    expect(a.answers['1A']).toEqual({ current: 'developing', target: 'leading' });
  });

  it('removes the answer when the note was all it held', () => {
    const a = writeNote(writeNote(fresh(), '5A', 'temp', CREATED), '5A', '', LATER);
    expect(a.answers).toEqual({});
  });

  it.each([
    [MAX_NOTE_LENGTH - 1, MAX_NOTE_LENGTH - 1],
    [MAX_NOTE_LENGTH, MAX_NOTE_LENGTH],
    [MAX_NOTE_LENGTH + 1, MAX_NOTE_LENGTH],
    [MAX_NOTE_LENGTH * 3, MAX_NOTE_LENGTH],
  ])('a note of %i characters is kept at %i', (length, kept) => {
    const note = 'n'.repeat(length);
    expect(writeNote(fresh(), '5A', note, LATER).answers['5A']?.note).toBe('n'.repeat(kept));
  });
});

describe('setAreaTarget', () => {
  it('sets one skill area target and keeps the others', () => {
    const a = setAreaTarget(filled(), '7', 'emerging', LATER);
    expect(a.areaTargets).toEqual({ '1': 'leading', '7': 'emerging' });
  });

  it('replaces an earlier target for the same area', () => {
    const a = setAreaTarget(filled(), '1', 'developing', LATER);
    expect(a.areaTargets).toEqual({ '1': 'developing' });
  });

  it('does not touch the answers', () => {
    const before = filled();
    expect(setAreaTarget(before, '3', 'leading', LATER).answers).toEqual(before.answers);
  });
});

describe('renameAssessment', () => {
  it('cleans the new title', () => {
    expect(renameAssessment(fresh(), '  New   name ', LATER).title).toBe('New name');
  });

  it.each(['', '   ', '\n\t'])('leaves the assessment as it is for the blank title %j', (title) => {
    const before = fresh();
    const after = renameAssessment(before, title, LATER);
    expect(after).toBe(before);
    expect(after).toEqual(fresh());
  });
});

describe('duplicateAssessment', () => {
  const COPIED = '2024-04-01T08:00:00.000Z';

  it('gets a new id, a "Copy of" title, fresh timestamps and revision 1', () => {
    // A record from before the walk position moved out of it still carries its place.
    const source = { ...filled(), lastSkillAreaId: '2' };
    const copy = duplicateAssessment(source, 'b2', COPIED);
    expect(copy).toEqual({
      ...source,
      id: 'b2',
      title: 'Copy of Spring review',
      createdAt: COPIED,
      updatedAt: COPIED,
      revision: 1,
    });
  });

  it('keeps a long copied title within the limit', () => {
    const source = renameAssessment(fresh(), 'y'.repeat(MAX_TITLE_LENGTH), LATER);
    const copy = duplicateAssessment(source, 'b3', COPIED);
    expect(copy.title).toHaveLength(MAX_TITLE_LENGTH);
    expect(copy.title.startsWith('Copy of y')).toBe(true);
  });

  it('shares no objects with the original', () => {
    const source = filled();
    const copy = duplicateAssessment(source, 'b4', COPIED);
    expect(copy.answers).not.toBe(source.answers);
    expect(copy.answers['1A']).not.toBe(source.answers['1A']);
    expect(copy.areaTargets).not.toBe(source.areaTargets);
    expect(copy.respondent).not.toBe(source.respondent);
    expect(copy.framework).not.toBe(source.framework);
    expect(copy.areaImportance).not.toBe(source.areaImportance);
    expect(copy.pdPlan).not.toBe(source.pdPlan);
    expect(copy.pdPlan[0]).not.toBe(source.pdPlan[0]);
    expect(copy.pdPlan[0]?.skillAreaIds).not.toBe(source.pdPlan[0]?.skillAreaIds);
    expect(copy.comments).not.toBe(source.comments);
    expect(copy.comments[0]).not.toBe(source.comments[0]);
  });

  it('carries over the comments, equal but copied', () => {
    const source = filled();
    const copy = duplicateAssessment(source, 'b7', COPIED);
    expect(copy.comments).toEqual(source.comments);
    expect(copy.comments.map((c) => [c.id, c.skillAreaId])).toEqual([
      ['c1', '2'],
      ['c2', undefined],
    ]);
  });

  it('carries over importance and the plan', () => {
    const source = filled();
    const copy = duplicateAssessment(source, 'b6', COPIED);
    expect(copy.areaImportance).toEqual({ '2': 'high', '9': 'low' });
    expect(copy.pdPlan).toEqual(source.pdPlan);
    expect(copy.pdPlan.map((a) => a.id)).toEqual(['p1', 'p2']);
  });

  it('editing the copy, even in place, leaves the original as it was', () => {
    const source = filled();
    const snapshot = structuredClone(source);
    const copy = duplicateAssessment(source, 'b5', COPIED);

    const answer = copy.answers['1A'];
    if (answer) answer.note = 'changed in place';
    copy.answers['9A'] = { current: 'leading' };
    copy.areaTargets['1'] = 'emerging';
    copy.respondent.name = 'Someone else';
    copy.framework.dataVersion = 99;
    copy.areaImportance['2'] = 'low';
    copy.pdPlan[0]?.skillAreaIds.push('5');
    const step = copy.pdPlan[1];
    if (step) step.title = 'changed in place';
    copy.pdPlan.pop();
    const comment = copy.comments[0];
    if (comment) comment.text = 'changed in place';
    copy.comments.push({ id: 'c9', text: 'copy only', author: 'Someone', authorRole: '', at: LATER });
    const edited = rateIndicator(writeNote(copy, '2B', 'copy only', LATER), '1A', 'leading', LATER);

    expect(edited.answers['2B']).toEqual({ current: NOT_APPLICABLE, note: 'copy only' });
    expect(source).toEqual(snapshot);
  });
});

describe('setImportance and importanceOf', () => {
  it('is normal for every area until set', () => {
    expect(importanceOf(fresh(), '1')).toBe('normal');
    expect(importanceOf(fresh(), 'CV3')).toBe('normal');
  });

  it.each(['low', 'high'] as const)('stores %s and reads it back, leaving other areas normal', (importance) => {
    const a = setImportance(fresh(), '4', importance, LATER);
    expect(a.areaImportance).toEqual({ '4': importance });
    expect(importanceOf(a, '4')).toBe(importance);
    expect(importanceOf(a, '5')).toBe('normal');
  });

  it('replaces an earlier importance for the same area and keeps the others', () => {
    const a = setImportance(filled(), '2', 'low', LATER);
    expect(a.areaImportance).toEqual({ '2': 'low', '9': 'low' });
  });

  it('removes the key when set back to normal, rather than storing "normal"', () => {
    const a = setImportance(filled(), '2', 'normal', LATER);
    expect(a.areaImportance).toEqual({ '9': 'low' });
    expect(Object.keys(a.areaImportance)).not.toContain('2');
    expect(importanceOf(a, '2')).toBe('normal');
  });

  it('setting normal on an area that was never set stores nothing', () => {
    expect(setImportance(fresh(), '7', 'normal', LATER).areaImportance).toEqual({});
  });

  it('does not touch answers, targets or the plan', () => {
    const before = filled();
    const after = setImportance(before, '3', 'high', LATER);
    expect(after.answers).toEqual(before.answers);
    expect(after.areaTargets).toEqual(before.areaTargets);
    expect(after.pdPlan).toEqual(before.pdPlan);
  });
});

describe('startReassessment', () => {
  const AGAIN = '2024-09-01T08:00:00.000Z';

  function source(): Assessment {
    return { ...renameAssessment(filled(), 'Spring review', LATER), lastSkillAreaId: '7' };
  }

  it('starts a linked assessment dated now at revision 1, carrying everything over', () => {
    const before = source();
    const next = startReassessment(before, 'b1', '  Autumn   review ', AGAIN);
    expect(next).toEqual({
      ...before,
      id: 'b1',
      title: 'Autumn review',
      createdAt: AGAIN,
      updatedAt: AGAIN,
      previousAssessmentId: 'a1',
      lastSkillAreaId: undefined,
      revision: 1,
    });
    expect(next.lastSkillAreaId).toBeUndefined();
    expect(next.answers['1A']).toEqual({ current: 'developing', target: 'leading', note: 'Ask the cabinet.' });
    expect(next.areaTargets).toEqual({ '1': 'leading' });
    expect(next.areaImportance).toEqual({ '2': 'high', '9': 'low' });
    expect(next.pdPlan.map((a) => [a.id, a.status])).toEqual([
      ['p1', 'done'],
      ['p2', 'planned'],
    ]);
  });

  it('links to the assessment it was started from, not to that one\'s own predecessor', () => {
    const second = startReassessment(source(), 'b1', 'Autumn', AGAIN);
    const third = startReassessment(second, 'c1', 'Next spring', '2025-03-01T08:00:00.000Z');
    expect(third.previousAssessmentId).toBe('b1');
  });

  it('shares no objects with the source, so editing one leaves the other alone', () => {
    const before = source();
    const snapshot = structuredClone(before);
    const next = startReassessment(before, 'b1', 'Autumn', AGAIN);
    expect(next.answers).not.toBe(before.answers);
    expect(next.answers['1A']).not.toBe(before.answers['1A']);
    expect(next.areaTargets).not.toBe(before.areaTargets);
    expect(next.areaImportance).not.toBe(before.areaImportance);
    expect(next.pdPlan).not.toBe(before.pdPlan);
    expect(next.pdPlan[0]).not.toBe(before.pdPlan[0]);
    expect(next.pdPlan[0]?.skillAreaIds).not.toBe(before.pdPlan[0]?.skillAreaIds);
    expect(next.comments).not.toBe(before.comments);
    expect(next.comments[0]).not.toBe(before.comments[0]);
    expect(next.comments).toEqual(before.comments);

    next.areaImportance['3'] = 'high';
    const comment = next.comments[1];
    if (comment) comment.author = 'changed';
    next.comments.shift();
    next.pdPlan[0]?.skillAreaIds.push('1');
    const answer = next.answers['1A'];
    if (answer) answer.note = 'changed';
    const edited = updatePdAction(rateIndicator(next, '2A', 'leading', AGAIN), 'p2', { status: 'done' }, AGAIN);

    expect(edited.pdPlan[1]?.status).toBe('done');
    expect(before).toEqual(snapshot);
  });
});
