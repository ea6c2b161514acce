import { useEffect, useState } from 'react';
import { MAX_READER_NOTE_LENGTH } from '../../domain/assessment/assessment.ts';
import { buildReport } from '../../domain/report/report-model.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { nowIso } from '../../lib/new-id.ts';
import { adoptPrintHeader } from '../../lib/print-header.ts';
import { useAssessmentActions, useOpenAssessment } from '../../state/assessment-store.ts';
import { ExportPanel } from './export-panel.tsx';
import { FeedbackChoice, useReportFeedback } from './feedback-choice.tsx';
import { ReportDocument } from './report-document.tsx';
import { ReviewSendBack } from './review-send-back.tsx';
import { runningHeaderOf } from './report-format.ts';
import './report-screen.css';

type Scope = 'summary' | 'detail' | 'notes';

const SCOPES: { value: Scope; label: string }[] = [
  { value: 'summary', label: 'Executive summary only (at most two pages)' },
  { value: 'detail', label: 'Summary, with the detail as an appendix' },
  { value: 'notes', label: 'Summary, detail and evidence notes' },
];

export function ReportScreen() {
  const open = useOpenAssessment();
  const { setReaderNote } = useAssessmentActions();
  const [scope, setScope] = useState<Scope>('detail');
  const [withFeedback, setWithFeedback] = useState(false);
  const available = useReportFeedback(open);
  const generatedAt = nowIso();
  const feedback = withFeedback && scope !== 'summary' ? available : undefined;
  const report = open
    ? buildReport(open.framework, open.assessment, { includeNotes: scope === 'notes', includeDetail: scope !== 'summary', generatedAt, ...(feedback ? { feedback } : {}) })
    : undefined;
  const header = report ? runningHeaderOf(report) : '';
  useEffect(() => (header ? adoptPrintHeader(header) : undefined), [header]);
  if (!open || !report) return null;
  const { framework, assessment } = open;
  const owner = assessment.respondent.name.trim() || 'the respondent';
  const isReceived = Boolean(assessment.received);

  return (
    <section className="report-screen">
      <div className="no-print">
        <PageHeading title={isReceived ? `Report: ${owner}’s self-assessment` : 'Report and export'} />
        <p className="lead">
          {isReceived
            ? `${owner}’s report opens with a summary you can read in five minutes; the detail follows. Sign off your review and send it back to ${owner}, or print it.`
            : 'A report for your superintendent or board: a two-page summary, then the detail. Print it, save it as PDF, or download it as one file that opens in any browser.'}
        </p>
        {!isReceived && (
          <div className="field">
            <label htmlFor="reader-note">Summary for my reader (optional)</label>
            <textarea
              id="reader-note"
              rows={3}
              maxLength={MAX_READER_NOTE_LENGTH}
              value={assessment.readerNote ?? ''}
              onChange={(event) => setReaderNote(event.target.value)}
              aria-describedby="reader-note-hint"
            />
            <p id="reader-note-hint" className="field__hint">
              A few sentences to your superintendent or board, shown on the summary’s first page. Saved as you type.
            </p>
          </div>
        )}
        <fieldset className="field report-scope">
          <legend>What the report includes</legend>
          {SCOPES.map((choice) => (
            <div key={choice.value} className="radio-row">
              <input type="radio" id={`report-scope-${choice.value}`} name="report-scope" checked={scope === choice.value} onChange={() => setScope(choice.value)} />
              <label htmlFor={`report-scope-${choice.value}`}>{choice.label}</label>
            </div>
          ))}
          <p className="field__hint">
            {isReceived
              ? `Evidence notes are ${owner}’s; they appear only if ${owner} chose to send them.`
              : 'Evidence notes are left out unless you choose them: they are your own working notes.'}
          </p>
        </fieldset>
        {available && <FeedbackChoice feedback={available} checked={withFeedback} hasDetail={scope !== 'summary'} onChange={setWithFeedback} />}
        {isReceived && <ReviewSendBack assessment={assessment} />}
        <ExportPanel report={report} framework={framework} assessment={assessment} includeNotes={scope === 'notes'} />
      </div>
      <section className="report-preview" aria-label="Report preview">
        <ReportDocument report={report} />
      </section>
    </section>
  );
}
