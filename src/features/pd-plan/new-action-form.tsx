import type { FormEvent } from 'react';
import { useState } from 'react';
import type { SkillArea } from '../../domain/framework/framework.ts';
import { formText } from '../../lib/form-text.ts';
import { useAssessmentActions } from '../../state/assessment-store.ts';

export function NewActionForm({ skillAreas }: { skillAreas: SkillArea[] }) {
  const { addPdAction } = useAssessmentActions();
  const [titleError, setTitleError] = useState<string>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const title = formText(form, 'title').trim();
    if (!title) {
      setTitleError('Give the action a short title, for example "Shadow our CFO during budget season".');
      document.getElementById('new-action-title')?.focus();
      return;
    }
    setTitleError(undefined);
    const area = formText(form, 'skillArea');
    addPdAction({ title, goal: formText(form, 'goal'), skillAreaIds: area ? [area] : [], dueDate: formText(form, 'dueDate') || undefined });
    formElement.reset();
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="new-action-heading">
      <h2 id="new-action-heading">Add your own action</h2>
      <div className="field">
        <label htmlFor="new-action-title">Action (required)</label>
        <input
          id="new-action-title"
          name="title"
          maxLength={200}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? 'new-action-title-error' : undefined}
        />
        {titleError && (
          <p id="new-action-title-error" className="field__error">
            {titleError}
          </p>
        )}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="new-action-area">Skill area</label>
          <select id="new-action-area" name="skillArea" defaultValue="">
            <option value="">None in particular</option>
            {skillAreas.map((area) => (
              <option key={area.id} value={area.id}>
                {area.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="new-action-due">Due date</label>
          <input id="new-action-due" name="dueDate" type="date" />
        </div>
      </div>
      <div className="field">
        <label htmlFor="new-action-goal">Goal</label>
        <textarea id="new-action-goal" name="goal" rows={2} />
      </div>
      <button type="submit" className="button button--primary">
        Add to plan
      </button>
    </form>
  );
}
