import type { Framework, SkillArea } from '../framework/framework.ts';
import { findLevel } from '../framework/framework.ts';
import { mean } from '../statistics.ts';
import type { FeedbackResponse, RaterGroupId } from './feedback.ts';
import { ANONYMITY_THRESHOLD, groupLabel, RATER_GROUP_IDS } from './feedback.ts';

/**
 * What the leader may see of colleagues' answers in one skill area. Raters are split into disjoint blocks:
 * each named rater alone, each group with at least ANONYMITY_THRESHOLD answers, and the remaining anonymous
 * raters pooled as "others" only when the pool itself reaches the threshold; otherwise they are held back
 * and count nowhere. "All others" is exactly the union of the shown blocks, so subtracting any shown
 * figures from it gives only sums over blocks of three or more, never one hidden person's rating.
 */

export type FeedbackBlockKind = 'named' | 'group' | 'others';

export interface FeedbackBlock {
  kind: FeedbackBlockKind;
  label: string;
  group?: RaterGroupId;
  count: number;
  /** Mean of each rater's own mean level in the area (each rater weighs the same). */
  average: number;
  /** Comments by this block's raters, sorted so their order says nothing about who wrote which. */
  comments: string[];
}

export interface AreaFeedback {
  skillArea: SkillArea;
  blocks: FeedbackBlock[];
  /** Everyone shown, as one figure; absent when nobody can be shown. */
  allOthers?: { count: number; average: number };
  /** Raters whose answers for this area are held back, and the groups they came from. */
  heldBack: { count: number; groups: RaterGroupId[] };
  /** Groups too small on their own, shown inside "others". */
  pooledGroups: RaterGroupId[];
  /** Comments left by raters who rated nothing in the area: held back, counted. */
  commentsHeldBack: number;
}

interface AreaAnswer {
  response: FeedbackResponse;
  value: number;
  comment?: string;
}

/** A rater's own mean level in an area; undefined when they rated none of it (all "haven't seen"). */
export function raterAreaValue(framework: Framework, area: SkillArea, response: FeedbackResponse): number | undefined {
  const values = area.indicators.flatMap((indicator) => {
    const level = findLevel(framework, response.ratings[indicator.id]);
    return level ? [level.value] : [];
  });
  return mean(values);
}

function commentOf(response: FeedbackResponse, areaId: string): string | undefined {
  const text = response.comments[areaId]?.trim();
  return text ? text : undefined;
}

/** Summed in value order, so a figure is the same to the last digit whoever answered first. */
function averageOf(answers: AreaAnswer[]): number | undefined {
  return mean(answers.map((answer) => answer.value).sort((a, b) => a - b));
}

function block(kind: FeedbackBlockKind, label: string, answers: AreaAnswer[], group?: RaterGroupId): FeedbackBlock {
  return {
    kind,
    label,
    ...(group ? { group } : {}),
    count: answers.length,
    average: averageOf(answers) ?? 0,
    comments: answers.flatMap((answer) => (answer.comment ? [answer.comment] : [])).sort(),
  };
}

export function summariseArea(framework: Framework, area: SkillArea, responses: FeedbackResponse[]): AreaFeedback {
  const answered: AreaAnswer[] = [];
  let commentsHeldBack = 0;
  for (const response of responses) {
    const value = raterAreaValue(framework, area, response);
    const comment = commentOf(response, area.id);
    if (value === undefined) {
      if (comment) commentsHeldBack += 1;
      continue;
    }
    answered.push({ response, value, ...(comment ? { comment } : {}) });
  }
  const named = answered
    .filter((answer) => answer.response.raterName)
    .sort((a, b) => (a.response.raterName ?? '').localeCompare(b.response.raterName ?? '') || a.value - b.value);
  const blocks = named.map((answer) => block('named', answer.response.raterName ?? '', [answer]));
  const pool: AreaAnswer[] = [];
  const pooledGroups: RaterGroupId[] = [];
  for (const group of RATER_GROUP_IDS) {
    const members = answered.filter((answer) => !answer.response.raterName && answer.response.group === group);
    if (members.length >= ANONYMITY_THRESHOLD) blocks.push(block('group', groupLabel(group), members, group));
    else if (members.length > 0) {
      pool.push(...members);
      pooledGroups.push(group);
    }
  }
  const poolShown = pool.length >= ANONYMITY_THRESHOLD;
  if (poolShown) blocks.push(block('others', 'Others (smaller groups together)', pool));
  const shown = answered.filter((answer) => poolShown || !pool.includes(answer));
  const allOthers = averageOf(shown);
  return {
    skillArea: area,
    blocks,
    ...(allOthers === undefined ? {} : { allOthers: { count: shown.length, average: allOthers } }),
    heldBack: poolShown ? { count: 0, groups: [] } : { count: pool.length, groups: pooledGroups },
    pooledGroups: poolShown ? pooledGroups : [],
    commentsHeldBack,
  };
}
