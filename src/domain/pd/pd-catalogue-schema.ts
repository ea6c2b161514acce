import { z } from 'zod/mini';
import { ID_PATTERN } from '../framework/framework-schema.ts';

const PD_ID_PATTERN = /^pd-[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = z.string().check(z.regex(ID_PATTERN, 'ids are letters, digits, - and _'));
const text = z.string().check(z.trim(), z.minLength(1, 'text must not be empty'));
const level = z.int().check(z.gte(1, 'levels run from 1 to 4'), z.lte(4, 'levels run from 1 to 4'));

const activitySchema = z.object({
  id: z.string().check(z.regex(PD_ID_PATTERN, 'activity ids are kebab-case and start with "pd-"')),
  kind: z.enum(['course', 'certification', 'conference', 'mentoring', 'job-shadowing', 'reading', 'stretch-project', 'network']),
  title: text,
  description: text,
  levels: z.object({ min: level, max: level }),
  effort: z.object({ hours: z.number().check(z.gt(0)), label: text }),
  skillAreaIds: z.array(id).check(z.minLength(1, 'every activity needs at least one skill area')),
});

const catalogueShape = z.object({
  formatVersion: z.literal(1),
  editionIds: z.array(id).check(z.minLength(1)),
  activities: z.array(activitySchema).check(z.minLength(1)),
});

type CatalogueShape = z.infer<typeof catalogueShape>;

interface Problem {
  message: string;
  path: (string | number)[];
}

/** Cross-references a field schema cannot express: unique ids, ordered level ranges, no repeated areas. */
function checkIntegrity(catalogue: CatalogueShape): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  catalogue.activities.forEach((activity, index) => {
    const at = ['activities', index];
    if (seen.has(activity.id)) problems.push({ message: `duplicate id "${activity.id}"`, path: [...at, 'id'] });
    seen.add(activity.id);
    if (activity.levels.min > activity.levels.max) {
      problems.push({ message: `activity "${activity.id}" has levels.min above levels.max`, path: [...at, 'levels'] });
    }
    const areas = new Set<string>();
    for (const areaId of activity.skillAreaIds) {
      if (areas.has(areaId)) problems.push({ message: `activity "${activity.id}" lists skill area "${areaId}" twice`, path: [...at, 'skillAreaIds'] });
      areas.add(areaId);
    }
  });
  return problems;
}

export const pdCatalogueSchema = catalogueShape.check(
  z.superRefine((catalogue, ctx) => {
    for (const { message, path } of checkIntegrity(catalogue)) ctx.addIssue({ code: 'custom', message, path, input: catalogue });
  }),
);

export type PdCatalogue = z.infer<typeof pdCatalogueSchema>;
export type PdActivity = PdCatalogue['activities'][number];
export type PdActivityKind = PdActivity['kind'];

export const PD_KIND_LABELS: Record<PdActivityKind, string> = {
  course: 'Course',
  certification: 'CETL certification track',
  conference: 'Conference or event',
  mentoring: 'Mentoring',
  'job-shadowing': 'Job shadowing',
  reading: 'Reading',
  'stretch-project': 'Stretch project in your district',
  network: 'Professional learning network',
};
