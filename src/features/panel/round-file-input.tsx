import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Notice } from '../../components/ui/notice.tsx';
import { paths } from '../../config/paths.ts';
import { formatDateTime } from '../../lib/format.ts';
import type { RoundFileOutcome, RoundOffer } from '../../state/panel-store.ts';
import { usePanel, usePanelActions } from '../../state/panel-store.ts';

/**
 * A panelist on their own device opens the round file the chair sent; a round already here is never replaced
 * without asking. The question also comes here from the main Import screen, with that screen's file.
 */
export function RoundFileInput() {
  const { openRoundFile, settleRoundFile, cancelRoundFile } = usePanelActions();
  const offer = usePanel((s) => s.roundOffer);
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);
  const offerHeading = useRef<HTMLHeadingElement>(null);

  // The question replaces the file input (or arrives from the Import screen): focus goes to it.
  useEffect(() => {
    if (offer) offerHeading.current?.focus();
  }, [offer]);

  const follow = async (outcome: RoundFileOutcome) => {
    setIsBusy(false);
    setProblem(outcome.status === 'refused' ? outcome.message : undefined);
    if (outcome.status === 'opened') await navigate(paths.round.href(outcome.roundId));
  };
  const open = async (file: File) => {
    setIsBusy(true);
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
          <h3 id="round-offer-heading" ref={offerHeading} tabIndex={-1}>“{offer.fileName}” holds a hiring round already on this device</h3>
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
            <button type="button" className="button" disabled={isBusy} onClick={cancelRoundFile}>
              Cancel
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
