import { useState } from 'react';
import { buildReport } from '../../domain/report/report-model.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { nowIso } from '../../lib/new-id.ts';
import { useOpenAssessment } from '../../state/assessment-store.ts';
import { ExportPanel } from './export-panel.tsx';
import { ReportDocument } from './report-document.tsx';
import './report-screen.css';

export function ReportScreen() {
  const open = useOpenAssessment();
  const [includeNotes, setIncludeNotes] = useState(false);
  if (!open) return null;
  const { framework, assessment } = open;
  const report = buildReport(framework, assessment, { includeNotes, generatedAt: nowIso() });

  return (
    <section className="report-screen">
      <div className="no-print">
        <PageHeading title="Report and export" />
        <p className="lead">
          A report for your superintendent or board: print it, save it as PDF, or download it as one file that opens in any browser.
          Export a file for the app to send for review or move to another computer.
        </p>
        <div className="field checkbox-field">
          <input id="include-notes" type="checkbox" checked={includeNotes} onChange={(event) => setIncludeNotes(event.target.checked)} />
          <label htmlFor="include-notes">Include my evidence notes</label>
        </div>
        <p className="field__hint">Off by default: your notes are personal. Turn it on only if you want the reader to see them.</p>
        <ExportPanel report={report} framework={framework} assessment={assessment} includeNotes={includeNotes} />
      </div>
      <section className="report-preview" aria-label="Report preview">
        <ReportDocument report={report} />
      </section>
    </section>
  );
}
