import { plural } from '../plural.ts';
import type { FeedbackRequest } from './feedback.ts';

/**
 * Whether colleagues' feedback exists for an assessment, said plainly and never as a reproach: the count
 * of colleagues' responses imported into its requests, and whether any request was made at all.
 */
export interface FeedbackPresence {
  requests: number;
  /** Each response is one colleague's answers (a colleague who answers again replaces their earlier ones). */
  colleagues: number;
}

export const NO_FEEDBACK: FeedbackPresence = { requests: 0, colleagues: 0 };

/** Each assessment's feedback, by assessment id; an assessment with no request is absent. */
export function feedbackPresenceByAssessment(requests: readonly FeedbackRequest[]): Map<string, FeedbackPresence> {
  const byAssessment = new Map<string, FeedbackPresence>();
  for (const request of requests) {
    const known = byAssessment.get(request.assessmentId) ?? NO_FEEDBACK;
    byAssessment.set(request.assessmentId, { requests: known.requests + 1, colleagues: known.colleagues + request.responses.length });
  }
  return byAssessment;
}

/** The sentence and the one next step: see it, import the answers, or ask. */
export function describeFeedbackPresence(presence: FeedbackPresence): { text: string; action: string } {
  if (presence.colleagues > 0) return { text: `Feedback from ${plural(presence.colleagues, 'colleague', 'colleagues')}.`, action: 'See it' };
  if (presence.requests > 0) return { text: 'Colleagues’ feedback asked for; no answers imported yet.', action: 'Import their answers' };
  return { text: 'No colleagues’ feedback yet.', action: 'Ask for it' };
}
