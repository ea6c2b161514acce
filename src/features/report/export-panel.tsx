import type { FormEvent } from 'react';
import { useState } from 'react';
import type { Assessment } from '../../domain/assessment/assessment.ts';
import { assessmentCsv } from '../../domain/exchange/assessment-csv.ts';
import type { Framework } from '../../domain/framework/framework.ts';
import type { ReportModel } from '../../domain/report/report-model.ts';
import { Notice } from '../../components/ui/notice.tsx';
import { APP_VERSION } from '../../config/app.ts';
import { downloadText, fileSlug } from '../../lib/download.ts';
import { errorMessage } from '../../lib/error-message.ts';
import { localDay } from '../../lib/format.ts';
import { formText } from '../../lib/form-text.ts';
import { nowIso } from '../../lib/new-id.ts';
import { useBackupActions } from '../../state/backup-store.ts';
import { PassphraseFields, passphraseOf } from './passphrase-fields.tsx';

interface ExportPanelProps {
  report: ReportModel;
  framework: Framework;
  assessment: Assessment;
  includeNotes: boolean;
}

type Outcome = { tone: 'success' | 'error'; text: string; form?: 'share' | 'move' };

/** The report's files, then the two app files, each saying what it is for: share for review, or move to another computer. */
export function ExportPanel({ report, framework, assessment, includeNotes }: ExportPanelProps) {
  const [outcome, setOutcome] = useState<Outcome>();
  const { backupEverything } = useBackupActions();
  const base = `${fileSlug(assessment.title)}-${localDay(nowIso())}`;

  const downloadHtml = async () => {
    const { reportHtmlFile } = await import('./report-html.ts');
    downloadText(`${base}-report.html`, reportHtmlFile(report), 'text/html;charset=utf-8');
    setOutcome({ tone: 'success', text: 'The report was downloaded as an HTML file. It opens in any browser, without the app or a network.' });
  };

  const downloadCsv = () => {
    downloadText(`${base}.csv`, assessmentCsv(framework, assessment, { includeNotes }), 'text/csv;charset=utf-8');
    setOutcome({ tone: 'success', text: 'The CSV file was downloaded: one row per indicator, ready for a spreadsheet.' });
  };

  const shareForReview = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const { passphrase, problem } = passphraseOf(form, 'share');
    if (problem) return setOutcome({ tone: 'error', text: problem, form: 'share' });
    const withNotes = formText(form, 'share-notes') === 'on';
    const { exportFileText } = await import('../../lib/exchange-files.ts');
    const text = await exportFileText([assessment], { kind: 'assessment', includeNotes: withNotes, passphrase, now: nowIso(), appVersion: APP_VERSION });
    downloadText(`${base}.json`, text, 'application/json');
    setOutcome({
      tone: 'success',
      text:
        (passphrase ? 'The protected file was downloaded. Send the passphrase separately, by phone or in person. ' : 'The file was downloaded. ') +
        `Your reviewer opens it with Import in this app${withNotes ? '; it holds your evidence notes' : '; your evidence notes stayed out'}.`,
    });
  };

  const moveEverything = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { passphrase, problem } = passphraseOf(new FormData(event.currentTarget), 'move');
    if (problem) return setOutcome({ tone: 'error', text: problem, form: 'move' });
    try {
      const { text, count } = await backupEverything(passphrase);
      downloadText(`edtech-leader-everything-${localDay(nowIso())}.json`, text, 'application/json');
      setOutcome({
        tone: 'success',
        text: `Everything was downloaded: ${count} ${count === 1 ? 'assessment' : 'assessments'}, with notes, plans and comments. On the other computer, open Import in this app and choose the file.`,
      });
    } catch (error) {
      setOutcome({ tone: 'error', text: `The file could not be made. ${errorMessage(error, '')}`.trim(), form: 'move' });
    }
  };

  const problemIn = (form: 'share' | 'move') =>
    outcome?.tone === 'error' && outcome.form === form ? (
      <p className="field__error" role="alert">
        {outcome.text}
      </p>
    ) : null;

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
        <>
          <form className="card export-json" onSubmit={(event) => void shareForReview(event)} aria-labelledby="export-share-heading">
            <h2 id="export-share-heading">Share for review</h2>
            <p className="muted">
              This assessment, for your superintendent or board chair: they import it into this app, comment, and send it back to you.
              Your evidence notes stay out unless you include them.
            </p>
            <div className="field checkbox-field">
              <input id="share-notes" name="share-notes" type="checkbox" />
              <label htmlFor="share-notes">Include my evidence notes</label>
            </div>
            <PassphraseFields id="share" label="Protect the file with a passphrase" field="Passphrase" />
            {problemIn('share')}
            <button type="submit" className="button button--primary">
              Export for review (JSON)
            </button>
          </form>
          <form className="card export-json" onSubmit={(event) => void moveEverything(event)} aria-labelledby="export-move-heading">
            <h2 id="export-move-heading">Move to another computer</h2>
            <p className="muted">
              Everything this browser holds for the app, every assessment with its notes, plan and comments, in one file to open with Import
              on your other computer. Keep it to yourself, or protect it.
            </p>
            <PassphraseFields id="move" label="Protect everything with a passphrase" field="Passphrase to move" />
            {problemIn('move')}
            <button type="submit" className="button">
              Export everything to move (JSON)
            </button>
          </form>
        </>
      )}
      {outcome?.tone === 'success' && <Notice tone="success">{outcome.text}</Notice>}
    </div>
  );
}
