import { useState } from 'react';
import { formText } from '../../lib/form-text.ts';

export const MIN_PASSPHRASE = 8;

interface PassphraseFieldsProps {
  /** Prefix of the fields' ids and names, unique on the screen. */
  id: string;
  /** The checkbox's label, e.g. "Protect the file with a passphrase". */
  label: string;
  /** The passphrase field's label; the second field adds ", again". */
  field: string;
}

/** An optional passphrase: a checkbox, then the passphrase twice. */
export function PassphraseFields({ id, label, field }: PassphraseFieldsProps) {
  const [isProtected, setIsProtected] = useState(false);
  return (
    <>
      <div className="field checkbox-field">
        <input id={`${id}-protect`} name={`${id}-protect`} type="checkbox" checked={isProtected} onChange={(event) => setIsProtected(event.target.checked)} />
        <label htmlFor={`${id}-protect`}>{label}</label>
      </div>
      {isProtected && (
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-passphrase`}>{field}</label>
            <input id={`${id}-passphrase`} name={`${id}-passphrase`} type="password" autoComplete="new-password" />
          </div>
          <div className="field">
            <label htmlFor={`${id}-confirm`}>{field} again</label>
            <input id={`${id}-confirm`} name={`${id}-confirm`} type="password" autoComplete="new-password" />
          </div>
        </div>
      )}
    </>
  );
}

/** The passphrase a form asks for: undefined when the file is not to be protected, or the problem with it. */
export function passphraseOf(form: FormData, id: string): { passphrase?: string; problem?: string } {
  if (formText(form, `${id}-protect`) !== 'on') return {};
  const passphrase = formText(form, `${id}-passphrase`);
  if (passphrase.length < MIN_PASSPHRASE) return { problem: `Use a passphrase of at least ${MIN_PASSPHRASE} characters.` };
  if (passphrase !== formText(form, `${id}-confirm`)) return { problem: 'The two passphrases are not the same.' };
  return { passphrase };
}
