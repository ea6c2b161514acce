import type { FormEvent } from 'react';
import { useState } from 'react';
import type { HiringRound } from '../../domain/panel/panel.ts';
import { usePanelActions } from '../../state/panel-store.ts';

/** Asked once on a panelist's own device: from then on it shows only that panelist's scoring. */
export function WhoAreYou({ round }: { round: HiringRound }) {
  const { chooseWhoIAm } = usePanelActions();
  const [problem, setProblem] = useState<string>();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget).get('who');
    if (typeof chosen !== 'string') return setProblem('Choose your name.');
    void chooseWhoIAm(chosen);
  };
  return (
    <form className="card" onSubmit={submit} noValidate>
      <fieldset>
        <legend>Who are you?</legend>
        <p className="muted">Asked once: this device will then show only your own scorecard for this round.</p>
        {problem && (
          <p role="alert" className="notice notice--error">
            {problem}
          </p>
        )}
        {round.panelists.map((p) => (
          <div key={p.id} className="choice">
            <input type="radio" id={`who-${p.id}`} name="who" value={p.id} />
            <label htmlFor={`who-${p.id}`}>
              {p.name}
              {p.role && `, ${p.role}`}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="button button--primary">
        This is me
      </button>
    </form>
  );
}
