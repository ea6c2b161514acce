import type { Framework } from '../../domain/framework/framework.ts';
import type { CandidateResult } from '../../domain/panel/panel-results.ts';
import { usePanelActions } from '../../state/panel-store.ts';

/** After discussion, the chair records the agreed level per area with a note; the independent scores stay as given. */
export function ConsensusEditor({ framework, candidate, titles }: { framework: Framework; candidate: CandidateResult; titles: Map<string, string> }) {
  const { setConsensus } = usePanelActions();
  return (
    <details className="consensus no-print">
      <summary>Record the panel’s consensus for {candidate.name}</summary>
      <p className="muted">The independent scores above never change; the consensus is shown beside them everywhere, the packet included.</p>
      {candidate.areas.map((area) => {
        const title = titles.get(area.skillAreaId) ?? area.skillAreaId;
        const id = `consensus-${candidate.candidateId}-${area.skillAreaId}`;
        return (
          <div key={area.skillAreaId} className="field-row consensus__row">
            <div className="field">
              <label htmlFor={`${id}-level`}>Consensus for {title}</label>
              <select id={`${id}-level`} value={area.consensus?.level ?? ''} onChange={(event) => setConsensus(candidate.candidateId, area.skillAreaId, { level: event.target.value })}>
                <option value="">None recorded</option>
                {framework.rubric.levels.map((level) => (
                  <option key={level.id} value={level.id}>
                    {level.value}. {level.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-note`}>Why, for {title}</label>
              <input
                id={`${id}-note`}
                value={area.consensus?.note ?? ''}
                disabled={!area.consensus}
                onChange={(event) => setConsensus(candidate.candidateId, area.skillAreaId, { note: event.target.value })}
              />
            </div>
          </div>
        );
      })}
    </details>
  );
}
