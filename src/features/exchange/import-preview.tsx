import type { Ref } from 'react';
import type { BackupExtras, ExportKind } from '../../domain/exchange/exchange-format.ts';
import { formatDateTime } from '../../lib/format.ts';
import type { ImportChoice, ImportItem } from '../../state/import-store.ts';
import { extrasParts, useImportActions } from '../../state/import-store.ts';

interface ImportPreviewProps {
  /** The heading takes focus when the preview replaces the file chooser. */
  headingRef?: Ref<HTMLHeadingElement>;
  fileName: string;
  kind: ExportKind;
  exportedAt: string;
  items: ImportItem[];
  extras: BackupExtras;
}

const choiceLabels: Record<ImportChoice, string> = {
  add: 'Add it',
  'merge-review': 'Add the reviewer’s comments, sign-off and proposed importance changes to my assessment (my answers stay as they are; I accept or decline each proposal)',
  'keep-both': 'Keep both: add the file’s copy beside mine',
  replace: 'Replace mine with the file’s copy',
};

function choicesFor(item: ImportItem, kind: ExportKind): ImportChoice[] {
  if (!item.local) return [item.choice];
  return kind === 'assessment' && !item.local.received ? ['merge-review', 'keep-both', 'replace'] : ['keep-both', 'replace'];
}

export function ImportPreview({ headingRef, fileName, kind, exportedAt, items, extras }: ImportPreviewProps) {
  const also = extrasParts(extras);
  const { confirmImport, resetImport, setImportChoice } = useImportActions();
  return (
    <section className="card" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading" ref={headingRef} tabIndex={-1}>What “{fileName}” holds</h2>
      <p>
        {kind === 'backup' ? 'A backup' : 'An exported assessment file'} made {formatDateTime(exportedAt)}, with {items.length}{' '}
        {items.length === 1 ? 'assessment' : 'assessments'}.{also.length > 0 && ` It also holds ${also.join(' and ')}; what this device already has of them is kept and added to.`}
        {kind === 'assessment' && ' Assessments you receive are shown read-only; you can comment on them and send them back.'}
      </p>
      <ul className="import-list">
        {items.map((item) => {
          const { incoming, local } = item;
          const who = [incoming.respondent.name, incoming.respondent.role, incoming.respondent.district].filter(Boolean).join(' · ');
          const choices = choicesFor(item, kind);
          return (
            <li key={incoming.id} className="import-item">
              <h3 className="import-item__title">{incoming.title}</h3>
              {who && <p className="muted">{who}</p>}
              <p className="muted">
                Last edited {formatDateTime(incoming.updatedAt)} · {incoming.comments.length}{' '}
                {incoming.comments.length === 1 ? 'comment' : 'comments'}
              </p>
              {local ? (
                <fieldset className="import-item__choice">
                  <legend>
                    You already have “{local.title}” (last edited {formatDateTime(local.updatedAt)}). What should happen?
                  </legend>
                  {choices.map((choice) => (
                    <div key={choice} className="radio-row">
                      <input
                        type="radio"
                        id={`import-${incoming.id}-${choice}`}
                        name={`import-${incoming.id}`}
                        checked={item.choice === choice}
                        onChange={() => setImportChoice(incoming.id, choice)}
                      />
                      <label htmlFor={`import-${incoming.id}-${choice}`}>{choiceLabels[choice]}</label>
                    </div>
                  ))}
                </fieldset>
              ) : (
                <p>New on this device: it will be added.</p>
              )}
            </li>
          );
        })}
      </ul>
      <div className="assessment-card__actions">
        <button type="button" className="button button--primary" onClick={() => void confirmImport()}>
          Import
        </button>
        <button type="button" className="button" onClick={resetImport}>
          Cancel
        </button>
      </div>
    </section>
  );
}
