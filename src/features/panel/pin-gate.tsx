import type { FormEvent } from 'react';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { formText } from '../../lib/form-text.ts';
import { usePanelActions } from '../../state/panel-store.ts';

interface PinGateProps {
  roundId: string;
  panelistId: string;
  name: string;
  hasPin: boolean;
}

/** On a shared device a panelist's scorecard opens only with their PIN; the first visit sets it. */
export function PinGate({ roundId, panelistId, name, hasPin }: PinGateProps) {
  const { setPin, unlock } = usePanelActions();
  const [problem, setProblem] = useState<string>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const pin = formText(form, 'pin');
    if (!hasPin && pin !== formText(form, 'pin-again')) return setProblem('The two PINs are not the same.');
    setProblem(await (hasPin ? unlock(panelistId, pin) : setPin(panelistId, pin)));
  };

  return (
    <section className="page interview">
      <h1>{hasPin ? `Enter ${name}’s PIN` : `Set a PIN for ${name}`}</h1>
      <p>
        Panelists take turns on this device. {hasPin ? `${name}’s scorecard opens only with the PIN they set.` : `Choose 4 to 8 digits; ${name}’s scorecard will open only with them.`}{' '}
        A PIN keeps colleagues from peeking at each other’s scores; it would not stop a determined person with this device.
      </p>
      <form className="card" onSubmit={(event) => void submit(event)} noValidate>
        {problem && (
          <p role="alert" className="notice notice--error">
            {problem}
          </p>
        )}
        <div className="field">
          <label htmlFor="panel-pin">{hasPin ? 'PIN' : 'New PIN (4 to 8 digits)'}</label>
          <input id="panel-pin" name="pin" type="password" inputMode="numeric" autoComplete="off" maxLength={8} required />
        </div>
        {!hasPin && (
          <div className="field">
            <label htmlFor="panel-pin-again">The same PIN again</label>
            <input id="panel-pin-again" name="pin-again" type="password" inputMode="numeric" autoComplete="off" maxLength={8} required />
          </div>
        )}
        <button type="submit" className="button button--primary">
          {hasPin ? 'Open my scorecard' : 'Set PIN and start scoring'}
        </button>
      </form>
      <p>
        <Link to={paths.round.href(roundId)}>Back to the round</Link>
      </p>
    </section>
  );
}
