import { describe, expect, it } from 'vitest';
import type { Assessment, PdAction } from '../../src/domain/assessment/assessment.ts';
import type { NewPdAction } from '../../src/domain/pd/pd-plan.ts';
import { actionsCompletedBetween, addPdAction, MAX_PLAN_TEXT, removePdAction, updatePdAction } from '../../src/domain/pd/pd-plan.ts';
import { freshAssessment, ratedAssessment } from '../builders/assessment.ts';

const CREATED = '2024-03-01T09:00:00.000Z';
const ADDED = '2024-03-02T10:00:00.000Z';
const LATER = '2024-03-10T15:30:00.000Z';
const REOPENED = '2024-03-12T08:00:00.000Z';

const action: NewPdAction = {
  id: 'p1',
  title: 'Shadow the business office',
  goal: 'Understand the budget calendar.',
  skillAreaIds: ['9', '2'],
  activityId: 'pd-shadow-business-office',
  dueDate: '2024-06-30',
};

function fresh(): Assessment {
  return freshAssessment({ now: CREATED });
}

/** An assessment with two plan actions: p1 (from the catalogue) and p2 (the user's own). */
function planned(): Assessment {
  return ratedAssessment({ now: CREATED, at: ADDED, plan: [action, { id: 'p2', title: 'Write a plan summary', skillAreaIds: ['2'] }] });
}

describe('addPdAction', () => {
  it('adds a planned action with empty evidence, stamped with now', () => {
    const a = addPdAction(fresh(), action, ADDED);
    expect(a.pdPlan).toEqual([
      {
        id: 'p1',
        title: 'Shadow the business office',
        goal: 'Understand the budget calendar.',
        skillAreaIds: ['9', '2'],
        activityId: 'pd-shadow-business-office',
        dueDate: '2024-06-30',
        status: 'planned',
        evidence: '',
        createdAt: ADDED,
      },
    ]);
  });

  it('adds after the existing actions, in order', () => {
    expect(planned().pdPlan.map((a) => a.id)).toEqual(['p1', 'p2']);
  });

  it('trims the title', () => {
    const a = addPdAction(fresh(), { ...action, title: '  \tRead the E-rate guide \n' }, ADDED);
    expect(a.pdPlan[0]?.title).toBe('Read the E-rate guide');
  });

  it('leaves out what was not given: no goal becomes "", no activity or due date, no key at all', () => {
    const a = addPdAction(fresh(), { id: 'own', title: 'My own step', skillAreaIds: [] }, ADDED);
    const [added] = a.pdPlan;
    expect(added?.goal).toBe('');
    expect(added).not.toHaveProperty('activityId');
    expect(added).not.toHaveProperty('dueDate');
    expect(added).not.toHaveProperty('completedAt');
  });

  it.each(['', '   ', '\n\t'])('refuses the blank title %j, returning the same object', (title) => {
    const before = fresh();
    expect(addPdAction(before, { ...action, title }, ADDED)).toBe(before);
  });

  it('refuses an id already in the plan, returning the same object', () => {
    const before = planned();
    const after = addPdAction(before, { ...action, id: 'p2', title: 'Something else' }, LATER);
    expect(after).toBe(before);
    expect(after.pdPlan.find((a) => a.id === 'p2')?.title).toBe('Write a plan summary');
  });

  it.each(['30/06/2024', '2024-6-30', 'next June', '2024-06-30T00:00:00Z', '', '2024-13-45', '2024-02-30', '2023-02-29'])('drops the badly formed due date %j and keeps the action', (dueDate) => {
    const a = addPdAction(fresh(), { ...action, dueDate }, ADDED);
    expect(a.pdPlan).toHaveLength(1);
    expect(a.pdPlan[0]).not.toHaveProperty('dueDate');
  });

  it('caps the goal', () => {
    const a = addPdAction(fresh(), { ...action, goal: 'g'.repeat(MAX_PLAN_TEXT + 10) }, ADDED);
    expect(a.pdPlan[0]?.goal).toHaveLength(MAX_PLAN_TEXT);
  });

  it('copies the skill-area list rather than sharing it', () => {
    const skillAreaIds = ['4'];
    const a = addPdAction(fresh(), { ...action, skillAreaIds }, ADDED);
    skillAreaIds.push('5');
    expect(a.pdPlan[0]?.skillAreaIds).toEqual(['4']);
  });
});

describe('updatePdAction', () => {
  it('changes the title (trimmed), goal and evidence of one action only', () => {
    const a = updatePdAction(planned(), 'p1', { title: '  New title ', goal: 'New goal', evidence: 'Meeting notes' }, LATER);
    expect(a.pdPlan[0]).toMatchObject({ title: 'New title', goal: 'New goal', evidence: 'Meeting notes' });
    expect(a.pdPlan[1]).toEqual(planned().pdPlan[1]);
  });

  it('keeps the old title when given a blank one', () => {
    expect(updatePdAction(planned(), 'p1', { title: '   ' }, LATER).pdPlan[0]?.title).toBe('Shadow the business office');
  });

  it('caps the evidence', () => {
    expect(updatePdAction(planned(), 'p1', { evidence: 'e'.repeat(MAX_PLAN_TEXT * 2) }, LATER).pdPlan[0]?.evidence).toHaveLength(MAX_PLAN_TEXT);
  });

  it('stamps completedAt with now when the action is done', () => {
    const a = updatePdAction(planned(), 'p1', { status: 'done' }, LATER);
    expect(a.pdPlan[0]).toMatchObject({ status: 'done', completedAt: LATER });
  });

  it('keeps the first completedAt when "done" is set again', () => {
    const done = updatePdAction(planned(), 'p1', { status: 'done' }, LATER);
    expect(updatePdAction(done, 'p1', { status: 'done', evidence: 'More' }, REOPENED).pdPlan[0]?.completedAt).toBe(LATER);
  });

  it.each(['planned', 'in-progress'] as const)('clears completedAt when a done action is reopened as %s', (status) => {
    const done = updatePdAction(planned(), 'p1', { status: 'done' }, LATER);
    const reopened = updatePdAction(done, 'p1', { status }, REOPENED);
    expect(reopened.pdPlan[0]?.status).toBe(status);
    expect(reopened.pdPlan[0]).not.toHaveProperty('completedAt');
  });

  it('moves to in progress without a completedAt', () => {
    const a = updatePdAction(planned(), 'p2', { status: 'in-progress' }, LATER);
    expect(a.pdPlan[1]?.status).toBe('in-progress');
    expect(a.pdPlan[1]).not.toHaveProperty('completedAt');
  });

  it('sets, replaces and clears the due date', () => {
    let a = updatePdAction(planned(), 'p2', { dueDate: '2024-09-01' }, LATER);
    expect(a.pdPlan[1]?.dueDate).toBe('2024-09-01');
    a = updatePdAction(a, 'p2', { dueDate: '2024-10-15' }, LATER);
    expect(a.pdPlan[1]?.dueDate).toBe('2024-10-15');
    a = updatePdAction(a, 'p2', { dueDate: undefined }, LATER);
    expect(a.pdPlan[1]).not.toHaveProperty('dueDate');
  });

  it('clears the due date when given one that is badly formed', () => {
    const a = updatePdAction(planned(), 'p1', { dueDate: 'soon' }, LATER);
    expect(a.pdPlan[0]).not.toHaveProperty('dueDate');
  });

  it('leaves the due date alone when the change does not mention it', () => {
    expect(updatePdAction(planned(), 'p1', { goal: 'x' }, LATER).pdPlan[0]?.dueDate).toBe('2024-06-30');
  });

  it('returns the same object for an id not in the plan', () => {
    const before = planned();
    expect(updatePdAction(before, 'ghost', { status: 'done' }, LATER)).toBe(before);
  });
});

describe('removePdAction', () => {
  it('removes one action and keeps the rest in order', () => {
    const a = addPdAction(planned(), { id: 'p3', title: 'Third', skillAreaIds: [] }, ADDED);
    expect(removePdAction(a, 'p2', LATER).pdPlan.map((x) => x.id)).toEqual(['p1', 'p3']);
  });

  it('returns the same object for an id not in the plan', () => {
    const before = planned();
    expect(removePdAction(before, 'ghost', LATER)).toBe(before);
  });
});

type PlanEdit = [name: string, edit: (a: Assessment, now: string) => Assessment];

const planEdits: PlanEdit[] = [
  ['addPdAction', (a, now) => addPdAction(a, { id: 'p9', title: 'New', skillAreaIds: ['1'] }, now)],
  ['updatePdAction (text)', (a, now) => updatePdAction(a, 'p1', { evidence: 'Notes' }, now)],
  ['updatePdAction (done)', (a, now) => updatePdAction(a, 'p1', { status: 'done' }, now)],
  ['updatePdAction (due date cleared)', (a, now) => updatePdAction(a, 'p1', { dueDate: undefined }, now)],
  ['removePdAction', (a, now) => removePdAction(a, 'p1', now)],
];

describe.each(planEdits)('%s', (_name, edit) => {
  it('adds one to the revision and sets updatedAt to now, keeping createdAt', () => {
    const before = planned();
    const after = edit(before, LATER);
    expect(after.revision).toBe(before.revision + 1);
    expect(after.updatedAt).toBe(LATER);
    expect(after.createdAt).toBe(CREATED);
  });

  it('never changes the assessment or plan it was given', () => {
    const before = planned();
    const snapshot = structuredClone(before);
    const after = edit(before, LATER);
    expect(after).not.toBe(before);
    expect(after.pdPlan).not.toBe(before.pdPlan);
    expect(before).toEqual(snapshot);
  });
});

describe('actionsCompletedBetween', () => {
  const FROM = '2024-03-01T00:00:00.000Z';
  const TO = '2024-06-01T00:00:00.000Z';

  function done(id: string, completedAt: string, title = id): PdAction {
    return { id, title, goal: '', skillAreaIds: [], status: 'done', evidence: '', createdAt: '2024-01-01T00:00:00.000Z', completedAt };
  }

  it('keeps actions finished after `from`, up to and including `to`', () => {
    const plan = [
      done('at-from', FROM),
      done('just-after-from', '2024-03-01T00:00:00.001Z'),
      done('middle', '2024-04-15T12:00:00.000Z'),
      done('at-to', TO),
      done('after-to', '2024-06-01T00:00:00.001Z'),
      done('before', '2024-02-01T00:00:00.000Z'),
    ];
    expect(actionsCompletedBetween([plan], FROM, TO).map((a) => a.id)).toEqual(['just-after-from', 'middle', 'at-to']);
  });

  it('leaves out actions that are not done, even with a stray completedAt', () => {
    const stray: PdAction = { ...done('stray', '2024-04-01T00:00:00.000Z'), status: 'in-progress' };
    const noStamp: PdAction = { ...done('nostamp', ''), completedAt: undefined };
    expect(actionsCompletedBetween([[stray, noStamp]], FROM, TO)).toEqual([]);
  });

  it('lists an action found in several plans once, sorted by completedAt', () => {
    const earlier = [done('b', '2024-05-01T00:00:00.000Z'), done('a', '2024-04-01T00:00:00.000Z')];
    const later = [done('a', '2024-04-01T00:00:00.000Z'), done('c', '2024-03-15T00:00:00.000Z')];
    const result = actionsCompletedBetween([earlier, later], FROM, TO);
    expect(result.map((a) => a.id)).toEqual(['c', 'a', 'b']);
  });

  it('takes the later plan\'s copy of an action: one reopened since is not counted', () => {
    const earlier = [done('a', '2024-04-01T00:00:00.000Z')];
    const reopened: PdAction = { ...done('a', ''), status: 'in-progress', completedAt: undefined };
    expect(actionsCompletedBetween([earlier, [reopened]], FROM, TO)).toEqual([]);
    expect(actionsCompletedBetween([[reopened], earlier], FROM, TO).map((a) => a.id)).toEqual(['a']);
  });

  it('gives nothing for no plans', () => {
    expect(actionsCompletedBetween([], FROM, TO)).toEqual([]);
    expect(actionsCompletedBetween([[], []], FROM, TO)).toEqual([]);
  });

  it('works on actions completed through updatePdAction', () => {
    const a = updatePdAction(planned(), 'p2', { status: 'done' }, '2024-04-02T09:00:00.000Z');
    expect(actionsCompletedBetween([a.pdPlan], FROM, TO)).toEqual([{ ...a.pdPlan[1], completedAt: '2024-04-02T09:00:00.000Z' }]);
  });
});
