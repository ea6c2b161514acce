import type { FormEvent } from 'react';
import { useState } from 'react';
import type { Assessment } from '../../domain/assessment/assessment.ts';
import { assessmentCsv } from '../../domain/exchange/assessment-csv.ts';
import type { Framework } from '../../domain/framework/framework.ts';
import type { ReportModel } from '../../domain/report/report-model.ts';
import { Notice } from '../../components/ui/notice.tsx';
import { APP_VERSION } from '../../config/app.ts';
import { downloadText, fileSlug } from '../../lib/download.ts';
import { localDay } from '../../lib/format.ts';
import { formText } from '../../lib/form-text.ts';
import { nowIso } from '../../lib/new-id.ts';

interface ExportPanelProps {
  report: ReportModel;
  framework: Framework;
  assessment: Assessment;
  includeNotes: boolean;
}

const MIN_PASSPHRASE = 8;

export function ExportPanel({ report, framework, assessment, includeNotes }: ExportPanelProps) {
  const [isProtected, setIsProtected] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<string>();
  const base = `${fileSlug(assessment.title)}-${localDay(nowIso())}`;

  const downloadHtml = async () => {
    const { reportHtmlFile } = await import('./report-html.ts');
    downloadText(`${base}-report.html`, reportHtmlFile(report), 'text/html;charset=utf-8');
    setDone('The report was downloaded as an HTML file. It opens in any browser, without the app or a network.');
  };

  const downloadCsv = () => {
    downloadText(`${base}.csv`, assessmentCsv(framework, assessment, { includeNotes }), 'text/csv;charset=utf-8');
    setDone('The CSV file was downloaded: one row per indicator, ready for a spreadsheet.');
  };

  const exportJson = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const passphrase = formText(form, 'passphrase');
    if (isProtected && passphrase.length < MIN_PASSPHRASE) {
      setProblem(`Use a passphrase of at least ${MIN_PASSPHRASE} characters.`);
      return;
    }
    if (isProtected && passphrase !== formText(form, 'confirm')) {
      setProblem('The two passphrases are not the same.');
      return;
    }
    setProblem(undefined);
    const { exportFileText } = await import('../../lib/exchange-files.ts');
    const text = await exportFileText([assessment], {
      kind: 'assessment',
      includeNotes,
      passphrase: isProtected ? passphrase : undefined,
      now: nowIso(),
      appVersion: APP_VERSION,
    });
    downloadText(`${base}.json`, text, 'application/json');
    setDone(
      isProtected
        ? 'The protected file was downloaded. Send the passphrase separately, by phone or in person.'
        : 'The file was downloaded. The reader can open it with Import in this app.',
    );
  };

  return (
    <div className="export-panel">
      <div className="assessment-card__actions">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <button type="button" className="button" onClick={() => void downloadHtml()}>
          Download report (HTML file)
        </button>
        <button type="button" className="button" onClick={downloadCsv}>
          Export for spreadsheets (CSV)
        </button>
      </div>
      {!assessment.received && (
        <form className="card export-json" onSubmit={(event) => void exportJson(event)} aria-labelledby="export-json-heading">
          <h2 id="export-json-heading">Export a file for the app</h2>
          <p className="muted">
            For review by your superintendent, who imports it into this app, adds comments and sends it back; or to move this
            assessment to another computer.
          </p>
          <div className="field checkbox-field">
            <input id="export-protect" type="checkbox" checked={isProtected} onChange={(event) => setIsProtected(event.target.checked)} />
            <label htmlFor="export-protect">Protect the file with a passphrase</label>
          </div>
          {isProtected && (
            <div className="field-row">
              <div className="field">
                <label htmlFor="export-passphrase">Passphrase</label>
                <input id="export-passphrase" name="passphrase" type="password" autoComplete="new-password" />
              </div>
              <div className="field">
                <label htmlFor="export-confirm">Passphrase again</label>
                <input id="export-confirm" name="confirm" type="password" autoComplete="new-password" />
              </div>
            </div>
          )}
          {problem && (
            <p className="field__error" role="alert">
              {problem}
            </p>
          )}
          <button type="submit" className="button button--primary">
            Export file (JSON)
          </button>
        </form>
      )}
      {done && <Notice tone="success">{done}</Notice>}
    </div>
  );
}
