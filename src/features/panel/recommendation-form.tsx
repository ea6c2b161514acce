import type { HiringRound } from '../../domain/panel/panel.ts';
import { realCandidates } from '../../domain/panel/round.ts';
import { usePanelActions } from '../../state/panel-store.ts';

/** The chair's recommendation and reasons, saved as typed; it goes into the decision packet. */
export function RecommendationForm({ round }: { round: HiringRound }) {
  const { setRecommendation } = usePanelActions();
  const chosen = round.recommendation?.candidateId ?? '';
  const reasons = round.recommendation?.reasons ?? '';
  return (
    <section aria-labelledby="recommendation-heading" className="card no-print">
      <h2 id="recommendation-heading">The chair’s recommendation</h2>
      <div className="field">
        <label htmlFor="recommended-candidate">Recommended candidate</label>
        <select id="recommended-candidate" value={chosen} onChange={(event) => setRecommendation(event.target.value || undefined, reasons)}>
          <option value="">None of the candidates</option>
          {realCandidates(round).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="recommendation-reasons">Reasons, as the panel discussed them</label>
        <textarea id="recommendation-reasons" rows={4} value={reasons} onChange={(event) => setRecommendation(chosen || undefined, event.target.value)} />
      </div>
    </section>
  );
}
