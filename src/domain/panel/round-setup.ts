import type { Framework } from '../framework/framework.ts';
import { skillAreasOf } from '../framework/framework.ts';

/**
 * The areas a CTO interview covers unless the chair changes them: a one-hour panel probes about six areas
 * well, and these are the ones districts most often hire a technology leader for.
 */
const SUGGESTED_CTO_AREAS = ['1', '2', '5', '6', '7', 'CV1'];

export const SUGGESTED_AREAS_REASON =
  'Suggested for a CTO interview: an hour-long panel can probe about six areas in depth, and these cover setting a vision and a plan, ' +
  'building the team, working with families and staff, running the technology operation, and communicating. Add or remove areas to fit the post.';

/** The suggested areas this edition has, in framework order. */
export function suggestedAreaIds(framework: Framework): string[] {
  return skillAreasOf(framework)
    .map((area) => area.id)
    .filter((id) => SUGGESTED_CTO_AREAS.includes(id));
}
