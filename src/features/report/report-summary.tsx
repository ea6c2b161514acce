import type { ReportModel } from '../../domain/report/report-model.ts';
import { Figure, When } from './report-bits.tsx';
import { CHART_TITLE, ReportChartSvg } from './report-chart.tsx';
import { formatFigure, plural } from './report-format.ts';
import { formatGap } from '../../lib/format.ts';
import { TABLE_CAPTION } from './report-levels.tsx';

/** Who, when and which edition, in one line under the title. */
function SummaryFacts({ report }: { report: ReportModel }) {
  const { cover } = report;
  const who = [cover.respondent.name, cover.respondent.role, cover.respondent.district].map((part) => part.trim()).filter(Boolean).join(', ');
  return (
    <p className="report-summary__facts">
      {who || 'Respondent not named'} · assessed <When iso={cover.createdAt} /> · {cover.framework.title}, {cover.framework.edition}
    </p>
  );
}

/** The executive summary: at most two printed pages, readable in five minutes. */
export function ReportSummary({ report }: { report: ReportModel }) {
  const { summary } = report;
  return (
    <section className="report-section report-summary" aria-labelledby="report-summary-heading">
      <h2 id="report-summary-heading">Executive summary</h2>
      <SummaryFacts report={report} />
      <p className="report-summary__headline">{summary.headline}</p>

      {summary.readerNote && (
        <div className="report-summary__note">
          <h3>A note from {report.cover.respondent.name.trim() || 'the respondent'}</h3>
          <p className="report-prewrap">{summary.readerNote}</p>
        </div>
      )}

      <h3>Top priorities and the plan that answers them</h3>
      {summary.priorities.length === 0 ? (
        <p>No skill area has an indicator below its target.</p>
      ) : (
        <ol className="report-summary__priorities">
          {summary.priorities.map(({ gap, action }) => (
            <li key={gap.area.skillAreaId}>
              <strong>{gap.area.title}</strong>: current <Figure value={gap.current} />, target <Figure value={gap.target} />, gap {formatGap(gap)}
              {gap.importance === 'normal' ? '' : ` (${gap.importanceLabel.toLowerCase()} importance)`}.{' '}
              {action ? (
                <>
                  Plan: <em>{action.title}</em> — {action.statusLabel.toLowerCase()}
                  {action.dueDate ? (
                    <>
                      , due <When iso={action.dueDate} style="calendar" />
                    </>
                  ) : null}
                  .
                </>
              ) : (
                <>No plan action yet.</>
              )}
            </li>
          ))}
        </ol>
      )}

      <h3>Strengths</h3>
      {summary.strengths.length === 0 && summary.topRatedCount === 0 ? (
        <p>No rated skill area is at or above its target yet.</p>
      ) : (
        <p>
          {summary.strengths.length > 0 &&
            `At or above target: ${summary.strengths
              .map((s) => `${s.area.title} (${s.current === null ? '—' : formatFigure(s.current)} against ${s.target === null ? '—' : formatFigure(s.target)})`)
              .join('; ')}. `}
          {summary.topRatedCount > 0 && `${plural(summary.topRatedCount, 'indicator')} rated at the top level.`}
        </p>
      )}

      <figure className="report-figure" aria-labelledby="report-figure-caption" aria-describedby="report-figure-summary">
        <figcaption>
          <p id="report-figure-caption" className="report-figure__title">
            {CHART_TITLE}
          </p>
          <p id="report-figure-summary" className="report-figure__summary">
            {report.chart.summary}
            {report.includesDetail && ` The table “${TABLE_CAPTION}” in the appendix gives the figures.`}
          </p>
        </figcaption>
        <div className="report-chart">
          <ReportChartSvg chart={report.chart} scale={report.scale} />
        </div>
      </figure>

      <p className="report-summary__signoff">
        Prepared by {summary.preparedBy} on <When iso={report.cover.generatedAt} />.
        {summary.reviewedBy && (
          <>
            {' '}
            Reviewed by {summary.reviewedBy.name}
            {summary.reviewedBy.role ? `, ${summary.reviewedBy.role},` : ''} on <When iso={summary.reviewedBy.at} />.
          </>
        )}
      </p>
      <p className="report-muted report-summary__next">
        {report.includesDetail ? 'The detail follows as an appendix.' : 'The detail (every area, the full plan and comments) is left out of this copy.'}
      </p>
    </section>
  );
}
