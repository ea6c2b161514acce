import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameworkSchema } from '../../src/domain/framework/framework-schema.ts';
import { skillAreasOf } from '../../src/domain/framework/framework.ts';
import type { PdActivity, PdActivityKind, PdCatalogue } from '../../src/domain/pd/pd-catalogue-schema.ts';
import {
  CETL_CATEGORY_LABELS,
  PD_COST_LABELS,
  PD_COSTS,
  PD_FORMAT_LABELS,
  PD_KIND_LABELS,
  PD_PROVIDER_LABELS,
  pdCatalogueSchema,
} from '../../src/domain/pd/pd-catalogue-schema.ts';

const dataDir = join(import.meta.dirname, '../../framework-data');
const load = (file: string): unknown => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));

const raw = load('pd-catalogue.json');
const edition = frameworkSchema.parse(load('editions/cosn-cto-2009.json'));
const edition2019 = frameworkSchema.parse(load('editions/cosn-cto-2019.json'));
const areas = skillAreasOf(edition);
// Skill areas keep their ids across editions: the 2019 edition adds only Data Privacy and Security (DPS).
const allAreas = [...areas, ...skillAreasOf(edition2019).filter((area) => !areas.some((a) => a.id === area.id))];
const catalogue: PdCatalogue = pdCatalogueSchema.parse(raw);

const ALL_KINDS: PdActivityKind[] = ['course', 'certification', 'conference', 'mentoring', 'job-shadowing', 'reading', 'stretch-project', 'network'];
const SKILL_AREA_IDS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];

const servingArea = (areaId: string): PdActivity[] => catalogue.activities.filter((a) => a.skillAreaIds.includes(areaId));

/** Messages of a failed parse, or [] when it passed. */
function problems(value: unknown): string[] {
  const result = pdCatalogueSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** A fresh copy of the shipped catalogue, with one activity changed. */
function withActivity(index: number, change: Record<string, unknown>): unknown {
  const copy = structuredClone(raw) as { activities: Record<string, unknown>[] };
  copy.activities[index] = { ...copy.activities[index], ...change };
  return copy;
}

describe('pd-catalogue.json', () => {
  it('parses against the PD catalogue schema', () => {
    expect(problems(raw)).toEqual([]);
  });

  it('names the shipped edition and uses only its skill-area ids', () => {
    expect(catalogue.editionIds).toEqual([edition.id, edition2019.id]);
    const known = new Set(allAreas.map((area) => area.id));
    const unknown = catalogue.activities.flatMap((a) => a.skillAreaIds.filter((id) => !known.has(id)).map((id) => `${a.id}: ${id}`));
    expect(unknown).toEqual([]);
  });

  it.each(SKILL_AREA_IDS)('serves skill area %s with at least 5 activities', (areaId) => {
    expect(areas.find((area) => area.id === areaId)?.kind).toBe('skillArea');
    expect(servingArea(areaId).length).toBeGreaterThanOrEqual(5);
  });

  it('serves every core value with at least 3 activities', () => {
    const coreValues = areas.filter((area) => area.kind === 'coreValue');
    expect(coreValues.map((cv) => cv.id)).toEqual(['CV1', 'CV2', 'CV3', 'CV4', 'CV5']);
    const thin = coreValues.filter((cv) => servingArea(cv.id).length < 3).map((cv) => cv.id);
    expect(thin).toEqual([]);
  });

  it.each(SKILL_AREA_IDS)('has something for a beginner (min 1) and for a leader (max 4) in skill area %s', (areaId) => {
    const activities = servingArea(areaId);
    expect(activities.some((a) => a.levels.min === 1)).toBe(true);
    expect(activities.some((a) => a.levels.max === 4)).toBe(true);
  });

  it('serves Data Privacy and Security and AI with at least 4 activities each, from a beginner up', () => {
    const dps = servingArea('DPS');
    const ai = catalogue.activities.filter((a) => a.topics?.includes('ai'));
    expect(dps.length).toBeGreaterThanOrEqual(4);
    expect(ai.length).toBeGreaterThanOrEqual(4);
    for (const activities of [dps, ai]) expect(activities.some((a) => a.levels.min === 1)).toBe(true);
  });

  it('gives every activity a provider, format, effort and cost band, and every course or conference a CETL note', () => {
    const counts = Object.fromEntries(PD_COSTS.map((cost) => [cost, catalogue.activities.filter((a) => a.cost === cost).length]));
    console.info(`PD catalogue: ${catalogue.activities.length} activities, by cost ${JSON.stringify(counts)}`);
    const unlabelled = catalogue.activities.filter((a) => !PD_PROVIDER_LABELS[a.provider] || !PD_FORMAT_LABELS[a.format] || !PD_COST_LABELS[a.cost]);
    expect(unlabelled).toEqual([]);
    const paidLearning = catalogue.activities.filter((a) => (a.kind === 'course' || a.kind === 'conference') && !a.cetlCategory).map((a) => a.id);
    expect(paidLearning).toEqual([]);
    expect(CETL_CATEGORY_LABELS['check-with-cosn']).toMatch(/check with CoSN/);
  });

  it('refuses an activity without a cost band or with an unknown CETL category', () => {
    expect(problems(withActivity(0, { cost: undefined }))).toEqual([expect.stringMatching(/^activities\.0\.cost: /)]);
    expect(problems(withActivity(0, { cetlCategory: 'webinar' }))).toEqual([expect.stringMatching(/^activities\.0\.cetlCategory: /)]);
  });

  it('uses all eight kinds, each with a label', () => {
    const used = new Set(catalogue.activities.map((a) => a.kind));
    expect([...used].sort()).toEqual([...ALL_KINDS].sort());
    expect(Object.keys(PD_KIND_LABELS).sort()).toEqual([...ALL_KINDS].sort());
    expect(PD_KIND_LABELS['stretch-project']).toBe('Stretch project in your district');
    expect(PD_KIND_LABELS.certification).toBe('CETL certification track');
  });
});

describe('pdCatalogueSchema', () => {
  it('rejects a duplicate id, naming it', () => {
    const [first] = catalogue.activities;
    expect(problems(withActivity(1, { id: first?.id }))).toEqual([`activities.1.id: duplicate id "${first?.id}"`]);
  });

  it('rejects levels.min above levels.max', () => {
    const id = catalogue.activities[2]?.id;
    expect(problems(withActivity(2, { levels: { min: 3, max: 2 } }))).toEqual([`activities.2.levels: activity "${id}" has levels.min above levels.max`]);
  });

  it('rejects an empty skillAreaIds', () => {
    expect(problems(withActivity(0, { skillAreaIds: [] }))).toEqual(['activities.0.skillAreaIds: every activity needs at least one skill area']);
  });

  it('rejects a skill area listed twice in one activity', () => {
    const id = catalogue.activities[0]?.id;
    expect(problems(withActivity(0, { skillAreaIds: ['2', '1', '2'] }))).toEqual([`activities.0.skillAreaIds: activity "${id}" lists skill area "2" twice`]);
  });

  it.each([
    ['does not start with "pd-"', 'strategic-plan'],
    ['is not kebab-case', 'pd-Strategic_Plan'],
    ['is only the prefix', 'pd-'],
  ])('rejects an id that %s', (_label, id) => {
    expect(problems(withActivity(0, { id }))).toEqual(['activities.0.id: activity ids are kebab-case and start with "pd-"']);
  });

  it.each([
    ['0', { min: 0, max: 2 }, 'activities.0.levels.min'],
    ['5', { min: 2, max: 5 }, 'activities.0.levels.max'],
    ['1.5', { min: 1.5, max: 2 }, 'activities.0.levels.min'],
  ])('rejects a level of %s', (_label, levels, path) => {
    const found = problems(withActivity(0, { levels }));
    expect(found).toHaveLength(1);
    expect(found[0]?.startsWith(`${path}: `)).toBe(true);
  });

  it.each([
    ['an unknown kind', { kind: 'webinar' }, 'activities.0.kind'],
    ['a blank title', { title: '   ' }, 'activities.0.title'],
    ['no effort', { effort: undefined }, 'activities.0.effort'],
    ['zero hours', { effort: { hours: 0, label: 'None' } }, 'activities.0.effort.hours'],
  ])('rejects %s', (_label, change, path) => {
    const found = problems(withActivity(0, change));
    expect(found).toHaveLength(1);
    expect(found[0]?.startsWith(`${path}: `)).toBe(true);
  });

  it('rejects a catalogue of another format version', () => {
    expect(problems({ ...(raw as object), formatVersion: 2 })).toEqual([expect.stringMatching(/^formatVersion: /)]);
  });
});
