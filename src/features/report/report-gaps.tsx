import type { ReportGap, ReportModel } from '../../domain/report/report-model.ts';
import { Figure } from './report-bits.tsx';
import { formatFigure, plural } from './report-format.ts';
import { formatGap } from '../../lib/format.ts';

function GapCard({ gap }: { gap: ReportGap }) {
  const headingId = `report-gap-${gap.area.skillAreaId}`;
  return (
    <li className="report-gap" aria-labelledby={headingId}>
      <h3 id={headingId} className="report-gap__title">
        <span className="report-gap__rank">#{gap.rank}</span> {gap.area.title}
      </h3>
      <p className="report-muted report-gap__label">{gap.area.label}</p>
      <dl className="report-gap__figures">
        <div>
          <dt>Current</dt>
          <dd>
            <Figure value={gap.current} />
          </dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd>
            <Figure value={gap.target} />
          </dd>
        </div>
        <div>
          <dt>Gap</dt>
          <dd>{formatGap(gap)}</dd>
        </div>
      </dl>
      <dl className="report-gap__figures report-gap__ranking">
        <div>
          <dt>Average shortfall per indicator</dt>
          <dd>{formatFigure(gap.shortfall)}</dd>
        </div>
        <div>
          <dt>Importance</dt>
          <dd>{gap.importanceLabel}</dd>
        </div>
        <div>
          <dt>Priority score</dt>
          <dd>{formatFigure(gap.priority)}</dd>
        </div>
      </dl>
      <p className="report-gap__reason">{gap.reason}</p>
      <p className="report-gap__indicators-heading">Indicators below target</p>
      <ul className="report-gap__indicators">
        {gap.indicators.map((item) => (
          <li key={item.indicatorId}>
            <span className="report-code">{item.code}</span> {item.text}{' '}
            <span className="report-tag">
              {item.currentName}, target {item.targetName}: {plural(item.shortfall, 'level')} below
            </span>
          </li>
        ))}
      </ul>
    </li>
  );
}

export function ReportGaps({ report }: { report: ReportModel }) {
  return (
    <section className="report-section" aria-labelledby="report-gaps-heading">
      <h2 id="report-gaps-heading">Priorities: skill areas with indicators below target</h2>
      {report.gaps.length === 0 ? (
        <p>No priorities to rank: nothing rated is below its target.</p>
      ) : (
        <>
          <p className="report-muted">
            The gap is target minus current, as shown. The ranking uses the priority score: the average shortfall per rated indicator
            (each counts how far it is below its own target, and an indicator above target counts zero) times the area’s importance this
            year (high counts double, low half).
          </p>
          <ol className="report-gaps">
            {report.gaps.map((gap) => (
              <GapCard key={gap.area.skillAreaId} gap={gap} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

export function ReportStrengths({ report }: { report: ReportModel }) {
  const { strengths, unrated } = report;
  return (
    <section className="report-section" aria-labelledby="report-strengths-heading">
      <h2 id="report-strengths-heading">Strengths</h2>
      {strengths.length === 0 ? (
        <p>No rated skill area is at or above its target yet.</p>
      ) : (
        <>
          <p>Skill areas with every rated indicator at or above its target:</p>
          <ul className="report-strengths">
            {strengths.map((s) => (
              <li key={s.area.skillAreaId}>
                <strong>{s.area.title}</strong>: current <Figure value={s.current} /> against a target of <Figure value={s.target} />
                {s.surplus > 0 ? `, ${formatFigure(s.surplus)} above` : ', on target'}.
              </li>
            ))}
          </ul>
        </>
      )}
      {report.topRated.length > 0 && (
        <>
          <p>Indicators rated at the top level ({plural(report.topRated.length, 'indicator')}):</p>
          <ul className="report-strengths">
            {report.topRated.map((item) => (
              <li key={item.indicatorId}>
                <span className="report-code">{item.code}</span> {item.text} <span className="report-muted">({item.areaTitle})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {unrated.length > 0 && (
        <p>
          Not rated yet, so neither ranked nor counted as strengths: {unrated.map((area) => area.title).join(', ')}.
        </p>
      )}
    </section>
  );
}
