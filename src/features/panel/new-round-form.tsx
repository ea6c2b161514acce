import type { FormEvent } from 'react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Framework } from '../../domain/framework/framework.ts';
import { skillAreasOf } from '../../domain/framework/framework.ts';
import { roundSetupProblems } from '../../domain/panel/round.ts';
import { suggestedAreas } from '../../domain/panel/round-setup.ts';
import { EDITION_CHOICES } from '../../config/editions.ts';
import { paths } from '../../config/paths.ts';
import { formText } from '../../lib/form-text.ts';
import { usePanelActions } from '../../state/panel-store.ts';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function NewRoundForm({ framework }: { framework: Framework }) {
  const { startRound, chooseSetupEdition } = usePanelActions();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<string[]>([]);
  // The choice shows at once; the areas follow when that edition has loaded.
  const [editionId, setEditionId] = useState(framework.id);
  const isLoadingEdition = editionId !== framework.id;
  const areas = skillAreasOf(framework);
  const suggested = suggestedAreas(framework);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isLoadingEdition) return setErrors(['The chosen edition’s skill areas are still loading: choose the areas, then start the round.']);
    const form = new FormData(event.currentTarget);
    const panelists = lines(formText(form, 'panelists')).map((line) => {
      const [name = '', ...role] = line.split(',');
      return { name: name.trim(), role: role.join(',').trim() };
    });
    const skillAreaIds = areas.filter((area) => form.get(`area-${area.id}`) === 'on').map((area) => area.id);
    const weights = Object.fromEntries(
      skillAreaIds.map((id) => [id, Number(formText(form, `weight-${id}`) || '1')] as const).filter(([, w]) => Number.isFinite(w) && w > 0 && w !== 1),
    );
    const input = {
      editionId: framework.id,
      positionTitle: formText(form, 'position'),
      district: formText(form, 'district'),
      candidates: lines(formText(form, 'candidates')),
      practiceCandidate: formText(form, 'practice'),
      panelists,
      skillAreaIds,
      weights,
      weightReason: formText(form, 'weight-reason'),
      customQuestions: Object.fromEntries(skillAreaIds.map((id) => [id, lines(formText(form, `questions-${id}`))])),
    };
    const problems = roundSetupProblems(input);
    setErrors(problems);
    if (problems.length > 0) return;
    const round = await startRound(input);
    if (round) await navigate(paths.round.href(round.id));
  };

  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="new-round-heading">
      <h2 id="new-round-heading">Start a hiring round</h2>
      {errors.length > 0 && (
        <div className="notice notice--error" role="alert">
          <ul>
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor="round-position">Position title (required)</label>
          <input id="round-position" name="position" maxLength={200} placeholder="e.g. Chief Technology Officer" />
        </div>
        <div className="field">
          <label htmlFor="round-district">District</label>
          <input id="round-district" name="district" maxLength={200} />
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="round-candidates">Candidates, one name per line</label>
          <textarea id="round-candidates" name="candidates" rows={4} />
        </div>
        <div className="field">
          <label htmlFor="round-panelists">Panelists, one per line: name, role</label>
          <textarea id="round-panelists" name="panelists" rows={4} placeholder={'Pat Lee, Superintendent\nSam Ortiz, Curriculum Director'} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="round-practice">Practice candidate (optional)</label>
        <input id="round-practice" name="practice" maxLength={200} aria-describedby="round-practice-hint" placeholder="e.g. a recorded mock interview" />
        <p id="round-practice-hint" className="muted">
          Every panelist scores this one first; comparing the spread shows whether the panel reads the levels the same way. It is never ranked.
        </p>
      </div>
      <fieldset className="round-edition" aria-describedby="round-edition-hint">
        <legend>Framework edition</legend>
        <p id="round-edition-hint" className="muted">
          The December 2019 edition is the one the CETL exam uses; pick 2009 to interview on the same edition as earlier rounds. Every panelist
          scores on the edition chosen here.
        </p>
        {EDITION_CHOICES.map((choice) => (
          <div key={choice.id} className="round-edition__option">
            <input
              type="radio"
              id={`round-edition-${choice.id}`}
              name="edition"
              value={choice.id}
              checked={editionId === choice.id}
              onChange={() => {
                setEditionId(choice.id);
                void chooseSetupEdition(choice.id);
              }}
            />
            <label htmlFor={`round-edition-${choice.id}`}>{choice.label}</label>
          </div>
        ))}
      </fieldset>
      {isLoadingEdition && <p role="status">Loading the skill areas of that edition…</p>}
      <fieldset className="round-areas" key={framework.id} hidden={isLoadingEdition}>
        <legend>Skill areas the interview covers, and their weight in the total</legend>
        <p className="round-areas__reason muted">{suggested.reason}</p>
        {areas.map((area) => (
          <div key={area.id} className="round-area">
            <div className="round-area__row">
              <input type="checkbox" id={`round-area-${area.id}`} name={`area-${area.id}`} defaultChecked={suggested.ids.includes(area.id)} />
              <label htmlFor={`round-area-${area.id}`}>{area.title}</label>
              <label htmlFor={`round-weight-${area.id}`} className="visually-hidden">
                Weight of {area.title}
              </label>
              <input id={`round-weight-${area.id}`} name={`weight-${area.id}`} type="number" min={0.5} max={10} step={0.5} defaultValue={1} className="round-area__weight" />
            </div>
            <details>
              <summary>Your own questions for {area.title}</summary>
              <label htmlFor={`round-questions-${area.id}`}>Questions, one per line (asked beside the question bank’s)</label>
              <textarea id={`round-questions-${area.id}`} name={`questions-${area.id}`} rows={3} />
            </details>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="round-weight-reason">Why some areas count more (one line; needed when weights differ)</label>
        <input id="round-weight-reason" name="weight-reason" maxLength={300} />
      </div>
      <button type="submit" className="button button--primary">
        Start the round
      </button>
    </form>
  );
}
