import { describe, expect, it } from 'vitest';
import { createAssessment, rateIndicator } from '../../src/domain/assessment/assessment.ts';
import type { BackupState, WorkItem } from '../../src/domain/data/backup-reminder.ts';
import {
  describeWork,
  emptyBackupState,
  isBackupDue,
  markBackedUp,
  markFromFile,
  REMINDER_RULE,
  snoozeReminder,
  workItemOf,
  workSince,
} from '../../src/domain/data/backup-reminder.ts';
import { readBackupState } from '../../src/domain/data/data-records.ts';
import { indicatorsOf } from '../../src/domain/framework/framework.ts';
import { shippedFramework as fw } from './shipped-framework.ts';

const NOW = '2026-10-01T12:00:00.000Z';
const LATER = '2026-10-02T12:00:00.000Z';
const item = (id: string, revision: number, rated = 0, isComplete = false): WorkItem => ({ id, revision, rated, isComplete });

describe('workSince and isBackupDue', () => {
  const backedUp = markBackedUp(emptyBackupState(), [item('a', 10, 5), item('b', 40, 92, true)], NOW);

  it.each<[string, BackupState, WorkItem[], { changes: number; newRatings: number; completed: number }, boolean]>([
    ['nothing stored', emptyBackupState(), [], { changes: 0, newRatings: 0, completed: 0 }, false],
    ['a new assessment with a few ratings, never backed up', emptyBackupState(), [item('a', 6, 5)], { changes: 6, newRatings: 5, completed: 0 }, false],
    ['two skill areas rated, never backed up', emptyBackupState(), [item('a', 16, 15)], { changes: 16, newRatings: 15, completed: 0 }, true],
    ['nothing changed since the backup', backedUp, [item('a', 10, 5), item('b', 40, 92, true)], { changes: 0, newRatings: 0, completed: 0 }, false],
    ['14 more ratings since the backup', backedUp, [item('a', 24, 19), item('b', 40, 92, true)], { changes: 14, newRatings: 14, completed: 0 }, false],
    ['15 more ratings across two assessments', backedUp, [item('a', 20, 15), item('b', 45, 92, true), item('c', 6, 5)], { changes: 21, newRatings: 15, completed: 0 }, true],
    ['re-rating counts changes, not new ratings', backedUp, [item('a', 60, 5), item('b', 40, 92, true)], { changes: 50, newRatings: 0, completed: 0 }, false],
    ['a long note: many changes', backedUp, [item('a', 10 + REMINDER_RULE.changes, 5), item('b', 40, 92, true)], { changes: REMINDER_RULE.changes, newRatings: 0, completed: 0 }, true],
    ['an assessment finished since the backup', backedUp, [item('a', 12, 92, true), item('b', 40, 92, true)], { changes: 2, newRatings: 87, completed: 1 }, true],
    ['one already complete at the backup, edited since', backedUp, [item('a', 10, 5), item('b', 42, 92, true)], { changes: 2, newRatings: 0, completed: 0 }, false],
    ['unrating lowers nothing below zero', backedUp, [item('a', 12, 0), item('b', 40, 92, true)], { changes: 2, newRatings: 0, completed: 0 }, false],
    ['a deleted assessment is not work', backedUp, [item('b', 40, 92, true)], { changes: 0, newRatings: 0, completed: 0 }, false],
  ])('%s', (_, state, items, expected, isDue) => {
    const work = workSince(state, items);
    expect(work).toEqual(expected);
    expect(isBackupDue(work)).toBe(isDue);
  });
});

describe('backing up, dismissing and importing', () => {
  const before = [item('a', 30, 20)];

  it('a backup records its time and counts from what the file holds', () => {
    const state = markBackedUp(emptyBackupState(), before, NOW);
    expect(state.lastBackupAt).toBe(NOW);
    expect(isBackupDue(workSince(state, before))).toBe(false);
    expect(isBackupDue(workSince(state, [item('a', 45, 35)]))).toBe(true);
  });

  it('dismissing keeps the backup date and waits for as much new work again', () => {
    const backedUp = markBackedUp(emptyBackupState(), [item('a', 5, 0)], NOW);
    const dismissed = snoozeReminder(backedUp, before, LATER);
    expect(dismissed).toMatchObject({ lastBackupAt: NOW, dismissedAt: LATER });
    expect(isBackupDue(workSince(dismissed, [item('a', 40, 30)]))).toBe(false);
    expect(isBackupDue(workSince(dismissed, [item('a', 45, 35)]))).toBe(true);
  });

  it('assessments read from a file join the baseline; others keep theirs', () => {
    const state = markFromFile(markBackedUp(emptyBackupState(), [item('a', 5, 2)], NOW), [item('b', 300, 92, true)]);
    expect(workSince(state, [item('a', 20, 17), item('b', 300, 92, true)])).toEqual({ changes: 15, newRatings: 15, completed: 0 });
  });
});

describe('workItemOf', () => {
  const base = createAssessment({ id: 'w1', title: 'Work', framework: { editionId: fw.id, dataVersion: fw.dataVersion }, now: NOW });

  it('counts ratings and knows a complete assessment', () => {
    const ids = indicatorsOf(fw).map((i) => i.id);
    const partial = ids.slice(0, 3).reduce((a, id) => rateIndicator(a, id, 'proficient', NOW), base);
    expect(workItemOf(partial, fw)).toEqual({ id: 'w1', revision: 4, rated: 3, isComplete: false });
    const full = ids.reduce((a, id) => rateIndicator(a, id, 'na', NOW), base);
    expect(workItemOf(full, fw)).toMatchObject({ rated: ids.length, isComplete: true });
    expect(workItemOf(full, undefined).isComplete).toBe(false);
  });
});

describe('describeWork', () => {
  it.each([
    [{ changes: 20, newRatings: 18, completed: 0 }, 'rated 18 indicators'],
    [{ changes: 20, newRatings: 1, completed: 1 }, 'rated 1 indicator and finished an assessment'],
    [{ changes: 20, newRatings: 0, completed: 2 }, 'finished 2 assessments'],
    [{ changes: 320, newRatings: 0, completed: 0 }, 'made 320 changes'],
  ])('%o → %s', (work, text) => {
    expect(describeWork(work)).toBe(text);
  });
});

describe('readBackupState', () => {
  it('reads back what it stored', () => {
    const state = snoozeReminder(markBackedUp(emptyBackupState(), before(), NOW), before(), LATER);
    expect(readBackupState(structuredClone(state))).toEqual(state);
  });

  it.each([undefined, 'x', { baseline: { a: { revision: -1, rated: 0, isComplete: false } } }, { baseline: { '../a': { revision: 1, rated: 0, isComplete: false } } }, { lastBackupAt: 'yesterday', baseline: {} }])(
    'starts afresh from a record it cannot trust: %o',
    (raw) => {
      expect(readBackupState(raw)).toEqual(emptyBackupState());
    },
  );

  function before() {
    return [item('a', 3, 1)];
  }
});
