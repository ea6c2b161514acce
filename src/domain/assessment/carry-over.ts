import type { EditionMove, Mapping } from '../framework/crosswalk.ts';
import { isOneToOne } from '../framework/crosswalk.ts';
import type { Framework } from '../framework/framework.ts';
import { findLevel } from '../framework/framework.ts';
import type { Assessment, IndicatorAnswer } from './assessment.ts';
import { MAX_NOTE_LENGTH, NOT_APPLICABLE, startReassessment } from './assessment.ts';

const valueOf = (framework: Framework, levelId: string | undefined) => findLevel(framework, levelId)?.value;

/**
 * One answer made of several (a merge, or a split's copies): the lowest current level, so a merge never
 * claims more than its weakest part; the highest target; every note, each headed by its old indicator.
 */
function combine(from: Framework, ids: string[], answers: IndicatorAnswer[]): IndicatorAnswer {
  const rated = answers.filter((a) => valueOf(from, a.current) !== undefined);
  const byValue = (pick: 'min' | 'max', key: 'current' | 'target') => {
    const levels = answers.map((a) => a[key]).filter((id): id is string => valueOf(from, id) !== undefined);
    const sorted = levels.toSorted((a, b) => (valueOf(from, a) ?? 0) - (valueOf(from, b) ?? 0));
    return pick === 'min' ? sorted[0] : sorted.at(-1);
  };
  const isAllNa = rated.length === 0 && answers.some((a) => a.current === NOT_APPLICABLE);
  const notes = answers.length === 1 ? [answers[0]?.note ?? ''] : ids.flatMap((id, i) => (answers[i]?.note ? [`${id}: ${answers[i].note}`] : []));
  const note = notes.filter(Boolean).join('\n\n').slice(0, MAX_NOTE_LENGTH);
  const answer: IndicatorAnswer = {};
  const current = isAllNa ? NOT_APPLICABLE : byValue('min', 'current');
  const target = byValue('max', 'target');
  if (current) answer.current = current;
  if (target) answer.target = target;
  if (note) answer.note = note;
  return answer;
}

function carry(move: EditionMove, source: Assessment, mapping: Mapping): [string, IndicatorAnswer][] {
  const present = mapping.from.filter((id) => source.answers[id]);
  if (present.length === 0 || mapping.to.length === 0) return [];
  const answers = present.map((id) => source.answers[id] ?? {});
  const isCheckNeeded = !isOneToOne(mapping);
  const { carried: _old, ...only } = answers[0] ?? {};
  const answer = isCheckNeeded ? combine(move.from, present, answers) : only;
  return mapping.to.map((id) => [id, { ...answer, carried: { from: [...mapping.from], ...(isCheckNeeded ? { needsCheck: true as const } : {}) } }]);
}

/** A skill-area id of the older edition, seen from the newer: one area, several, or none if it retired. */
function areasFor(move: EditionMove, areaId: string): string[] {
  return move.crosswalk.skillAreas.find((mapping) => mapping.from.includes(areaId))?.to ?? [];
}

/** Per-area settings carried only where an older area leads to newer ones by itself, not merged with others. */
function carryPerArea<T>(move: EditionMove, values: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    move.crosswalk.skillAreas.flatMap((mapping) => {
      const [only] = mapping.from;
      const value = only === undefined ? undefined : values[only];
      return mapping.from.length === 1 && value !== undefined ? mapping.to.map((id) => [id, value] as const) : [];
    }),
  );
}

/**
 * A re-assessment on a newer edition: answers that map one to one are carried as they were; merged and split
 * ones are carried too but marked for the user to check; new indicators start empty and are listed. Targets,
 * importance, plan and comments follow their skill areas through the crosswalk.
 */
export function startReassessmentOn(move: EditionMove, source: Assessment, id: string, title: string, now: string): Assessment {
  const base = startReassessment(source, id, title, now);
  const answers = Object.fromEntries(move.crosswalk.indicators.flatMap((mapping) => carry(move, source, mapping)));
  const newIndicatorIds = move.crosswalk.indicators.filter((m) => m.change === 'new').flatMap((m) => m.to);
  const retiredIndicatorIds = move.crosswalk.indicators.filter((m) => m.change === 'retired').flatMap((m) => m.from);
  const oneArea = (areaId: string | undefined) => {
    const areas = areaId === undefined ? [] : areasFor(move, areaId);
    return areas.length === 1 ? areas[0] : undefined;
  };
  return {
    ...base,
    framework: { editionId: move.to.id, dataVersion: move.to.dataVersion },
    answers,
    areaTargets: carryPerArea(move, base.areaTargets),
    areaImportance: carryPerArea(move, base.areaImportance),
    pdPlan: base.pdPlan.map((action) => ({ ...action, skillAreaIds: [...new Set(action.skillAreaIds.flatMap((areaId) => areasFor(move, areaId)))] })),
    // A comment on an area that no longer exists on its own becomes a comment on the whole assessment.
    comments: base.comments.map(({ skillAreaId, ...comment }) => {
      const areaId = oneArea(skillAreaId);
      return areaId === undefined ? comment : { ...comment, skillAreaId: areaId };
    }),
    editionChange: { fromEditionId: move.from.id, newIndicatorIds, retiredIndicatorIds },
  };
}

export interface CarriedCounts {
  /** Carried and settled: one to one as they were, or checked by the user since. */
  settled: number;
  /** Carried but still marked "please check". */
  toCheck: number;
}

/** How many of an assessment's answers came from the earlier edition, and how many still wait for a check. */
export function carriedCounts(assessment: Assessment): CarriedCounts {
  const carried = Object.values(assessment.answers).flatMap((answer) => (answer.carried ? [answer.carried] : []));
  return { settled: carried.filter((c) => !c.needsCheck).length, toCheck: carried.filter((c) => c.needsCheck).length };
}
