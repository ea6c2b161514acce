import { useState } from 'react';
import { Notice } from '../../components/ui/notice.tsx';
import { usePanel, usePanelActions } from '../../state/panel-store.ts';

/** The chair brings in panelists' scorecard files; each file's fate is reported, nothing is dropped silently. */
export function ScorecardImport() {
  const lastMerge = usePanel((state) => state.lastMerge);
  const { importScorecardFiles } = usePanelActions();
  const [fileProblems, setFileProblems] = useState<string[]>([]);
  const [isBusy, setIsBusy] = useState(false);

  const importFiles = async (files: File[]) => {
    setIsBusy(true);
    setFileProblems([]);
    setFileProblems(await importScorecardFiles(files));
    setIsBusy(false);
  };

  return (
    <div className="card">
      <div className="field">
        <label htmlFor="scorecard-files">Import panelists’ scorecard files</label>
        <input
          id="scorecard-files"
          type="file"
          multiple
          disabled={isBusy}
          accept=".json,application/json"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0) void importFiles(files);
          }}
        />
      </div>
      {isBusy && <p role="status">Reading the scorecard files…</p>}
      {fileProblems.length > 0 && (
        <Notice tone="error" title="Some files were not imported">
          <ul>
            {fileProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Notice>
      )}
      {lastMerge && lastMerge.notes.length > 0 && (
        <Notice tone="info" title="What the import did">
          <ul>
            {lastMerge.notes.map((note, i) => (
              <li key={`${note.scorecardId}-${i}`}>{note.message}</li>
            ))}
          </ul>
        </Notice>
      )}
    </div>
  );
}
