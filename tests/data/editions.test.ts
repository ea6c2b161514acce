import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../../src/domain/framework/framework.ts';
import { indicatorsOf, skillAreasOf } from '../../src/domain/framework/framework.ts';
import { frameworkSchema } from '../../src/domain/framework/framework-schema.ts';
import { shippedFramework2019 } from '../domain/shipped-framework.ts';

const dir = join(import.meta.dirname, '../../framework-data/editions');
const editions: Framework[] = readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => frameworkSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8'))));

/** Messages of a failed parse of the 2019 edition with one change made to a copy; [] when it passes. */
function problemsAfter(change: (edition: Framework) => void): string[] {
  const copy = structuredClone(shippedFramework2019);
  change(copy);
  const result = frameworkSchema.safeParse(copy);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

const firstIndicator = (edition: Framework) => {
  const [indicator] = indicatorsOf(edition);
  if (!indicator) throw new Error('the 2019 edition has indicators');
  return indicator;
};

describe('edition content', () => {
  it('lists, per edition, its skill areas, indicators and indicator level descriptors', () => {
    const counts = editions.map((edition) => {
      const indicators = indicatorsOf(edition);
      return {
        edition: edition.id,
        skillAreas: skillAreasOf(edition).filter((area) => area.kind === 'skillArea').length,
        coreValues: skillAreasOf(edition).filter((area) => area.kind === 'coreValue').length,
        indicators: indicators.length,
        described: indicators.filter((indicator) => Object.keys(indicator.levels).length === 4).length,
        descriptors: indicators.reduce((sum, indicator) => sum + Object.keys(indicator.levels).length, 0),
      };
    });
    console.info(counts.map((c) => `${c.edition}: ${c.skillAreas} skill areas, ${c.coreValues} core values, ${c.indicators} indicators, ${c.described} described, ${c.descriptors} descriptors`).join('\n'));
    expect(counts.find((c) => c.edition === 'cosn-cto-2019')).toEqual({
      edition: 'cosn-cto-2019', skillAreas: 10, coreValues: 5, indicators: 74, described: 74, descriptors: 296,
    });
    expect(counts.find((c) => c.edition === 'cosn-cto-2009')).toEqual({
      edition: 'cosn-cto-2009', skillAreas: 10, coreValues: 5, indicators: 92, described: 92, descriptors: 368,
    });
    expect(counts.map((c) => c.edition).toSorted()).toEqual(['cosn-cto-2009', 'cosn-cto-2019']);
  });

  it('walks the 2019 edition in four parts: three categories in order, then the core values across all ten areas', () => {
    const parts = shippedFramework2019.categories.map((c) => [c.title, c.skillAreas.map((a) => `${a.code} ${a.title}`)]);
    expect(parts).toEqual([
      ['Leadership and Vision', ['1 Leadership and Vision', '2 Strategic Planning', '3 Ethics and Policies']],
      ['Understanding the Educational Environment', ['4 Instructional Focus and Professional Development', '5 Team Building and Staffing']],
      ['Managing Technology and Support Resources', ['6 Information Technology Management', '7 Communication Systems Management', '8 Business Management', '9 Data Management', '10 Data Privacy and Security']],
      ['Core Values (across all ten areas)', ['CV1 Communicator', 'CV2 Exhibits Courage', 'CV3 Flexible and Adaptable', 'CV4 Results-Oriented', 'CV5 Innovative']],
    ]);
    expect(shippedFramework2019.categories[3]?.description).toMatch(/run through all ten skill areas/);
  });

  it('gives every 2019 skill area 5 to 9 indicators and no exam weight (none is published after 2020)', () => {
    for (const area of skillAreasOf(shippedFramework2019).filter((a) => a.kind === 'skillArea')) {
      expect(area.indicators.length, area.title).toBeGreaterThanOrEqual(5);
      expect(area.indicators.length, area.title).toBeLessThanOrEqual(9);
      expect(area.examWeight, area.title).toBeUndefined();
    }
  });

  it('puts AI where it belongs in the 2019 edition', () => {
    const aiAreas = skillAreasOf(shippedFramework2019)
      .filter((area) => area.indicators.some((indicator) => /\bAI\b/.test(indicator.text)))
      .map((area) => area.title);
    expect(aiAreas).toEqual(expect.arrayContaining([
      'Ethics and Policies', 'Instructional Focus and Professional Development', 'Information Technology Management', 'Data Management', 'Data Privacy and Security',
    ]));
  });

  it('covers the privacy laws, frameworks and practices of Data Privacy and Security', () => {
    const area = skillAreasOf(shippedFramework2019).find((a) => a.title === 'Data Privacy and Security');
    const text = area?.indicators.map((i) => i.text).join(' ') ?? '';
    for (const term of ['FERPA', 'COPPA', 'PPRA', 'CIPA', 'state student-privacy', 'NIST', 'CIS Controls', 'multi-factor', 'incident response', 'breach notification', 'cyber insurance', 'Trains every staff member']) {
      expect(text, term).toContain(term);
    }
  });

  it('carries notes on the titles whose source is weak', () => {
    expect(shippedFramework2019.notes?.join(' ')).toMatch(/last three skill areas.*weaker sources/);
  });
});

describe('framework schema: indicator level descriptors', () => {
  it('accepts the shipped 2019 edition', () => {
    expect(problemsAfter(() => undefined)).toEqual([]);
  });

  it('refuses an indicator with no descriptors, three, or one for a level the rubric lacks', () => {
    expect(problemsAfter((e) => void delete (firstIndicator(e) as Partial<Framework['categories'][number]['skillAreas'][number]['indicators'][number]>).levels)).toHaveLength(1);
    expect(problemsAfter((e) => void delete firstIndicator(e).levels.leading)).toEqual(['indicator "1A" does not describe level "leading"']);
    expect(problemsAfter((e) => void (firstIndicator(e).levels.expert = 'Sets the direction for every district in the state, year after year.'))).toEqual([
      'indicator "1A" describes unknown level "expert"',
    ]);
  });

  it('refuses a descriptor shorter than 40 or longer than 240 characters', () => {
    expect(problemsAfter((e) => void (firstIndicator(e).levels.emerging = 'Too short.'))).toEqual(['a level descriptor has at least 40 characters']);
    expect(problemsAfter((e) => void (firstIndicator(e).levels.emerging = 'x'.repeat(241)))).toEqual(['a level descriptor has at most 240 characters']);
  });

  it('refuses a descriptor said twice anywhere in the edition, whatever its case', () => {
    const [first, second] = indicatorsOf(shippedFramework2019);
    const copied = first?.levels.developing ?? '';
    expect(problemsAfter((e) => {
      const target = indicatorsOf(e).find((i) => i.id === second?.id);
      if (target) target.levels.proficient = copied.toUpperCase();
    })).toEqual([`indicator "${second?.id ?? ''}" repeats a level descriptor of indicator "1A": "${copied.toUpperCase()}"`]);
  });

  it('accepts one or two evidence examples and refuses three', () => {
    expect(problemsAfter((e) => void (firstIndicator(e).evidenceExamples = ['Cabinet minutes', 'Board agenda']))).toEqual([]);
    expect(problemsAfter((e) => void (firstIndicator(e).evidenceExamples = ['a', 'b', 'c']))).toEqual(['at most two evidence examples']);
  });
});
