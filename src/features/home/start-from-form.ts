import { isValidTitle } from '../../domain/assessment/assessment.ts';
import { DEFAULT_EDITION_ID } from '../../config/editions.ts';
import { formText } from '../../lib/form-text.ts';
import type { StoreScope } from '../../state/store-scope.ts';
import { createAssessmentListStore } from '../../state/assessment-list-store.ts';

export type StartOutcome = { assessmentId: string } | { titleError: string } | undefined;

/**
 * The start form's submit: the title rule, then the new assessment in storage. Loaded on first use, so the rules and
 * the store (storage with it) stay out of the first screen's download; by the time anyone submits, the list below has
 * usually loaded them already. Undefined when storage refused (the list says why).
 */
export async function startFromForm(form: FormData, stores: StoreScope): Promise<StartOutcome> {
  const field = (name: string) => formText(form, name);
  if (!isValidTitle(field('title'))) return { titleError: 'Give the assessment a title, for example "Self-assessment, fall 2026".' };
  const assessment = await stores.get(createAssessmentListStore).startAssessment({
    title: field('title'),
    respondent: { name: field('name'), role: field('role'), district: field('district') },
    editionId: field('edition') || DEFAULT_EDITION_ID,
  });
  return assessment && { assessmentId: assessment.id };
}
