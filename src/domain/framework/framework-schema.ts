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

const indicatorSchema = z.object({ id, code: text, text });

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
});

type FrameworkShape = z.infer<typeof frameworkShape>;

/** Cross-references a field schema cannot express: unique ids, ordered levels, every level described. */
function checkIntegrity(fw: FrameworkShape): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const claim = (kind: string, value: string) => {
    if (seen.has(value)) problems.push(`duplicate id "${value}" (${kind})`);
    seen.add(value);
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
      for (const level of levels) {
        if (!area.levelDescriptors[level.id]) problems.push(`skill area "${area.id}" does not describe level "${level.id}"`);
      }
      for (const key of Object.keys(area.levelDescriptors)) {
        if (!levels.some((l) => l.id === key)) problems.push(`skill area "${area.id}" describes unknown level "${key}"`);
      }
      for (const indicator of area.indicators) claim('indicator', indicator.id);
    }
  }
  return problems;
}

export const frameworkSchema = frameworkShape.check(
  z.superRefine((fw, ctx) => {
    for (const message of checkIntegrity(fw)) ctx.addIssue(message);
  }),
);
