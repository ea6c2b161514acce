import type { FormEvent } from 'react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { DEFAULT_EDITION_ID, EDITION_CHOICES } from '../../config/editions.ts';
import { paths } from '../../config/paths.ts';
import { formText } from '../../lib/form-text.ts';
import { useStoreScope } from '../../state/store-context.tsx';

export function NewAssessmentForm() {
  const navigate = useNavigate();
  const stores = useStoreScope();
  const [titleError, setTitleError] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => formText(form, name);
    setIsBusy(true);
    // The rules and the store (storage with it) load on first use, keeping this form in the first screen's small
    // download; by the time anyone submits, the list below has usually loaded them already.
    const [{ isValidTitle }, { createAssessmentListStore }] = await Promise.all([
      import('../../domain/assessment/assessment.ts'),
      import('../../state/assessment-list-store.ts'),
    ]);
    if (!isValidTitle(field('title'))) {
      setIsBusy(false);
      setTitleError('Give the assessment a title, for example "Self-assessment, fall 2026".');
      document.getElementById('new-title')?.focus();
      return;
    }
    setTitleError(undefined);
    const assessment = await stores.get(createAssessmentListStore).startAssessment({
      title: field('title'),
      respondent: { name: field('name'), role: field('role'), district: field('district') },
      editionId: field('edition') || DEFAULT_EDITION_ID,
    });
    setIsBusy(false);
    if (assessment) await navigate(paths.assessment.href(assessment.id));
  };

  return (
    <form className="card new-assessment" onSubmit={submit} noValidate aria-labelledby="new-assessment-heading">
      <h2 id="new-assessment-heading">Start a new self-assessment</h2>
      <div className="field">
        <label htmlFor="new-title">Title (required)</label>
        <input
          id="new-title"
          name="title"
          required
          maxLength={200}
          autoComplete="off"
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? 'new-title-error' : undefined}
        />
        {titleError && (
          <p id="new-title-error" className="field__error">
            {titleError}
          </p>
        )}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="new-name">Your name</label>
          <input id="new-name" name="name" autoComplete="name" maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="new-role">Role</label>
          <input id="new-role" name="role" autoComplete="organization-title" maxLength={200} placeholder="e.g. Director of Technology" />
        </div>
        <div className="field">
          <label htmlFor="new-district">District</label>
          <input id="new-district" name="district" autoComplete="organization" maxLength={200} />
        </div>
      </div>
      <fieldset className="edition-choice" aria-describedby="new-edition-hint">
        <legend>Framework edition</legend>
        <p id="new-edition-hint" className="field__hint">
          The CETL exam has used the December 2019 edition since 2020; it adds Data Privacy and Security. Pick 2009 to continue a 2009
          series: both stay fully supported.
        </p>
        {EDITION_CHOICES.map((choice) => (
          <div key={choice.id} className="edition-choice__option">
            <input type="radio" id={choice.id} name="edition" value={choice.id} defaultChecked={choice.id === DEFAULT_EDITION_ID} />
            <label htmlFor={choice.id}>{choice.label}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="button button--primary" disabled={isBusy}>
        Start assessment
      </button>
    </form>
  );
}
