import { z } from 'zod/mini';
import type { Framework } from './framework.ts';
import { skillAreasOf } from './framework.ts';
import { ID_PATTERN } from './framework-schema.ts';

/**
 * Which of another body's standards each skill area also serves (the ISTE Standards for Education Leaders),
 * for districts that evaluate their leaders against those. Skill areas keep their ids across editions, so one
 * list serves every edition it names.
 */
const id = z.string().check(z.regex(ID_PATTERN, 'ids are letters, digits, - and _'));
const text = z.string().check(z.trim(), z.minLength(1, 'text must not be empty'));

export const standardsCrosswalkSchema = z.object({
  formatVersion: z.literal(1),
  standards: z.object({
    publisher: text,
    title: text,
    version: text,
    items: z.array(z.object({ id, title: text })).check(z.minLength(1)),
  }),
  editionIds: z.array(id).check(z.minLength(1)),
  skillAreas: z.array(z.object({ skillAreaId: id, standardIds: z.array(id).check(z.minLength(1)), reason: text })),
});

export type StandardsCrosswalk = z.infer<typeof standardsCrosswalkSchema>;
export type Standard = StandardsCrosswalk['standards']['items'][number];

/** Everything wrong with the crosswalk for these editions: every area listed once, every id known, every standard served. */
export function checkStandardsCrosswalk(crosswalk: StandardsCrosswalk, editions: Framework[]): string[] {
  const problems: string[] = [];
  const listed = crosswalk.skillAreas.map((row) => row.skillAreaId);
  const standardIds = new Set(crosswalk.standards.items.map((item) => item.id));
  const areaIds = new Set(editions.flatMap((edition) => skillAreasOf(edition).map((area) => area.id)));
  for (const edition of editions) {
    if (!crosswalk.editionIds.includes(edition.id)) problems.push(`the crosswalk does not name edition "${edition.id}"`);
    for (const area of skillAreasOf(edition)) {
      const count = listed.filter((each) => each === area.id).length;
      if (count !== 1) problems.push(`skill area "${area.id}" of ${edition.id} is listed ${count} times`);
    }
  }
  for (const row of crosswalk.skillAreas) {
    if (!areaIds.has(row.skillAreaId)) problems.push(`skill area "${row.skillAreaId}" is in none of the editions`);
    for (const each of row.standardIds) if (!standardIds.has(each)) problems.push(`skill area "${row.skillAreaId}" names unknown standard "${each}"`);
  }
  for (const standard of crosswalk.standards.items) {
    if (!crosswalk.skillAreas.some((row) => row.standardIds.includes(standard.id))) problems.push(`no skill area serves standard "${standard.id}"`);
  }
  return problems;
}

/** The standards a skill area also counts toward, in the crosswalk's order; none for an area it does not list. */
export function standardsFor(crosswalk: StandardsCrosswalk, skillAreaId: string): Standard[] {
  const row = crosswalk.skillAreas.find((each) => each.skillAreaId === skillAreaId);
  return crosswalk.standards.items.filter((item) => row?.standardIds.includes(item.id));
}
