import { csvDocument } from '../exchange/assessment-csv.ts';
import type { Framework } from '../framework/framework.ts';
import { skillAreasOf } from '../framework/framework.ts';
import type { HiringRound } from './panel.ts';
import type { CandidateResult } from './panel-results.ts';

const figure = (value: number | undefined) => (value === undefined ? '' : value.toFixed(2));
/** What a cell says for "not asked / not observed": answered, but never a number. */
export const NOT_OBSERVED_MARK = 'n/o';

/**
 * The panel summary for the hiring file: one row per candidate and skill area with each panelist's independent
 * score and the consensus beside them, then each candidate's total, range and who it is too close to.
 */
export function panelCsv(framework: Framework, round: HiringRound, results: CandidateResult[]): string {
  const titles = new Map(skillAreasOf(framework).map((area) => [area.id, area.title]));
  const names = new Map(results.map((r) => [r.candidateId, r.name]));
  const header = ['Candidate', 'Skill area', 'Weight', ...round.panelists.map((p) => p.name), 'Mean', 'Median', 'Spread', 'Panel disagrees', 'Consensus'];
  const rows = [header];
  for (const candidate of results) {
    for (const area of candidate.areas) {
      const byPanelist = new Map([...area.notObserved.map((s) => [s.panelistId, NOT_OBSERVED_MARK] as const), ...area.scores.map((s) => [s.panelistId, String(s.value)] as const)]);
      rows.push([
        candidate.name,
        titles.get(area.skillAreaId) ?? area.skillAreaId,
        String(area.weight),
        ...round.panelists.map((p) => byPanelist.get(p.id) ?? ''),
        figure(area.mean),
        figure(area.median),
        area.spread === undefined ? '' : String(area.spread),
        area.isDisagreement ? 'yes' : '',
        area.consensus ? String(area.consensus.value) : '',
      ]);
    }
  }
  rows.push([]);
  rows.push(['Candidate', 'Weighted score', 'Lowest panelist total', 'Highest panelist total', 'Rank', 'Skill areas scored', 'Panelists who scored', 'Too close to separate from']);
  for (const candidate of results) {
    rows.push([
      candidate.name,
      figure(candidate.weightedScore),
      figure(candidate.range?.low),
      figure(candidate.range?.high),
      candidate.rank === undefined ? '' : String(candidate.rank),
      String(candidate.scoredAreas),
      String(candidate.panelistsScored),
      candidate.tooCloseTo.map((id) => names.get(id) ?? id).join('; '),
    ]);
  }
  return csvDocument(rows);
}
