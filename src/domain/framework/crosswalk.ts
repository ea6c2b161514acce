import { z } from 'zod/mini';
import type { Framework } from './framework.ts';
import { indicatorsOf, skillAreasOf } from './framework.ts';
import { ID_PATTERN } from './framework-schema.ts';

/**
 * How one edition's skill areas and indicators became the next edition's. Each mapping says what happened
 * (same, moved to another area, split into several, merged from several, new, retired) and why, in one line.
 */
export const CHANGE_KINDS = ['same', 'moved', 'split', 'merged', 'new', 'retired'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

const id = z.string().check(z.regex(ID_PATTERN, 'ids are letters, digits, - and _'));
const text = z.string().check(z.trim(), z.minLength(1, 'text must not be empty'));

const mappingSchema = z.object({
  from: z.array(id),
  to: z.array(id),
  change: z.enum(CHANGE_KINDS),
  reason: text.check(z.maxLength(200, 'a reason is one line (at most 200 characters)')),
});

export const crosswalkSchema = z.object({
  formatVersion: z.literal(1),
  fromEditionId: id,
  toEditionId: id,
  skillAreas: z.array(mappingSchema).check(z.minLength(1)),
  indicators: z.array(mappingSchema).check(z.minLength(1)),
});

export type Crosswalk = z.infer<typeof crosswalkSchema>;
export type Mapping = Crosswalk['indicators'][number];

/** How many ids each kind of change takes from the older edition and gives to the newer: [from, to]. */
const SHAPES: Record<ChangeKind, (from: number, to: number) => boolean> = {
  same: (from, to) => from === 1 && to === 1,
  moved: (from, to) => from === 1 && to === 1,
  split: (from, to) => from === 1 && to >= 2,
  merged: (from, to) => from >= 2 && to === 1,
  new: (from, to) => from === 0 && to >= 1,
  retired: (from, to) => from >= 1 && to === 0,
};

/** Two editions and the crosswalk from the older to the newer. */
export interface EditionMove {
  from: Framework;
  to: Framework;
  crosswalk: Crosswalk;
}

/** A one-to-one mapping carries an answer as it was; every other kind asks the user to check it. */
export const isOneToOne = (mapping: Mapping): boolean => mapping.change === 'same' || mapping.change === 'moved';

function checkMappings(kind: string, mappings: Mapping[], fromIds: string[], toIds: string[]): string[] {
  const problems: string[] = [];
  const known = { from: new Set(fromIds), to: new Set(toIds) };
  const used = { from: new Map<string, number>(), to: new Map<string, number>() };
  mappings.forEach((mapping, index) => {
    const where = `${kind} mapping ${index + 1} (${mapping.from.join('+') || '—'} → ${mapping.to.join('+') || '—'})`;
    if (!SHAPES[mapping.change](mapping.from.length, mapping.to.length)) problems.push(`${where} does not have the shape of "${mapping.change}"`);
    for (const side of ['from', 'to'] as const) {
      for (const mapped of mapping[side]) {
        if (!known[side].has(mapped)) problems.push(`${where} names ${kind} "${mapped}", which the ${side === 'from' ? 'older' : 'newer'} edition does not have`);
        used[side].set(mapped, (used[side].get(mapped) ?? 0) + 1);
      }
    }
  });
  for (const side of ['from', 'to'] as const) {
    const ids = side === 'from' ? fromIds : toIds;
    const word = side === 'from' ? 'older' : 'newer';
    for (const each of ids) {
      const count = used[side].get(each) ?? 0;
      if (count === 0) problems.push(`${kind} "${each}" of the ${word} edition is neither mapped nor marked ${side === 'from' ? 'retired' : 'new'}`);
      if (count > 1) problems.push(`${kind} "${each}" of the ${word} edition is in ${count} mappings`);
    }
  }
  return problems;
}

/** Everything wrong with a crosswalk between these two editions; empty when every id exists and is mapped exactly once. */
export function checkCrosswalk(crosswalk: Crosswalk, from: Framework, to: Framework): string[] {
  const problems: string[] = [];
  if (crosswalk.fromEditionId !== from.id) problems.push(`the crosswalk starts from "${crosswalk.fromEditionId}", not "${from.id}"`);
  if (crosswalk.toEditionId !== to.id) problems.push(`the crosswalk leads to "${crosswalk.toEditionId}", not "${to.id}"`);
  const areaIds = (fw: Framework) => skillAreasOf(fw).map((area) => area.id);
  const indicatorIds = (fw: Framework) => indicatorsOf(fw).map((indicator) => indicator.id);
  problems.push(...checkMappings('skill area', crosswalk.skillAreas, areaIds(from), areaIds(to)));
  problems.push(...checkMappings('indicator', crosswalk.indicators, indicatorIds(from), indicatorIds(to)));
  return problems;
}

/** The mapping that leads to this newer-edition skill area or indicator, if any. */
export function mappingTo(mappings: Mapping[], toId: string): Mapping | undefined {
  return mappings.find((mapping) => mapping.to.includes(toId));
}
