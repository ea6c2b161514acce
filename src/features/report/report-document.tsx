import type { ReportModel } from '../../domain/report/report-model.ts';
import { OrNotGiven, When } from './report-bits.tsx';
import { ReportComments, ReportNotes } from './report-comments.tsx';
import { ReportGaps, ReportStrengths } from './report-gaps.tsx';
import { ReportGlance } from './report-glance.tsx';
import { ReportLevels } from './report-levels.tsx';
import { ReportPlan } from './report-plan.tsx';
import { ReportSummary } from './report-summary.tsx';
import './report.css';

function ReportCover({ report }: { report: ReportModel }) {
  const { cover } = report;
  return (
    <header className="report-cover">
      <p className="report-kicker">EdTech leader self-assessment report</p>
      <h1 id="report-title" className="report-title">
        {report.title}
      </h1>
      {cover.received && (
        <p className="report-received">
          <strong>Received copy.</strong> Imported from the file “{cover.received.fileName}” on <When iso={cover.received.at} />; the
          ratings are {cover.respondent.name.trim() ? `${cover.respondent.name.trim()}’s` : 'the respondent’s'} own.
        </p>
      )}
    </header>
  );
}

function ReportFacts({ report }: { report: ReportModel }) {
  const { cover } = report;
  return (
    <section className="report-section" aria-labelledby="report-facts-heading">
      <h2 id="report-facts-heading">About this assessment</h2>
      <dl className="report-facts">
        <div>
          <dt>Respondent</dt>
          <dd>
            <OrNotGiven text={cover.respondent.name} />
          </dd>
        </div>
        <div>
          <dt>Role</dt>
          <dd>
            <OrNotGiven text={cover.respondent.role} />
          </dd>
        </div>
        <div>
          <dt>District</dt>
          <dd>
            <OrNotGiven text={cover.respondent.district} />
          </dd>
        </div>
        <div>
          <dt>Assessment date</dt>
          <dd>
            <When iso={cover.createdAt} />
          </dd>
        </div>
        <div>
          <dt>Last edited</dt>
          <dd>
            <When iso={cover.updatedAt} style="dateTime" />
          </dd>
        </div>
        <div>
          <dt>Framework</dt>
          <dd>
            {cover.framework.title}, {cover.framework.edition} ({cover.framework.publisher}, <When iso={cover.framework.published} style="calendar" />)
          </dd>
        </div>
        <div>
          <dt>Report generated</dt>
          <dd>
            <When iso={cover.generatedAt} style="dateTime" />
          </dd>
        </div>
        <div>
          <dt>Evidence notes</dt>
          <dd>{report.includesNotes ? 'Included' : 'Not included'}</dd>
        </div>
      </dl>
    </section>
  );
}

function ReportFooter({ report }: { report: ReportModel }) {
  return (
    <footer className="report-footer">
      <h2 id="report-about-heading">About this report</h2>
      <dl className="report-scale">
        {report.scale.map((level) => (
          <div key={level.value}>
            <dt>
              {level.value} {level.name}
            </dt>
            <dd>{level.summary}</dd>
          </div>
        ))}
      </dl>
      <p>{report.source.credit}</p>
      <p>{report.source.disclaimer}</p>
      <p className="report-muted">
        Made with EdTech Leader Self-Assessment on <When iso={report.cover.generatedAt} style="dateTime" />. The app keeps answers on the
        respondent’s own device; this report is what they chose to share.
      </p>
    </footer>
  );
}

/** The report as semantic HTML: the same markup on the report screen, in print and in the downloaded file. */
export function ReportDocument({ report }: { report: ReportModel }) {
  return (
    <article className="report" aria-labelledby="report-title">
      <ReportCover report={report} />
      <ReportSummary report={report} />
      {report.includesDetail && (
        <div className="report-appendix">
          <h2 className="report-appendix__heading">
            Appendix: the detail
          </h2>
          <ReportFacts report={report} />
          <ReportGlance report={report} />
          <ReportLevels report={report} />
          <ReportGaps report={report} />
          <ReportStrengths report={report} />
          <ReportPlan report={report} />
          <ReportComments report={report} />
          <ReportNotes report={report} />
        </div>
      )}
      <ReportFooter report={report} />
    </article>
  );
}
