import type { Assessment } from './assessment.ts';
import type { Framework, Indicator, SkillArea } from '../framework/framework.ts';
import { skillAreasOf } from '../framework/framework.ts';
import { isAnswered } from './progress.ts';

/** An indicator with the skill area it belongs to: where a link to it goes. */
export interface PlacedIndicator {
  skillArea: SkillArea;
  indicator: Indicator;
}

function placed(framework: Framework): PlacedIndicator[] {
  return skillAreasOf(framework).flatMap((skillArea) => skillArea.indicators.map((indicator) => ({ skillArea, indicator })));
}

/** Every indicator flagged to revisit, in framework order. */
export function flaggedIndicators(framework: Framework, assessment: Assessment): PlacedIndicator[] {
  return placed(framework).filter(({ indicator }) => assessment.answers[indicator.id]?.flagged);
}

/**
 * The first unrated indicator after `afterIndicatorId` in framework order, wrapping round to the start; the first
 * unrated of all when no indicator is given. Undefined when every indicator is rated.
 */
export function nextUnrated(framework: Framework, assessment: Assessment, afterIndicatorId?: string): PlacedIndicator | undefined {
  const all = placed(framework);
  const from = all.findIndex(({ indicator }) => indicator.id === afterIndicatorId) + 1;
  const ordered = [...all.slice(from), ...all.slice(0, from)];
  return ordered.find(({ indicator }) => !isAnswered(assessment, indicator));
}

/**
 * Seconds a careful first-time rater spends on one indicator with the compact card: read the statement (about 6 s),
 * read the descriptor of the level they lean to and of one beside it (about 15 s), decide and press (about 9 s).
 * Evidence notes come on top. How the figure was reached is in the README ("How long the walk takes").
 */
export const SECONDS_PER_RATING = 30;

export interface TimeLeft {
  unrated: number;
  /** Whole minutes, rounded up; 0 only when nothing is left. */
  minutes: number;
}

/** The time to rate this many indicators. */
export function timeToRate(unrated: number): TimeLeft {
  return { unrated, minutes: Math.ceil((unrated * SECONDS_PER_RATING) / 60) };
}

export function timeLeft(framework: Framework, assessment: Assessment): TimeLeft {
  return timeToRate(placed(framework).filter(({ indicator }) => !isAnswered(assessment, indicator)).length);
}

/** "about 46 minutes", "about 1 minute", "nothing left to rate": how the home screen and the walk say it. */
export function describeTimeLeft({ unrated, minutes }: TimeLeft): string {
  if (unrated === 0) return 'nothing left to rate';
  const rated = `${unrated} ${unrated === 1 ? 'indicator' : 'indicators'} left`;
  return `${rated}: about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} to rate, more with evidence notes`;
}
