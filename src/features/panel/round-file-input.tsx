import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Notice } from '../../components/ui/notice.tsx';
import { paths } from '../../config/paths.ts';
import { formatDateTime } from '../../lib/format.ts';
import type { RoundFileOutcome, RoundOffer } from '../../state/panel-store.ts';
import { usePanelActions } from '../../state/panel-store.ts';

/** A panelist on their own device opens the round file the chair sent; a round already here is never replaced without asking. */
export function RoundFileInput() {
  const { openRoundFile, settleRoundFile } = usePanelActions();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string>();
  const [offer, setOffer] = useState<RoundOffer>();
  const [isBusy, setIsBusy] = useState(false);

  const follow = async (outcome: RoundFileOutcome) => {
    setIsBusy(false);
    setOffer(outcome.status === 'ask' ? outcome.offer : undefined);
    setProblem(outcome.status === 'refused' ? outcome.message : undefined);
    if (outcome.status === 'opened') await navigate(paths.round.href(outcome.roundId));
  };
  const open = async (file: File) => {
    setIsBusy(true);
    setOffer(undefined);
    await follow(await openRoundFile(file));
  };
  const settle = async (current: RoundOffer, choice: 'keep-both' | 'replace') => {
    setIsBusy(true);
    await follow(await settleRoundFile(current, choice));
  };

  return (
    <div className="card">
      {!offer && (
        <div className="field">
          <label htmlFor="round-file">Open a round file from the chair</label>
          <input
            id="round-file"
            type="file"
            accept=".json,application/json"
            disabled={isBusy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void open(file);
            }}
          />
        </div>
      )}
      {isBusy && <p role="status">Reading the round file…</p>}
      {problem && <Notice tone="error">{problem}</Notice>}
      {offer && (
        <section aria-labelledby="round-offer-heading">
          <h3 id="round-offer-heading">“{offer.fileName}” holds a hiring round already on this device</h3>
          <p>
            {offer.stored
              ? `“${offer.stored.positionTitle}” here was last changed ${formatDateTime(offer.stored.updatedAt)}; the file’s copy ${formatDateTime(offer.incoming.updatedAt)}.`
              : 'Nothing is saved until you choose.'}{' '}
            Scores already given here are kept whatever you choose.
          </p>
          {offer.differences.length > 0 && (
            <ul>
              {offer.differences.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          <div className="assessment-card__actions">
            <button type="button" className="button" disabled={isBusy} onClick={() => void settle(offer, 'keep-both')}>
              Keep both (add the file’s round as a copy)
            </button>
            <button type="button" className="button" disabled={isBusy} onClick={() => void settle(offer, 'replace')}>
              Replace the round here with the file’s
            </button>
            <button type="button" className="button" disabled={isBusy} onClick={() => setOffer(undefined)}>
              Cancel
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
