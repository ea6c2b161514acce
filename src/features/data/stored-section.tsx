import { storedFigures } from '../../domain/data/removal.ts';
import { formatBytes } from '../../lib/format.ts';
import { useShallow } from 'zustand/shallow';
import { useData } from '../../state/data-store.ts';

/** Counts of what is stored, and the space it takes. */
export function StoredSection() {
  const { counts, use } = useData(useShallow((s) => ({ counts: s.counts, use: s.use })));
  return (
    <section className="card" aria-labelledby="stored-heading">
      <h2 id="stored-heading">What is stored</h2>
      {counts && (
        <dl className="data-figures">
          {storedFigures(counts).map(({ label, count }) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{count}</dd>
            </div>
          ))}
        </dl>
      )}
      {counts?.hasReviewer && <p>Also the name and role you last signed a review comment with.</p>}
      {use ? (
        <p>
          This app uses <strong>{formatBytes(use.usage)}</strong> of this device; the browser lets it use up to{' '}
          {formatBytes(use.quota)}, so <strong>{formatBytes(use.quota - use.usage)}</strong> is still available.
        </p>
      ) : (
        <p>This browser does not say how much space the app uses.</p>
      )}
    </section>
  );
}
