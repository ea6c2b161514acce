import type { SkillAreaGap } from '../results/gaps.ts';
import type { Framework } from '../framework/framework.ts';
import type { AreaFeedback } from './anonymity.ts';
import { summariseArea } from './anonymity.ts';
import type { FeedbackRequest } from './feedback.ts';
import { requestedAreas } from './feedback.ts';

/** A whole level or more apart is worth naming; smaller differences are within the noise of ratings. */
export const LEVEL_APART = 1;

export type Perception = 'blind-spot' | 'hidden-strength' | 'in-step';

export interface AreaComparison extends AreaFeedback {
  /** The leader's own mean current level in the area, from the results (undefined when unrated). */
  self?: number;
  /** self − all others; present when both are. */
  difference?: number;
  perception?: Perception;
}

export interface FeedbackComparison {
  areas: AreaComparison[];
  responses: number;
  blindSpots: AreaComparison[];
  hiddenStrengths: AreaComparison[];
}

function perceptionOf(difference: number): Perception {
  if (difference >= LEVEL_APART) return 'blind-spot';
  if (difference <= -LEVEL_APART) return 'hidden-strength';
  return 'in-step';
}

/**
 * Self against others per requested area. `gaps` are the results' own per-area figures, so the leader's
 * level here is the very number the results screen shows.
 */
export function compareWithOthers(framework: Framework, request: FeedbackRequest, gaps: SkillAreaGap[]): FeedbackComparison {
  const areas = requestedAreas(framework, request).map((area): AreaComparison => {
    const summary = summariseArea(framework, area, request.responses);
    const self = gaps.find((gap) => gap.skillArea.id === area.id)?.current;
    const others = summary.allOthers?.average;
    if (self === undefined || others === undefined) return { ...summary, ...(self === undefined ? {} : { self }) };
    const difference = self - others;
    return { ...summary, self, difference, perception: perceptionOf(difference) };
  });
  return {
    areas,
    responses: request.responses.length,
    blindSpots: areas.filter((area) => area.perception === 'blind-spot'),
    hiddenStrengths: areas.filter((area) => area.perception === 'hidden-strength'),
  };
}
