import { useState } from 'react';
import type { Scorecard } from '../../domain/panel/panel.ts';
import { Notice } from '../../components/ui/notice.tsx';
import { usePanel, usePanelActions } from '../../state/panel-store.ts';

/** The chair brings in panelists' scorecard files; each file's fate is reported, nothing is dropped silently. */
export function ScorecardImport() {
  const lastMerge = usePanel((state) => state.lastMerge);
  const { mergeIncoming } = usePanelActions();
  const [fileProblems, setFileProblems] = useState<string[]>([]);

  const importFiles = async (files: File[]) => {
    const { readScorecardFile } = await import('../../lib/panel-files.ts');
    const reads = await Promise.all(files.map(async (file) => ({ file, result: await readScorecardFile(file) })));
    setFileProblems(reads.flatMap(({ file, result }) => (result.ok ? [] : [`“${file.name}”: ${result.message}`])));
    const good: Scorecard[] = reads.flatMap(({ result }) => (result.ok ? [result.scorecard] : []));
    await mergeIncoming(
      reads.filter(({ result }) => result.ok).map(({ file }) => file.name),
      good,
    );
  };

  return (
    <div className="card">
      <div className="field">
        <label htmlFor="scorecard-files">Import panelists’ scorecard files</label>
        <input
          id="scorecard-files"
          type="file"
          multiple
          accept=".json,application/json"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0) void importFiles(files);
          }}
        />
      </div>
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
