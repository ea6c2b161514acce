import { useState } from 'react';
import type { Assessment } from '../../domain/assessment/assessment.ts';
import type { Framework } from '../../domain/framework/framework.ts';
import { skillAreasOf } from '../../domain/framework/framework.ts';
import type { FeedbackRequest, Invitee, RaterGroupId } from '../../domain/feedback/feedback.ts';
import { groupsOf, RATER_GROUPS } from '../../domain/feedback/feedback.ts';
import { newId, nowIso } from '../../lib/new-id.ts';

interface RequestFormProps {
  framework: Framework;
  assessment: Assessment;
  onCreate: (request: FeedbackRequest) => Promise<void>;
}

const blankPerson = (): Invitee & { key: string } => ({ key: newId(), name: '', group: 'principals' });

/** The leader picks the areas colleagues can judge and the people to ask, each in a group. */
export function RequestForm({ framework, assessment, onCreate }: RequestFormProps) {
  const areas = skillAreasOf(framework);
  const [chosen, setChosen] = useState<string[]>(areas.filter((area) => area.kind === 'skillArea').map((area) => area.id));
  const [people, setPeople] = useState([blankPerson()]);
  const [problem, setProblem] = useState<string>();

  const submit = async () => {
    const invitees = people.filter((person) => person.name.trim()).map(({ name, group }) => ({ name: name.trim(), group }));
    if (chosen.length === 0) return setProblem('Choose at least one skill area for colleagues to rate.');
    if (invitees.length === 0) return setProblem('Add at least one person to ask, with their group.');
    setProblem(undefined);
    const now = nowIso();
    await onCreate({
      id: newId(),
      assessmentId: assessment.id,
      leaderName: assessment.respondent.name,
      district: assessment.respondent.district,
      framework: assessment.framework,
      skillAreaIds: areas.filter((area) => chosen.includes(area.id)).map((area) => area.id),
      groups: groupsOf(invitees),
      createdAt: now,
      invitees,
      responses: [],
      updatedAt: now,
    });
  };

  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>Ask colleagues for feedback</h2>
      <p>
        Choose what colleagues have seen you do, and whom to ask. Everyone gets the same request file; each answers on their own device
        and sends a response file back. The names stay on this device: the file carries only the groups.
      </p>
      <fieldset className="feedback-areas">
        <legend>Skill areas to rate</legend>
        {areas.map((area) => (
          <div key={area.id} className="field-check">
            <input
              type="checkbox"
              id={`ask-area-${area.id}`}
              checked={chosen.includes(area.id)}
              onChange={(event) => setChosen(event.target.checked ? [...chosen, area.id] : chosen.filter((id) => id !== area.id))}
            />
            <label htmlFor={`ask-area-${area.id}`}>
              {area.code}. {area.title}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>People to ask</legend>
        {people.map((person, index) => (
          <div key={person.key} className="field-row">
            <div className="field">
              <label htmlFor={`person-name-${person.key}`}>Name (person {index + 1})</label>
              <input
                id={`person-name-${person.key}`}
                value={person.name}
                onChange={(event) => setPeople(people.map((p) => (p.key === person.key ? { ...p, name: event.target.value } : p)))}
              />
            </div>
            <div className="field">
              <label htmlFor={`person-group-${person.key}`}>Group (person {index + 1})</label>
              <select
                id={`person-group-${person.key}`}
                value={person.group}
                onChange={(event) => setPeople(people.map((p) => (p.key === person.key ? { ...p, group: event.target.value as RaterGroupId } : p)))}
              >
                {RATER_GROUPS.map((group) => (
                  <option key={group.id} value={group.id}>
                    {group.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
        ))}
        <button type="button" className="button button--small" onClick={() => setPeople([...people, blankPerson()])}>
          Add another person
        </button>
      </fieldset>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button button--primary">
        Create the request
      </button>
    </form>
  );
}
