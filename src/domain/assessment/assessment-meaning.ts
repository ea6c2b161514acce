import type { Framework } from '../framework/framework.ts';
import { indicatorsOf, skillAreasOf } from '../framework/framework.ts';
import type { Found, TimeBounds } from '../records/meaning.ts';
import { firstTooLate, firstUnknown, keysAt } from '../records/meaning.ts';
import type { RecordError } from '../records/record-codec.ts';
import type { Assessment } from './assessment.ts';
import { NOT_APPLICABLE } from './assessment.ts';

function times(a: Assessment): Found[] {
  return [
    [['createdAt'], a.createdAt],
    [['updatedAt'], a.updatedAt],
    [['received', 'at'], a.received?.at],
    [['reviewSignOff', 'at'], a.reviewSignOff?.at],
    ...Object.entries(a.importanceProposals ?? {}).map(([id, proposal]): Found => [['importanceProposals', id, 'at'], proposal.at]),
    ...a.pdPlan.flatMap((action, i): Found[] => [
      [['pdPlan', i, 'createdAt'], action.createdAt],
      [['pdPlan', i, 'completedAt'], action.completedAt],
    ]),
    ...a.comments.map((comment, i): Found => [['comments', i, 'at'], comment.at]),
  ];
}

/**
 * What an assessment read from a file says, checked against its framework edition and the file's dates:
 * every indicator, skill area and level it names exists, its data version is one the app knows, and no
 * time is later than the file itself. The first problem, or undefined. (The codec has checked the shape.)
 */
export function checkAssessmentMeaning(a: Assessment, framework: Framework, bounds: TimeBounds): RecordError | undefined {
  if (a.framework.dataVersion > framework.dataVersion) {
    return { code: 'unknown-ref', path: ['framework', 'dataVersion'], what: 'framework data version', value: String(a.framework.dataVersion) };
  }
  const indicators = new Set(indicatorsOf(framework).map((i) => i.id));
  const areas = new Set(skillAreasOf(framework).map((area) => area.id));
  const levels = new Set(framework.rubric.levels.map((level) => level.id));
  const ratings = new Set([...levels, NOT_APPLICABLE]);
  const answers = Object.entries(a.answers);
  return (
    firstUnknown(keysAt(a.answers, ['answers']), indicators, 'indicator') ??
    firstUnknown(answers.map(([id, answer]): Found => [['answers', id, 'current'], answer.current]), ratings, 'rubric level') ??
    firstUnknown(answers.map(([id, answer]): Found => [['answers', id, 'target'], answer.target]), levels, 'rubric level') ??
    firstUnknown(keysAt(a.areaTargets, ['areaTargets']), areas, 'skill area') ??
    firstUnknown(Object.entries(a.areaTargets).map(([id, level]): Found => [['areaTargets', id], level]), levels, 'rubric level') ??
    firstUnknown(keysAt(a.areaImportance, ['areaImportance']), areas, 'skill area') ??
    firstUnknown(keysAt(a.importanceProposals ?? {}, ['importanceProposals']), areas, 'skill area') ??
    firstUnknown(a.pdPlan.flatMap((action, i) => action.skillAreaIds.map((id, j): Found => [['pdPlan', i, 'skillAreaIds', j], id])), areas, 'skill area') ??
    firstUnknown(a.comments.map((comment, i): Found => [['comments', i, 'skillAreaId'], comment.skillAreaId]), areas, 'skill area') ??
    firstUnknown([[['lastSkillAreaId'], a.lastSkillAreaId]], areas, 'skill area') ??
    firstTooLate(times(a), bounds)
  );
}
