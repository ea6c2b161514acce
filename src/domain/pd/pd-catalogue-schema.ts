import { z } from 'zod/mini';
import { ID_PATTERN } from '../framework/framework-schema.ts';

const PD_ID_PATTERN = /^pd-[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = z.string().check(z.regex(ID_PATTERN, 'ids are letters, digits, - and _'));
const text = z.string().check(z.trim(), z.minLength(1, 'text must not be empty'));
const level = z.int().check(z.gte(1, 'levels run from 1 to 4'), z.lte(4, 'levels run from 1 to 4'));

export const PD_PROVIDERS = ['cosn', 'state-chapter', 'professional-body', 'university', 'vendor-neutral-training', 'government', 'peer-network', 'district', 'self-directed'] as const;
export const PD_FORMATS = ['online', 'in-person', 'hybrid', 'self-paced', 'on-the-job'] as const;
export const PD_COSTS = ['free', 'low', 'high'] as const;
/** CETL recertification categories (continuing-education activities) an activity may count toward; "check-with-cosn" where the rule is not published. */
export const CETL_CATEGORIES = [
  'certification-or-micro-credential',
  'professional-membership',
  'published-work',
  'teaching',
  'volunteer-or-leadership',
  'check-with-cosn',
] as const;

const activitySchema = z.object({
  id: z.string().check(z.regex(PD_ID_PATTERN, 'activity ids are kebab-case and start with "pd-"')),
  kind: z.enum(['course', 'certification', 'conference', 'mentoring', 'job-shadowing', 'reading', 'stretch-project', 'network']),
  title: text,
  description: text,
  levels: z.object({ min: level, max: level }),
  effort: z.object({ hours: z.number().check(z.gt(0)), label: text }),
  skillAreaIds: z.array(id).check(z.minLength(1, 'every activity needs at least one skill area')),
  provider: z.enum(PD_PROVIDERS),
  format: z.enum(PD_FORMATS),
  cost: z.enum(PD_COSTS),
  /** Absent where no recertification category applies (work that is part of the job, reading). */
  cetlCategory: z.optional(z.enum(CETL_CATEGORIES)),
  /** Cross-cutting themes an activity serves beyond its skill areas; "ai" for artificial intelligence. */
  topics: z.optional(z.array(z.enum(['ai']))),
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

export type PdCost = PdActivity['cost'];

export const PD_PROVIDER_LABELS: Record<PdActivity['provider'], string> = {
  cosn: 'CoSN',
  'state-chapter': 'State CoSN chapter or CTO council',
  'professional-body': 'Professional association',
  university: 'University or college',
  'vendor-neutral-training': 'Vendor-neutral training provider',
  government: 'Federal or state agency',
  'peer-network': 'Peers in other districts',
  district: 'Your own district',
  'self-directed': 'On your own',
};

export const PD_FORMAT_LABELS: Record<PdActivity['format'], string> = {
  online: 'online',
  'in-person': 'in person',
  hybrid: 'online and in person',
  'self-paced': 'self-paced',
  'on-the-job': 'on the job',
};

export const PD_COST_LABELS: Record<PdCost, string> = { free: 'Free', low: 'Low cost', high: 'High cost' };

/** Credit and cap per three-year cycle as CoSN lists them; where no rule is published, the user is sent to CoSN. */
export const CETL_CATEGORY_LABELS: Record<NonNullable<PdActivity['cetlCategory']>, string> = {
  'certification-or-micro-credential': 'Certification or micro-credential: 4 h each, up to 12 h per cycle',
  'professional-membership': 'Professional membership: 2 h per membership per year',
  'published-work': 'Published work: 4 h per article, up to 12 h per cycle',
  teaching: 'Teaching, first delivery only: 1 h per hour, up to 30 h per cycle',
  'volunteer-or-leadership': 'Volunteer or leadership work, unpaid and outside your job: 1 h per hour, up to 20 h per cycle',
  'check-with-cosn': 'May count toward recertification: check with CoSN',
};
