import type { Framework } from '../../domain/framework/framework.ts';
import { skillAreasOf } from '../../domain/framework/framework.ts';
import type { HiringRound } from '../../domain/panel/panel.ts';
import { weightOf } from '../../domain/panel/round.ts';
import { formatDay } from '../../lib/format.ts';
import { usePanelActions } from '../../state/panel-store.ts';

/** What the round is: candidates with their interview days, and the areas with their weights and own questions. */
export function RoundDetails({ round, framework, canEdit }: { round: HiringRound; framework: Framework; canEdit: boolean }) {
  const { setInterviewDay } = usePanelActions();
  const titles = new Map(skillAreasOf(framework).map((area) => [area.id, area.title]));
  return (
    <div className="round-details">
      <section aria-labelledby="round-candidates-heading">
        <h2 id="round-candidates-heading">Candidates</h2>
        <ul className="round-details__list">
          {round.candidates.map((c) => (
            <li key={c.id}>
              <strong>{c.name}</strong>
              {c.isPractice && ' (practice candidate: scored first by everyone to calibrate, never ranked)'}
              {canEdit ? (
                <span className="interview-day">
                  <label htmlFor={`interview-day-${c.id}`}>Interview date for {c.name}</label>
                  <input id={`interview-day-${c.id}`} type="date" value={c.interviewOn ?? ''} onChange={(event) => setInterviewDay(c.id, event.target.value)} />
                </span>
              ) : (
                <span className="muted"> · {c.interviewOn ? `interview ${formatDay(c.interviewOn)}` : 'interview date not set'}</span>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="round-areas-heading">
        <h2 id="round-areas-heading">Skill areas and weights</h2>
        <p className="muted">
          From the {framework.title}, {framework.edition}.
        </p>
        <ul className="round-details__list">
          {round.skillAreaIds.map((id) => {
            const own = round.customQuestions?.[id]?.length ?? 0;
            return (
              <li key={id}>
                {titles.get(id) ?? id} — counts ×{weightOf(round, id)}
                {own > 0 && <span className="muted"> · {own} question(s) of the panel’s own</span>}
              </li>
            );
          })}
        </ul>
        {round.weightReason && <p>Why the weights differ: {round.weightReason}</p>}
      </section>
    </div>
  );
}
