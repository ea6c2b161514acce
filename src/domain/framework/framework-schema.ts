import { z } from 'zod/mini';

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

const id = z.string().check(z.regex(ID_PATTERN, 'ids are letters, digits, - and _'));
const text = z.string().check(z.trim(), z.minLength(1, 'text must not be empty'));

const levelSchema = z.object({
  id,
  value: z.int().check(z.gte(1)),
  name: text,
  summary: text,
});

/** An indicator's own level descriptor: long enough to say what a leader does, short enough to read at a glance. */
export const DESCRIPTOR_LENGTH = { min: 40, max: 240 } as const;
const descriptor = z.string().check(
  z.trim(),
  z.minLength(DESCRIPTOR_LENGTH.min, `a level descriptor has at least ${DESCRIPTOR_LENGTH.min} characters`),
  z.maxLength(DESCRIPTOR_LENGTH.max, `a level descriptor has at most ${DESCRIPTOR_LENGTH.max} characters`),
);

const indicatorSchema = z.object({
  id,
  code: text,
  text,
  /** What a leader at each rubric level does or has in place for this indicator, keyed by level id. */
  levels: z.record(z.string(), descriptor),
  /** One or two kinds of evidence a rater could ask to see. */
  evidenceExamples: z.optional(z.array(text).check(z.minLength(1), z.maxLength(2, 'at most two evidence examples'))),
});

const skillAreaSchema = z.object({
  id,
  code: text,
  kind: z.enum(['skillArea', 'coreValue']),
  title: text,
  description: text,
  examWeight: z.optional(z.number().check(z.gt(0), z.lte(1))),
  levelDescriptors: z.record(z.string(), text),
  indicators: z.array(indicatorSchema).check(z.minLength(1, 'every skill area needs indicators')),
});

const categorySchema = z.object({
  id,
  numeral: text,
  title: text,
  description: text,
  skillAreas: z.array(skillAreaSchema).check(z.minLength(1, 'every category needs skill areas')),
});

const frameworkShape = z.object({
  formatVersion: z.literal(1),
  id,
  frameworkId: id,
  title: text,
  edition: text,
  published: z.iso.date(),
  dataVersion: z.int().check(z.gte(1)),
  source: z.object({ publisher: text, credit: text, disclaimer: text }),
  rubric: z.object({
    levels: z.array(levelSchema).check(z.minLength(2)),
    defaultTargetLevelId: id,
    notApplicable: z.object({ id, name: text, summary: text }),
  }),
  categories: z.array(categorySchema).check(z.minLength(1)),
  /** Caveats about the edition's sources (titles that are less certain, for instance), shown on the About screen. */
  notes: z.optional(z.array(text)),
});

type FrameworkShape = z.infer<typeof frameworkShape>;

/** Every rubric level described once, and no level the rubric lacks. */
function checkLevelKeys(owner: string, described: Record<string, string>, levels: FrameworkShape['rubric']['levels']): string[] {
  const problems = levels.filter((level) => !described[level.id]).map((level) => `${owner} does not describe level "${level.id}"`);
  for (const key of Object.keys(described)) {
    if (!levels.some((l) => l.id === key)) problems.push(`${owner} describes unknown level "${key}"`);
  }
  return problems;
}

/** Cross-references a field schema cannot express: unique ids, ordered levels, every level described, no descriptor said twice. */
function checkIntegrity(fw: FrameworkShape): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const claim = (kind: string, value: string) => {
    if (seen.has(value)) problems.push(`duplicate id "${value}" (${kind})`);
    seen.add(value);
  };
  // A descriptor that says the same as another one cannot tell their levels or indicators apart.
  const said = new Map<string, string>();
  const say = (text: string, owner: string) => {
    const key = text.trim().toLowerCase();
    const first = said.get(key);
    if (first) problems.push(`${owner} repeats a level descriptor of ${first}: "${text}"`);
    else said.set(key, owner);
  };
  const { levels, defaultTargetLevelId, notApplicable } = fw.rubric;
  levels.forEach((level, index) => {
    claim('level', level.id);
    if (level.value !== index + 1) problems.push(`level "${level.id}" should have value ${index + 1}`);
  });
  claim('not applicable', notApplicable.id);
  if (!levels.some((l) => l.id === defaultTargetLevelId)) {
    problems.push(`default target "${defaultTargetLevelId}" is not a level`);
  }
  for (const category of fw.categories) {
    claim('category', category.id);
    for (const area of category.skillAreas) {
      claim('skill area', area.id);
      problems.push(...checkLevelKeys(`skill area "${area.id}"`, area.levelDescriptors, levels));
      for (const text of Object.values(area.levelDescriptors)) say(text, `skill area "${area.id}"`);
      for (const indicator of area.indicators) {
        claim('indicator', indicator.id);
        problems.push(...checkLevelKeys(`indicator "${indicator.id}"`, indicator.levels, levels));
        for (const text of Object.values(indicator.levels)) say(text, `indicator "${indicator.id}"`);
      }
    }
  }
  return problems;
}

export const frameworkSchema = frameworkShape.check(
  z.superRefine((fw, ctx) => {
    for (const message of checkIntegrity(fw)) ctx.addIssue(message);
  }),
);
