import { MAX_CANDIDATES, MAX_PANELISTS } from '../../domain/panel/panel-records.ts';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Framework } from '../../domain/framework/framework.ts';
import { skillAreasOf } from '../../domain/framework/framework.ts';
import { paths } from '../../config/paths.ts';
import { formText } from '../../lib/form-text.ts';
import { usePanelActions } from '../../state/panel-store.ts';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function NewRoundForm({ framework }: { framework: Framework }) {
  const { startRound } = usePanelActions();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<string[]>([]);
  const areas = skillAreasOf(framework);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const positionTitle = formText(form, 'position').trim();
    const candidates = lines(formText(form, 'candidates'));
    const panelists = lines(formText(form, 'panelists')).map((line) => {
      const [name = '', ...role] = line.split(',');
      return { name: name.trim(), role: role.join(',').trim() };
    });
    const skillAreaIds = areas.filter((area) => form.get(`area-${area.id}`) === 'on').map((area) => area.id);
    const weights = Object.fromEntries(
      skillAreaIds.map((id) => [id, Number(formText(form, `weight-${id}`) || '1')] as const).filter(([, w]) => Number.isFinite(w) && w > 0 && w !== 1),
    );
    const problems = [
      ...(positionTitle ? [] : ['Give the position a title.']),
      ...(candidates.length > 0 ? [] : ['List at least one candidate.']),
      ...(candidates.length <= MAX_CANDIDATES ? [] : [`List at most ${MAX_CANDIDATES} candidates.`]),
      ...(panelists.length > 0 ? [] : ['List at least one panelist.']),
      ...(panelists.length <= MAX_PANELISTS ? [] : [`List at most ${MAX_PANELISTS} panelists.`]),
      ...(skillAreaIds.length > 0 ? [] : ['Choose at least one skill area.']),
    ];
    setErrors(problems);
    if (problems.length > 0) return;
    const round = await startRound({ positionTitle, district: formText(form, 'district'), candidates, panelists, skillAreaIds, weights });
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
      <fieldset className="round-areas">
        <legend>Skill areas the interview covers, and their weight in the total</legend>
        {areas.map((area) => (
          <div key={area.id} className="round-area">
            <input type="checkbox" id={`round-area-${area.id}`} name={`area-${area.id}`} defaultChecked />
            <label htmlFor={`round-area-${area.id}`}>{area.title}</label>
            <label htmlFor={`round-weight-${area.id}`} className="visually-hidden">
              Weight of {area.title}
            </label>
            <input id={`round-weight-${area.id}`} name={`weight-${area.id}`} type="number" min={0.5} max={10} step={0.5} defaultValue={1} className="round-area__weight" />
          </div>
        ))}
      </fieldset>
      <button type="submit" className="button button--primary">
        Start the round
      </button>
    </form>
  );
}
