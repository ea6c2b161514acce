import { csvDocument } from '../exchange/assessment-csv.ts';
import type { Framework } from '../framework/framework.ts';
import { skillAreasOf } from '../framework/framework.ts';
import type { HiringRound } from './panel.ts';
import type { CandidateResult } from './panel-results.ts';

const figure = (value: number | undefined) => (value === undefined ? '' : value.toFixed(2));

/** The panel summary for the hiring file: one row per candidate and skill area, then each candidate's total. */
export function panelCsv(framework: Framework, round: HiringRound, results: CandidateResult[]): string {
  const titles = new Map(skillAreasOf(framework).map((area) => [area.id, area.title]));
  const header = ['Candidate', 'Skill area', 'Weight', ...round.panelists.map((p) => p.name), 'Mean', 'Median', 'Spread', 'Panel disagrees'];
  const rows = [header];
  for (const candidate of results) {
    for (const area of candidate.areas) {
      const byPanelist = new Map(area.scores.map((s) => [s.panelistId, String(s.value)]));
      rows.push([
        candidate.name,
        titles.get(area.skillAreaId) ?? area.skillAreaId,
        String(area.weight),
        ...round.panelists.map((p) => byPanelist.get(p.id) ?? ''),
        figure(area.mean),
        figure(area.median),
        area.spread === undefined ? '' : String(area.spread),
        area.isDisagreement ? 'yes' : '',
      ]);
    }
  }
  rows.push([]);
  rows.push(['Candidate', 'Weighted score', 'Rank', 'Skill areas scored', 'Panelists who scored']);
  for (const candidate of results) {
    rows.push([candidate.name, figure(candidate.weightedScore), candidate.rank === undefined ? '' : String(candidate.rank), String(candidate.scoredAreas), String(candidate.panelistsScored)]);
  }
  return csvDocument(rows);
}
