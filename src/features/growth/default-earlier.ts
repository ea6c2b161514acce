import type { Assessment } from '../../domain/assessment/assessment.ts';

/** The natural baseline for `later`: the one it was started from, else the same person's latest before it. */
export function defaultEarlier(assessments: Assessment[], later: Assessment): Assessment | undefined {
  const source = assessments.find((a) => a.id === later.previousAssessmentId);
  if (source) return source;
  const before = assessments.filter((a) => a.id !== later.id && a.createdAt <= later.createdAt);
  const samePerson = before.filter((a) => a.respondent.name === later.respondent.name);
  return (samePerson.length > 0 ? samePerson : before).at(-1);
}
