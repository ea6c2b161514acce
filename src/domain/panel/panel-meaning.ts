import type { Framework } from '../framework/framework.ts';
import { skillAreasOf } from '../framework/framework.ts';
import type { Found, TimeBounds } from '../records/meaning.ts';
import { firstTooLate, firstUnknown, keysAt } from '../records/meaning.ts';
import type { RecordError } from '../records/record-codec.ts';
import type { HiringRound, Scorecard } from './panel.ts';
import { NOT_OBSERVED } from './round.ts';

/**
 * A round read from a file: its skill areas are the edition's; its weights, own questions and consensus are
 * for its own areas and candidates; consensus levels are the rubric's; the recommendation names one of its
 * ranked candidates; no time is later than the file or than now.
 */
export function checkRoundMeaning(round: HiringRound, framework: Framework, bounds: TimeBounds): RecordError | undefined {
  if (round.framework.dataVersion > framework.dataVersion) {
    return { code: 'unknown-ref', path: ['framework', 'dataVersion'], what: 'framework data version', value: String(round.framework.dataVersion) };
  }
  const areas = new Set(skillAreasOf(framework).map((area) => area.id));
  const roundAreas = new Set(round.skillAreaIds);
  const candidates = new Set(round.candidates.map((c) => c.id));
  const ranked = new Set(round.candidates.filter((c) => !c.isPractice).map((c) => c.id));
  const levels = new Set(framework.rubric.levels.map((level) => level.id));
  const consensus = Object.entries(round.consensus ?? {});
  const consensusAreas = consensus.flatMap(([candidateId, byArea]) => keysAt(byArea, ['consensus', candidateId]));
  const consensusLevels = consensus.flatMap(([candidateId, byArea]) =>
    Object.entries(byArea).map(([areaId, agreed]): Found => [['consensus', candidateId, areaId, 'level'], agreed.level]),
  );
  const consensusTimes = consensus.flatMap(([candidateId, byArea]) =>
    Object.entries(byArea).map(([areaId, agreed]): Found => [['consensus', candidateId, areaId, 'at'], agreed.at]),
  );
  return (
    firstUnknown(round.skillAreaIds.map((id, i): Found => [['skillAreaIds', i], id]), areas, 'skill area') ??
    firstUnknown(keysAt(round.weights, ['weights']), roundAreas, 'skill area', 'round') ??
    firstUnknown(keysAt(round.customQuestions ?? {}, ['customQuestions']), roundAreas, 'skill area', 'round') ??
    firstUnknown(keysAt(round.consensus ?? {}, ['consensus']), candidates, 'candidate', 'round') ??
    firstUnknown(consensusAreas, roundAreas, 'skill area', 'round') ??
    firstUnknown(consensusLevels, levels, 'rubric level') ??
    firstUnknown([[['recommendation', 'candidateId'], round.recommendation?.candidateId]], ranked, 'ranked candidate', 'round') ??
    firstTooLate(
      [
        [['createdAt'], round.createdAt],
        [['updatedAt'], round.updatedAt],
        [['scoringClosed', 'at'], round.scoringClosed?.at],
        [['recommendation', 'at'], round.recommendation?.at],
        ...consensusTimes,
      ],
      bounds,
    )
  );
}

/**
 * A panelist's card read from a file, against the round it is for: only the round's candidates and skill
 * areas, only the rubric's levels or "not observed", submissions only for the round's candidates, and no
 * time (each submission included) later than the file or than now. A card for another round is left to the
 * merge, which says so.
 */
export function checkScorecardMeaning(card: Scorecard, round: HiringRound, framework: Framework, bounds: TimeBounds): RecordError | undefined {
  const late = firstTooLate(
    [
      [['submittedAt'], card.submittedAt],
      ...Object.entries(card.submittedFor ?? {}).map(([candidateId, at]): Found => [['submittedFor', candidateId], at]),
      [['updatedAt'], card.updatedAt],
    ],
    bounds,
  );
  if (late || card.roundId !== round.id) return late;
  const candidates = new Set(round.candidates.map((c) => c.id));
  const areas = new Set(round.skillAreaIds);
  const choices = new Set([...framework.rubric.levels.map((level) => level.id), NOT_OBSERVED]);
  const scored = Object.entries(card.scores);
  const areaKeys = scored.flatMap(([candidateId, byArea]) => keysAt(byArea, ['scores', candidateId]));
  const levelsGiven = scored.flatMap(([candidateId, byArea]) =>
    Object.entries(byArea).map(([areaId, score]): Found => [['scores', candidateId, areaId, 'level'], score.level]),
  );
  return (
    firstUnknown(keysAt(card.scores, ['scores']), candidates, 'candidate', 'round') ??
    firstUnknown(keysAt(card.submittedFor ?? {}, ['submittedFor']), candidates, 'candidate', 'round') ??
    firstUnknown(areaKeys, areas, 'skill area', 'round') ??
    firstUnknown(levelsGiven, choices, 'rubric level')
  );
}
