import { describe, expect, it } from 'vitest';
import type { Framework } from '../../src/domain/framework/framework.ts';
import { findLevel, indicatorsOf, placeSkillArea, skillAreaLabel, skillAreasOf } from '../../src/domain/framework/framework.ts';
import { frameworkSchema } from '../../src/domain/framework/framework-schema.ts';
import { editableFramework, shippedFramework as fw } from './shipped-framework.ts';

const SKILL_AREAS: [id: string, title: string, categoryId: string, examWeight: number][] = [
  ['1', 'Leadership and Vision', 'I', 0.15],
  ['2', 'Strategic Planning', 'I', 0.15],
  ['3', 'Ethics and Policies', 'I', 0.1],
  ['4', 'Instructional Focus and Professional Development', 'II', 0.12],
  ['5', 'Team Building and Staffing', 'II', 0.09],
  ['6', 'Stakeholder Focus', 'II', 0.09],
  ['7', 'Information Technology Management', 'III', 0.09],
  ['8', 'Communication Systems Management', 'III', 0.07],
  ['9', 'Business Management', 'III', 0.07],
  ['10', 'Data Management', 'III', 0.07],
];

const CORE_VALUES = ['Communicator', 'Exhibits Courage', 'Flexible and Adaptable', 'Results-Oriented', 'Innovative'];

function categoryOfArea(id: string): string | undefined {
  return fw.categories.find((c) => c.skillAreas.some((a) => a.id === id))?.id;
}

function areaById(framework: Framework, id: string) {
  const found = skillAreasOf(framework).find((a) => a.id === id);
  if (!found) throw new Error(`no skill area ${id}`);
  return found;
}

describe('framework queries', () => {
  it('skillAreasOf walks categories I to IV in order', () => {
    expect(skillAreasOf(fw).map((a) => a.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'CV1', 'CV2', 'CV3', 'CV4', 'CV5']);
  });

  it('indicatorsOf lists every indicator once, area by area', () => {
    const ids = indicatorsOf(fw).map((i) => i.id);
    expect(ids).toHaveLength(92);
    expect(ids.slice(0, 3)).toEqual(['1A', '1B', '1C']);
    expect(ids.at(-1)).toBe('CV5C');
  });

  it.each([
    ['1', 0, 'I', undefined, '2'],
    ['2', 1, 'I', '1', '3'],
    ['3', 2, 'I', '2', '4'],
    ['4', 3, 'II', '3', '5'],
    ['10', 9, 'III', '9', 'CV1'],
    ['CV1', 10, 'IV', '10', 'CV2'],
    ['CV5', 14, 'IV', 'CV4', undefined],
  ])('placeSkillArea(%j) is #%i in %s, after %j and before %j', (id, index, categoryId, previous, next) => {
    const place = placeSkillArea(fw, id);
    expect(place?.skillArea.id).toBe(id);
    expect(place?.index).toBe(index);
    expect(place?.category.id).toBe(categoryId);
    expect(place?.previous?.id).toBe(previous);
    expect(place?.next?.id).toBe(next);
  });

  it.each(['', '0', '11', 'cv1', 'I', '1A', 'unknown'])('placeSkillArea(%j) is undefined for an id that is not a skill area', (id) => {
    expect(placeSkillArea(fw, id)).toBeUndefined();
  });

  it.each([
    ['emerging', 1],
    ['developing', 2],
    ['proficient', 3],
    ['leading', 4],
  ])('findLevel(%j) has value %i', (id, value) => {
    expect(findLevel(fw, id)).toMatchObject({ id, value });
  });

  it.each([['na'], [undefined], [''], ['Leading'], ['expert']])('findLevel(%j) is undefined', (id) => {
    expect(findLevel(fw, id)).toBeUndefined();
  });

  it('labels skill areas by number and core values as such', () => {
    expect(skillAreaLabel(areaById(fw, '7'))).toBe('Skill area 7');
    expect(skillAreaLabel(areaById(fw, 'CV2'))).toBe('Core value');
  });
});

describe('the shipped edition (FRAMEWORK.md)', () => {
  it('is version 2.0 of 1 December 2009', () => {
    expect(fw).toMatchObject({ id: 'cosn-cto-2009', frameworkId: 'cosn-k12-cto', edition: 'Version 2.0', published: '2009-12-01' });
  });

  it('has four categories with the exact titles, in order', () => {
    expect(fw.categories.map((c) => [c.id, c.numeral, c.title])).toEqual([
      ['I', 'I', 'Leadership and Vision'],
      ['II', 'II', 'Understanding the Educational Environment'],
      ['III', 'III', 'Managing Technology and Support Resources'],
      ['IV', 'IV', 'Core Values and Skills'],
    ]);
  });

  it('has the ten numbered skill areas, in order, in categories I to III', () => {
    const areas = fw.categories.slice(0, 3).flatMap((c) => c.skillAreas);
    expect(areas.map((a) => [a.id, a.title])).toEqual(SKILL_AREAS.map(([id, title]) => [id, title]));
  });

  it.each(SKILL_AREAS)('skill area %s "%s" is in grouping %s with exam weight %s', (id, title, categoryId, examWeight) => {
    const skillArea = areaById(fw, id);
    expect(skillArea).toMatchObject({ code: id, kind: 'skillArea', title, examWeight });
    expect(categoryOfArea(id)).toBe(categoryId);
  });

  it('exam weights add up to 40%, 30% and 30% per grouping and 100% overall', () => {
    const share = (categoryId: string) =>
      fw.categories.find((c) => c.id === categoryId)?.skillAreas.reduce((n, a) => n + (a.examWeight ?? 0), 0);
    expect(share('I')).toBeCloseTo(0.4, 10);
    expect(share('II')).toBeCloseTo(0.3, 10);
    expect(share('III')).toBeCloseTo(0.3, 10);
    expect(share('IV')).toBe(0);
  });

  it('has the five core values in IV, with their exact titles, not weighted', () => {
    const values = fw.categories[3]?.skillAreas ?? [];
    expect(values.map((v) => [v.id, v.kind, v.title])).toEqual(CORE_VALUES.map((title, i) => [`CV${i + 1}`, 'coreValue', title]));
    for (const value of values) expect(value.examWeight).toBeUndefined();
  });

  it('has no core values outside IV and no skill areas inside it', () => {
    for (const category of fw.categories) {
      const kinds = new Set(category.skillAreas.map((a) => a.kind));
      expect([...kinds]).toEqual([category.id === 'IV' ? 'coreValue' : 'skillArea']);
    }
  });

  it.each(skillAreasOf(fw).map((a) => [a.id, a.kind, a.indicators.length] as const))(
    '%s (%s) has a permitted number of indicators (%i)',
    (_id, kind, count) => {
      const [min, max] = kind === 'coreValue' ? [2, 4] : [4, 10];
      expect(count).toBeGreaterThanOrEqual(min);
      expect(count).toBeLessThanOrEqual(max);
    },
  );

  it('numbers indicators by area and letter: 1A, 1B, … and CV1A, CV1B, …', () => {
    for (const skillArea of skillAreasOf(fw)) {
      const expected = skillArea.indicators.map((_, i) => `${skillArea.code}${String.fromCharCode(65 + i)}`);
      expect(skillArea.indicators.map((i) => i.id)).toEqual(expected);
      expect(skillArea.indicators.map((i) => i.code)).toEqual(expected);
    }
  });

  it('uses four levels, proficient as the default target, and "na" for not applicable', () => {
    expect(fw.rubric.levels.map((l) => [l.id, l.value])).toEqual([
      ['emerging', 1],
      ['developing', 2],
      ['proficient', 3],
      ['leading', 4],
    ]);
    expect(fw.rubric.defaultTargetLevelId).toBe('proficient');
    expect(fw.rubric.notApplicable.id).toBe('na');
  });

  it('describes every level in every skill area and core value', () => {
    for (const skillArea of skillAreasOf(fw)) {
      expect(Object.keys(skillArea.levelDescriptors).sort()).toEqual(['developing', 'emerging', 'leading', 'proficient']);
    }
  });
});

function problemsOf(candidate: unknown): string[] {
  const result = frameworkSchema.safeParse(candidate);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('frameworkSchema', () => {
  it('accepts an unchanged copy of the shipped edition', () => {
    expect(problemsOf(editableFramework())).toEqual([]);
  });

  it('rejects a duplicated indicator id', () => {
    const copy = editableFramework();
    const indicator = areaById(copy, '2').indicators[0];
    if (indicator) indicator.id = '1A';
    expect(problemsOf(copy)).toEqual([expect.stringContaining('duplicate id "1A" (indicator)')]);
  });

  it('rejects an indicator id that repeats a skill area id', () => {
    const copy = editableFramework();
    const indicator = areaById(copy, '2').indicators[0];
    if (indicator) indicator.id = 'CV1';
    expect(problemsOf(copy).join('\n')).toContain('duplicate id "CV1"');
  });

  it('rejects a skill area missing a level descriptor', () => {
    const copy = editableFramework();
    const { leading: _dropped, ...rest } = areaById(copy, '5').levelDescriptors;
    areaById(copy, '5').levelDescriptors = rest;
    expect(problemsOf(copy)).toEqual([expect.stringContaining('skill area "5" does not describe level "leading"')]);
  });

  it('rejects a level descriptor for a level the rubric does not have', () => {
    const copy = editableFramework();
    areaById(copy, 'CV2').levelDescriptors.expert = 'Beyond leading.';
    expect(problemsOf(copy)).toEqual([expect.stringContaining('skill area "CV2" describes unknown level "expert"')]);
  });

  it('rejects a category with no skill areas', () => {
    const copy = editableFramework();
    const category = copy.categories[3];
    if (category) category.skillAreas = [];
    expect(problemsOf(copy)).toEqual(['categories.3.skillAreas: every category needs skill areas']);
  });

  it('rejects a skill area with no indicators', () => {
    const copy = editableFramework();
    areaById(copy, '9').indicators = [];
    expect(problemsOf(copy)).toEqual([expect.stringContaining('every skill area needs indicators')]);
  });

  it.each(['expert', 'na', 'Proficient'])('rejects the default target %j, which is not a level', (levelId) => {
    const copy = editableFramework();
    copy.rubric.defaultTargetLevelId = levelId;
    expect(problemsOf(copy)).toEqual([expect.stringContaining(`default target "${levelId}" is not a level`)]);
  });

  it('rejects levels that are out of order', () => {
    const copy = editableFramework();
    copy.rubric.levels.reverse();
    expect(problemsOf(copy).join('\n')).toContain('level "leading" should have value 1');
  });

  const damages: [label: string, damage: (copy: Framework) => void, path: string][] = [
    [
      'an id with a space',
      (copy) => {
        const category = copy.categories[0];
        if (category) category.id = 'I I';
      },
      'categories.0.id',
    ],
    ['an empty title', (copy) => void (areaById(copy, '1').title = '   '), 'categories.0.skillAreas.0.title'],
    ['an exam weight over 1', (copy) => void (areaById(copy, '1').examWeight = 15), 'categories.0.skillAreas.0.examWeight'],
    ['an unknown kind', (copy) => void Object.assign(areaById(copy, '1'), { kind: 'value' }), 'categories.0.skillAreas.0.kind'],
    ['a level value that is not a whole number', (copy) => void Object.assign(copy.rubric.levels[0] ?? {}, { value: 1.5 }), 'rubric.levels.0.value'],
  ];

  it.each(damages)('rejects %s, naming where it is', (_label, damage, path) => {
    const copy = editableFramework();
    damage(copy);
    expect(problemsOf(copy).map((p) => p.split(':')[0])).toEqual([path]);
  });

  it('rejects something that is not a framework at all', () => {
    expect(problemsOf(null)).not.toEqual([]);
    expect(problemsOf({ formatVersion: 2 })).not.toEqual([]);
  });
});
