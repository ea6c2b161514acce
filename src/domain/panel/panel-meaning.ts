import type { Framework } from '../framework/framework.ts';
import { skillAreasOf } from '../framework/framework.ts';
import type { Found, TimeBounds } from '../records/meaning.ts';
import { firstTooLate, firstUnknown, keysAt } from '../records/meaning.ts';
import type { RecordError } from '../records/record-codec.ts';
import type { HiringRound, Scorecard } from './panel.ts';

/** A round read from a file: its skill areas are the edition's, its weights are for those areas, no time is later than the file. */
export function checkRoundMeaning(round: HiringRound, framework: Framework, bounds: TimeBounds): RecordError | undefined {
  if (round.framework.dataVersion > framework.dataVersion) {
    return { code: 'unknown-ref', path: ['framework', 'dataVersion'], what: 'framework data version', value: String(round.framework.dataVersion) };
  }
  const areas = new Set(skillAreasOf(framework).map((area) => area.id));
  return (
    firstUnknown(round.skillAreaIds.map((id, i): Found => [['skillAreaIds', i], id]), areas, 'skill area') ??
    firstUnknown(keysAt(round.weights, ['weights']), new Set(round.skillAreaIds), 'skill area', 'round') ??
    firstTooLate(
      [
        [['createdAt'], round.createdAt],
        [['updatedAt'], round.updatedAt],
      ],
      bounds,
    )
  );
}

/**
 * A panelist's card read from a file, against the round it is for: only the round's candidates and skill
 * areas, only the rubric's levels, and no time (its submission included) later than the file or than now.
 * A card for another round is left to the merge, which says so.
 */
export function checkScorecardMeaning(card: Scorecard, round: HiringRound, framework: Framework, bounds: TimeBounds): RecordError | undefined {
  const late = firstTooLate(
    [
      [['submittedAt'], card.submittedAt],
      [['updatedAt'], card.updatedAt],
    ],
    bounds,
  );
  if (late || card.roundId !== round.id) return late;
  const candidates = new Set(round.candidates.map((c) => c.id));
  const areas = new Set(round.skillAreaIds);
  const levels = new Set(framework.rubric.levels.map((level) => level.id));
  const scored = Object.entries(card.scores);
  const areaKeys = scored.flatMap(([candidateId, byArea]) => keysAt(byArea, ['scores', candidateId]));
  const levelsGiven = scored.flatMap(([candidateId, byArea]) =>
    Object.entries(byArea).map(([areaId, score]): Found => [['scores', candidateId, areaId, 'level'], score.level]),
  );
  return (
    firstUnknown(keysAt(card.scores, ['scores']), candidates, 'candidate', 'round') ??
    firstUnknown(areaKeys, areas, 'skill area', 'round') ??
    firstUnknown(levelsGiven, levels, 'rubric level')
  );
}
