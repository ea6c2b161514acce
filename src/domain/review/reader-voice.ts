import type { Assessment } from '../assessment/assessment.ts';

/**
 * Who a screen speaks to. The owner reads "your plan"; the reader of a received copy (a superintendent, say) reads
 * about its author by name: "Ada Lovelace’s plan", "Ada Lovelace marked this high importance".
 */
export interface ReaderVoice {
  isOwner: boolean;
  /** "you", or the author's name. */
  subject: string;
  /** "your", or "Ada Lovelace’s". */
  possessive: string;
  /** The author's name as a reader sees it ("the author" when the copy names nobody). */
  owner: string;
}

export function ownerNameOf(assessment: Pick<Assessment, 'respondent'>): string {
  return assessment.respondent.name.trim() || 'the author';
}

export function readerVoice(assessment: Pick<Assessment, 'respondent' | 'received'>): ReaderVoice {
  const owner = ownerNameOf(assessment);
  if (!assessment.received) return { isOwner: true, subject: 'you', possessive: 'your', owner };
  return { isOwner: false, subject: owner, possessive: `${owner}’s`, owner };
}

/** A sentence's first word with a capital: "Your plan", "Ada Lovelace’s plan", "The author’s plan". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
