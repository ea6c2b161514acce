import type { Framework } from '../../domain/framework/framework.ts';
import { skillAreasOf } from '../../domain/framework/framework.ts';
import type { HiringRound, Scorecard } from '../../domain/panel/panel.ts';
import { isCalibrationOpen } from '../../domain/panel/chair.ts';
import { calibrationResult } from '../../domain/panel/panel-results.ts';
import { formatLevel } from '../../lib/format.ts';
import { TableRegion } from '../../components/ui/table-region.tsx';

/** The practice candidate's spread, once everyone has handed it in: where the panel reads the levels differently. */
export function Calibration({ round, framework, scorecards }: { round: HiringRound; framework: Framework; scorecards: Scorecard[] }) {
  const practice = calibrationResult(framework, round, scorecards);
  if (!practice) return null;
  if (!isCalibrationOpen(round, scorecards)) {
    return <p className="muted">Calibration: the practice candidate’s spread shows here once every panelist has submitted {practice.name}.</p>;
  }
  const titles = new Map(skillAreasOf(framework).map((area) => [area.id, area.title]));
  return (
    <section aria-labelledby="calibration-heading" className="card">
      <h2 id="calibration-heading">Calibration: {practice.name} (practice, not ranked)</h2>
      <p>Talk through every area with a spread of 2 levels or more before the real interviews, so the panel reads the levels the same way.</p>
      <TableRegion label="Practice candidate spread">
        <table className="data-table">
          <caption>Practice candidate: mean and spread by skill area</caption>
          <thead>
            <tr>
              <th scope="col">Skill area</th>
              <th scope="col" className="numeric">Mean</th>
              <th scope="col" className="numeric">Spread</th>
            </tr>
          </thead>
          <tbody>
            {practice.areas.map((area) => (
              <tr key={area.skillAreaId}>
                <th scope="row">
                  {titles.get(area.skillAreaId)}
                  {area.isDisagreement && <span className="flag"> ⚑ discuss</span>}
                </th>
                <td className="numeric">{formatLevel(area.mean)}</td>
                <td className="numeric">{area.spread ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
