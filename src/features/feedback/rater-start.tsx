import type { FeedbackDraft } from '../../domain/feedback/feedback.ts';
import { groupLabel, RATER_GROUP_IDS } from '../../domain/feedback/feedback.ts';
import { AnonymityPromise } from './anonymity-promise.tsx';

interface RaterStartProps {
  draft: FeedbackDraft;
  leader: string;
  onChange: (draft: FeedbackDraft) => void;
}

/** Before rating: the promise of anonymity, the rater's group, and whether they want to be named. */
export function RaterStart({ draft, leader, onChange }: RaterStartProps) {
  const groups = draft.ask.groups.length > 0 ? draft.ask.groups : RATER_GROUP_IDS;
  const canStart = Boolean(draft.group) && (!draft.isNamed || draft.name.trim().length > 0);
  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        if (canStart) onChange({ ...draft, hasStarted: true });
      }}
    >
      <h2>Feedback for {leader}</h2>
      <AnonymityPromise ask={draft.ask} />
      <fieldset>
        <legend>Which group are you in?</legend>
        {groups.map((id) => (
          <div key={id} className="field-check">
            <input type="radio" id={`my-group-${id}`} name="my-group" checked={draft.group === id} onChange={() => onChange({ ...draft, group: id })} />
            <label htmlFor={`my-group-${id}`}>{groupLabel(id)}</label>
          </div>
        ))}
      </fieldset>
      <div className="field-check">
        <input type="checkbox" id="be-named" checked={draft.isNamed} onChange={(event) => onChange({ ...draft, isNamed: event.target.checked })} />
        <label htmlFor="be-named">Show my name with my answers (my own ratings are then shown as mine)</label>
      </div>
      {draft.isNamed && (
        <div className="field">
          <label htmlFor="my-name">Your name</label>
          <input id="my-name" value={draft.name} onChange={(event) => onChange({ ...draft, name: event.target.value })} />
        </div>
      )}
      <button type="submit" className="button button--primary" disabled={!canStart}>
        Start
      </button>
    </form>
  );
}
