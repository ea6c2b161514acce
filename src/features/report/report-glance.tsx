import type { ReportModel } from '../../domain/report/report-model.ts';
import { Figure } from './report-bits.tsx';
import { formatFigure, plural } from './report-format.ts';

/** The page a superintendent reads if they read nothing else. */
export function ReportGlance({ report }: { report: ReportModel }) {
  const { glance, strengths, unrated } = report;
  const { completion, plan } = glance;
  return (
    <section className="report-section report-glance" aria-labelledby="report-glance-heading">
      <h2 id="report-glance-heading">At a glance</h2>
      <dl className="report-tiles">
        <div className="report-tile">
          <dt>Indicators answered</dt>
          <dd>
            <span className="report-tile__figure">{completion.percent}%</span> {completion.answered} of {completion.total}
          </dd>
        </div>
        <div className="report-tile">
          <dt>Skill areas below target</dt>
          <dd>
            <span className="report-tile__figure">{glance.areasBelowTarget}</span> of {glance.areaCount}
          </dd>
        </div>
        <div className="report-tile">
          <dt>Skill areas at or above target</dt>
          <dd>
            <span className="report-tile__figure">{glance.areasAboveTarget + glance.areasOnTarget}</span> of {glance.areaCount}
          </dd>
        </div>
        <div className="report-tile">
          <dt>Development actions done</dt>
          <dd>
            <span className="report-tile__figure">{plan.done}</span> of {plan.total}
          </dd>
        </div>
      </dl>

      {glance.ratedWithLevel === 0 ? (
        <p>Nothing is rated with a level yet, so there are no gaps or strengths to report.</p>
      ) : glance.topGaps.length === 0 ? (
        <p>Every rated skill area is at or above its target.</p>
      ) : (
        <>
          <p className="report-glance__lead">
            Top {glance.topGaps.length === 1 ? 'priority' : `${glance.topGaps.length} priorities`} for development:
          </p>
          <ol className="report-glance__priorities">
            {glance.topGaps.map((gap) => (
              <li key={gap.area.skillAreaId}>
                <strong>{gap.area.title}</strong>: current <Figure value={gap.current} /> against a target of <Figure value={gap.target} />{' '}
                ({gap.gap > 0 ? `gap ${formatFigure(gap.gap)}` : `${plural(gap.belowTarget, 'indicator')} below target`}
                {gap.importance === 'normal' ? '' : `; ${gap.importanceLabel.toLowerCase()} importance`}).
              </li>
            ))}
          </ol>
        </>
      )}
      {strengths.length > 0 && (
        <p>
          <strong>Strengths</strong> (at or above target): {strengths.map((s) => s.area.title).join(', ')}.
        </p>
      )}
      {unrated.length > 0 && <p>Not rated yet: {plural(unrated.length, 'skill area')}.</p>}
      <p>
        Development plan: {plural(plan.total, 'action')}
        {plan.total > 0 && ` (${plan.done} done, ${plan['in-progress']} in progress, ${plan.planned} planned)`}. Reviewer comments:{' '}
        {glance.commentCount}.
      </p>
    </section>
  );
}
