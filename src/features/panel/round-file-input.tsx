import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Notice } from '../../components/ui/notice.tsx';
import { paths } from '../../config/paths.ts';
import { usePanelActions } from '../../state/panel-store.ts';

/** A panelist on their own device opens the round file the chair sent. */
export function RoundFileInput() {
  const { receiveRound } = usePanelActions();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string>();
  const open = async (file: File) => {
    const { readRoundFile } = await import('../../lib/panel-files.ts');
    const result = await readRoundFile(file);
    if (!result.ok) return setProblem(`“${file.name}” was not opened. ${result.message}`);
    setProblem(undefined);
    await receiveRound(result.round);
    await navigate(paths.round.href(result.round.id));
  };
  return (
    <div className="card">
      <div className="field">
        <label htmlFor="round-file">Open a round file from the chair</label>
        <input
          id="round-file"
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void open(file);
          }}
        />
      </div>
      {problem && <Notice tone="error">{problem}</Notice>}
    </div>
  );
}
