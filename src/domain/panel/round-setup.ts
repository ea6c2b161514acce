import type { Framework } from '../framework/framework.ts';
import { skillAreasOf } from '../framework/framework.ts';

/**
 * The areas a CTO interview covers unless the chair changes them: a one-hour panel probes about six areas
 * well, and these are the ones districts most often hire a technology leader for. Area ids differ between
 * editions (the 2019 edition retired Stakeholder Focus and added Data Privacy and Security), so each has its own.
 */
const SUGGESTED_BY_EDITION: Record<string, { ids: string[]; reason: string }> = {
  'cosn-cto-2009': {
    ids: ['1', '2', '5', '6', '7', 'CV1'],
    reason:
      'Suggested for a CTO interview: an hour-long panel can probe about six areas in depth, and these cover setting a vision and a plan, ' +
      'building the team, working with families and staff, running the technology operation, and communicating. Add or remove areas to fit the post.',
  },
  'cosn-cto-2019': {
    ids: ['1', '2', '5', '7', 'DPS', 'CV1'],
    reason:
      'Suggested for a CTO interview: an hour-long panel can probe about six areas in depth, and these cover setting a vision and a plan, ' +
      'building the team, running the technology operation, protecting student and staff data, and communicating. Add or remove areas to fit the post.',
  },
};

const FALLBACK_REASON = 'An hour-long panel can probe about six areas in depth: choose the ones this post most depends on.';

/** The suggested areas this edition has, in framework order, and why they are suggested. */
export function suggestedAreas(framework: Framework): { ids: string[]; reason: string } {
  const suggested = SUGGESTED_BY_EDITION[framework.id];
  const ids = skillAreasOf(framework)
    .map((area) => area.id)
    .filter((id) => suggested?.ids.includes(id));
  return { ids, reason: suggested && ids.length > 0 ? suggested.reason : FALLBACK_REASON };
}
