import type { FormEvent } from 'react';
import { formText } from '../../lib/form-text.ts';
import { useImportActions } from '../../state/import-store.ts';

export function PassphraseForm({ fileName, problem }: { fileName: string; problem?: string }) {
  const { resetImport, submitPassphrase } = useImportActions();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submitPassphrase(formText(new FormData(event.currentTarget), 'passphrase'));
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="passphrase-heading">
      <h2 id="passphrase-heading">“{fileName}” is protected</h2>
      <p>Enter the passphrase the sender chose when they exported it. Ask them for it by phone or in person, not in the same email.</p>
      <div className="field">
        <label htmlFor="import-passphrase">Passphrase</label>
        <input
          id="import-passphrase"
          name="passphrase"
          type="password"
          autoComplete="off"
          autoFocus
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'import-passphrase-error' : undefined}
        />
        {problem && (
          <p id="import-passphrase-error" className="field__error" role="alert">
            {problem}
          </p>
        )}
      </div>
      <div className="assessment-card__actions">
        <button type="submit" className="button button--primary">
          Unlock
        </button>
        <button type="button" className="button" onClick={resetImport}>
          Cancel
        </button>
      </div>
    </form>
  );
}
