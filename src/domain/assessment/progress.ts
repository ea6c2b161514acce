import type { Category, Framework, Indicator, SkillArea } from '../framework/framework.ts';
import { findLevel, skillAreasOf } from '../framework/framework.ts';
import type { Assessment } from './assessment.ts';
import { NOT_APPLICABLE } from './assessment.ts';
import { levelAverage } from './figures.ts';

/** Answered = rated with a level or marked not applicable (COMPLETION_RULE in figures.ts). */
export interface Completion {
  answered: number;
  total: number;
  /** Whole percent, rounded down so 100 means truly complete. */
  percent: number;
}

export interface LevelAverages {
  /** Mean level value of rated indicators (not applicable and unrated left out), as shown; undefined when none. */
  current?: number;
  /** Mean target of the same rated indicators, as shown (the results' target); undefined when none. */
  target?: number;
}

export interface SkillAreaProgress extends LevelAverages {
  skillArea: SkillArea;
  completion: Completion;
}

export interface CategoryProgress extends LevelAverages {
  category: Category;
  completion: Completion;
  skillAreas: SkillAreaProgress[];
}

export interface AssessmentProgress {
  completion: Completion;
  categories: CategoryProgress[];
}

export function completionOf(answered: number, total: number): Completion {
  return { answered, total, percent: total === 0 ? 0 : Math.floor((answered / total) * 100) };
}

export function isAnswered(assessment: Assessment, indicator: Indicator): boolean {
  return assessment.answers[indicator.id]?.current !== undefined;
}

/** How many of a skill area's indicators are rated: one pass over its answers, nothing else worked out. */
export function answeredIn(assessment: Assessment, skillArea: SkillArea): number {
  let answered = 0;
  for (const indicator of skillArea.indicators) if (isAnswered(assessment, indicator)) answered += 1;
  return answered;
}

/** The target that applies to one indicator: its own, else its skill area's, else the rubric default. */
export function effectiveTarget(framework: Framework, assessment: Assessment, skillArea: SkillArea, indicator: Indicator): string {
  return assessment.answers[indicator.id]?.target ?? areaTarget(framework, assessment, skillArea);
}

export function areaTarget(framework: Framework, assessment: Assessment, skillArea: SkillArea): string {
  return assessment.areaTargets[skillArea.id] ?? framework.rubric.defaultTargetLevelId;
}

interface Tally {
  answered: number;
  total: number;
  currents: number[];
  targets: number[];
}

function tallySkillArea(framework: Framework, assessment: Assessment, skillArea: SkillArea): Tally {
  const tally: Tally = { answered: 0, total: skillArea.indicators.length, currents: [], targets: [] };
  for (const indicator of skillArea.indicators) {
    const current = assessment.answers[indicator.id]?.current;
    if (current !== undefined) tally.answered += 1;
    if (current === NOT_APPLICABLE) continue;
    const currentLevel = findLevel(framework, current);
    if (!currentLevel) continue;
    tally.currents.push(currentLevel.value);
    // As in the gap analysis: a target that is not a level of this edition falls back to the rubric default.
    const targetLevel =
      findLevel(framework, effectiveTarget(framework, assessment, skillArea, indicator)) ?? findLevel(framework, framework.rubric.defaultTargetLevelId);
    if (targetLevel) tally.targets.push(targetLevel.value);
  }
  return tally;
}

function fromTally(tally: Tally): LevelAverages & { completion: Completion } {
  return { completion: completionOf(tally.answered, tally.total), current: levelAverage(tally.currents), target: levelAverage(tally.targets) };
}

function merge(tallies: Tally[]): Tally {
  return {
    answered: tallies.reduce((n, t) => n + t.answered, 0),
    total: tallies.reduce((n, t) => n + t.total, 0),
    currents: tallies.flatMap((t) => t.currents),
    targets: tallies.flatMap((t) => t.targets),
  };
}

export function skillAreaProgress(framework: Framework, assessment: Assessment, skillArea: SkillArea): SkillAreaProgress {
  return { skillArea, ...fromTally(tallySkillArea(framework, assessment, skillArea)) };
}

/** Completion and averages per category and skill area; category averages weigh every indicator equally. */
export function assessmentProgress(framework: Framework, assessment: Assessment): AssessmentProgress {
  const all: Tally[] = [];
  const categories = framework.categories.map((category) => {
    const tallies = category.skillAreas.map((area) => tallySkillArea(framework, assessment, area));
    all.push(...tallies);
    return {
      category,
      ...fromTally(merge(tallies)),
      skillAreas: category.skillAreas.map((skillArea, i) => ({ skillArea, ...fromTally(tallies[i] ?? merge([])) })),
    };
  });
  return { completion: fromTally(merge(all)).completion, categories };
}

export function assessmentCompletion(framework: Framework, assessment: Assessment): Completion {
  const areas = skillAreasOf(framework);
  const total = areas.reduce((n, area) => n + area.indicators.length, 0);
  const answered = areas.reduce((n, area) => n + answeredIn(assessment, area), 0);
  return completionOf(answered, total);
}
