import type { DragEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate } from 'react-router';
import { Notice } from '../../components/ui/notice.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { paths } from '../../config/paths.ts';
import { useImport, useImportActions } from '../../state/import-store.ts';
import { ImportPreview } from './import-preview.tsx';
import { PassphraseForm } from './passphrase-form.tsx';
import './exchange.css';

export function ImportScreen() {
  // The screen is the import's state machine: every phase change is something it shows.
  const state = useImport((s) => s);
  const { chooseImportFile, resetImport } = useImportActions();
  const [isDragging, setIsDragging] = useState(false);

  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const doneNotice = useRef<HTMLDivElement>(null);
  const { phase } = state;

  useEffect(() => resetImport, [resetImport]);

  // Each step replaces the control that led to it; focus goes to what replaced it, so keyboard and screen reader users carry on from there.
  const previousPhase = useRef(phase);
  useEffect(() => {
    if (previousPhase.current === phase) return;
    previousPhase.current = phase;
    if (phase === 'idle' || phase === 'invalid') fileInput.current?.focus();
    else if (phase === 'preview') previewHeading.current?.focus();
    else if (phase === 'done') doneNotice.current?.focus();
  }, [phase]);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setIsDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void chooseImportFile(file);
  };

  // A round or scorecard file goes on in the panel's own screens, with the file already read.
  if (state.phase === 'handed-to-panel') return <Navigate to={state.roundId ? paths.round.href(state.roundId) : paths.panel.href()} />;

  return (
    <section className="page import">
      <PageHeading title="Import a file" />
      <p className="lead">
        Open a file exported from this app: an assessment someone sent you to review, your own assessment coming back with
        comments, or a full backup. Nothing is saved until you have checked what the file holds. A hiring panel’s round or scorecard file opens
        in the hiring panel’s screens.
      </p>

      {(state.phase === 'idle' || state.phase === 'invalid') && (
        <div
          className={isDragging ? 'drop-zone drop-zone--active' : 'drop-zone'}
          onDragOver={(event) => {
            event.preventDefault();
            setIsDragging(true);
          }}
          onDragLeave={() => setIsDragging(false)}
          onDrop={onDrop}
        >
          <label htmlFor="import-file" className="drop-zone__label">
            Choose a file (.json), or drop it here
          </label>
          <input
            ref={fileInput}
            id="import-file"
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void chooseImportFile(file);
            }}
          />
        </div>
      )}

      {state.phase === 'invalid' && (
        <Notice tone="error" title={`“${state.fileName}” was not imported`}>
          <p>{state.message}</p>
          <p>Nothing on this device has changed.</p>
        </Notice>
      )}
      {state.phase === 'reading' && <p role="status">Reading “{state.fileName}”…</p>}
      {state.phase === 'needs-passphrase' && <PassphraseForm fileName={state.fileName} problem={state.problem} />}
      {state.phase === 'preview' && <ImportPreview {...state} headingRef={previewHeading} />}
      {state.phase === 'done' && (
        <Notice tone="success" title="Import complete" ref={doneNotice}>
          <p>{state.message}</p>
          <p>
            {state.roundId ? (
              <Link to={paths.round.href(state.roundId)}>Open the hiring round</Link>
            ) : state.openId ? (
              state.proposalCount ? (
                <Link to={paths.results.href(state.openId)}>Accept or decline the proposed importance changes</Link>
              ) : state.isReceived ? (
                <Link to={paths.report.href(state.openId)}>Open the report summary</Link>
              ) : (
                <Link to={paths.assessment.href(state.openId)}>Open the imported assessment</Link>
              )
            ) : (
              <Link to={paths.home.href()}>Go to my assessments</Link>
            )}
            {' · '}
            <button type="button" className="button button--small" onClick={resetImport}>
              Import another file
            </button>
          </p>
        </Notice>
      )}
    </section>
  );
}
