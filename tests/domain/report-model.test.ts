import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import { NOT_APPLICABLE, writeNote } from '../../src/domain/assessment/assessment.ts';
import { assessmentProgress } from '../../src/domain/assessment/progress.ts';
import { skillAreasOf } from '../../src/domain/framework/framework.ts';
import { addPdAction, updatePdAction } from '../../src/domain/pd/pd-plan.ts';
import type { ReportOptions } from '../../src/domain/report/report-model.ts';
import { buildReport } from '../../src/domain/report/report-model.ts';
import { areaSeries, categorySeries } from '../../src/domain/results/chart-series.ts';
import { analyseGaps, rankGaps } from '../../src/domain/results/gaps.ts';
import { addComment, markReceived } from '../../src/domain/review/review.ts';
import { freshAssessment, ratedAssessment } from '../builders/assessment.ts';
import { shippedFramework as fw } from './shipped-framework.ts';

const CREATED = '2024-03-01T09:00:00.000Z';
const RATED = '2024-03-02T10:00:00.000Z';
const PLANNED = '2024-03-03T11:00:00.000Z';
const REVIEWED = '2024-03-04T12:00:00.000Z';
const LATER = '2024-03-05T13:00:00.000Z';
const GENERATED = '2024-03-10T08:30:00.000Z';
const withoutNotes: ReportOptions = { includeNotes: false, generatedAt: GENERATED };
const withNotes: ReportOptions = { includeNotes: true, generatedAt: GENERATED };

const WHO = { id: 'r1', title: 'Spring review 2024', respondent: { name: 'Dana Ruiz', role: 'Chief Technology Officer', district: 'Lakeside USD' }, now: CREATED };

function start(): Assessment {
  return freshAssessment(WHO);
}

/**
 * Against the default target (Proficient, 3): Strategic Planning 1.5 (both short), Business Management
 * 2.0 (one of two short, marked high importance, so it ranks first), Leadership and Vision 4.0 (above),
 * Data Management on its raised target (Leading) with 10A not applicable, Communicator on target.
 */
function rated(): Assessment {
  return ratedAssessment({
    ...WHO,
    at: RATED,
    ratings: {
      '2A': 'emerging',
      '2B': 'developing',
      '9A': 'emerging',
      '9B': 'proficient',
      '1A': 'leading',
      '10A': NOT_APPLICABLE,
      '10B': 'proficient',
      CV1A: 'proficient',
    },
    areaTargets: { '10': 'leading' },
    importance: { '9': 'high' },
  });
}

/** The rated assessment with notes, a plan, and reviewers' comments. */
function full(): Assessment {
  let a = writeNote(rated(), '2A', 'No written plan since 2019.', RATED);
  a = writeNote(a, '9A', 'Budget is set by the business office.\nI see it in June.', RATED);
  a = writeNote(a, '2B', '   ', RATED);
  a = writeNote(a, 'OLD-1', 'A note on an indicator this edition no longer has.', RATED);
  a = addPdAction(a, { id: 'p1', title: 'Shadow the business office', goal: 'Learn the budget calendar.', skillAreaIds: ['9', '2'], dueDate: '2024-06-30' }, PLANNED);
  a = addPdAction(a, { id: 'p2', title: 'Draft a technology plan', skillAreaIds: ['2', 'gone'] }, PLANNED);
  a = updatePdAction(a, 'p1', { status: 'done', evidence: 'Attended three budget meetings.' }, REVIEWED);
  a = updatePdAction(a, 'p2', { status: 'in-progress' }, REVIEWED);
  a = addComment(a, { id: 'c1', text: 'A candid picture. Thank you.', author: 'Sam Lee', authorRole: 'Superintendent' }, REVIEWED);
  a = addComment(a, { id: 'c3', skillAreaId: '2', text: 'Budget first.', author: 'Ana Ortiz', authorRole: 'CFO' }, REVIEWED);
  a = addComment(a, { id: 'c4', skillAreaId: 'retired-area', text: 'On an old area.', author: 'Ana Ortiz', authorRole: '' }, REVIEWED);
  return addComment(a, { id: 'c2', skillAreaId: '2', text: 'Let us talk about the plan.', author: 'Sam Lee', authorRole: 'Superintendent' }, LATER);
}

describe('buildReport: cover', () => {
  it('names the assessment, the respondent, the dates and the framework edition', () => {
    const report = buildReport(fw, full(), withoutNotes);
    expect(report.title).toBe('Spring review 2024');
    expect(report.documentTitle).toBe('Spring review 2024 – Dana Ruiz – self-assessment report');
    expect(report.cover).toEqual({
      assessmentTitle: 'Spring review 2024',
      respondent: { name: 'Dana Ruiz', role: 'Chief Technology Officer', district: 'Lakeside USD' },
      createdAt: CREATED,
      updatedAt: LATER,
      framework: {
        title: 'Framework of Essential Skills of the K-12 CTO',
        edition: 'Version 2.0',
        published: '2009-12-01',
        publisher: 'Consortium for School Networking (CoSN)',
      },
      generatedAt: GENERATED,
    });
    expect(report.source).toEqual(fw.source);
    expect(report.scale.map((level) => `${level.value} ${level.name}`)).toEqual(['1 Emerging', '2 Developing', '3 Proficient', '4 Leading']);
  });

  it('marks a received copy with its file and date', () => {
    const report = buildReport(fw, markReceived(full(), 'dana-spring.json', GENERATED), withoutNotes);
    expect(report.cover.received).toEqual({ at: GENERATED, fileName: 'dana-spring.json' });
  });

  it('is plain data that survives a structured clone', () => {
    const report = buildReport(fw, full(), withNotes);
    expect(structuredClone(report)).toEqual(report);
  });
});

describe('buildReport: figures', () => {
  const assessment = full();
  const report = buildReport(fw, assessment, withoutNotes);
  const progress = assessmentProgress(fw, assessment);
  const analysis = analyseGaps(fw, assessment);

  it('counts indicators rated of the total as progress does', () => {
    expect(report.glance.completion).toEqual(progress.completion);
    expect(report.glance.completion).toEqual({ answered: 8, total: 92, percent: 8 });
    expect(report.glance.ratedWithLevel).toBe(analysis.rated);
    expect(report.glance).toMatchObject({ areaCount: 15, areasBelowTarget: 3, areasAboveTarget: 1, areasOnTarget: 1, areasUnrated: 10 });
  });

  it('gives every grouping and skill area its completion, averages and gap', () => {
    const areas = areaSeries(analysis);
    const categories = categorySeries(analysis);
    expect(report.groups.map((g) => g.categoryId)).toEqual(['I', 'II', 'III', 'IV']);
    report.groups.forEach((group, i) => {
      expect(group.completion).toEqual(progress.categories[i]?.completion);
      expect(group).toMatchObject({ current: categories[i]?.current, target: categories[i]?.target, gap: categories[i]?.gap });
    });
    const rows = report.groups.flatMap((g) => g.areas);
    expect(rows.map((row) => row.area.skillAreaId)).toEqual(skillAreasOf(fw).map((a) => a.id));
    rows.forEach((row, i) => {
      expect(row.completion).toEqual(progress.categories.flatMap((c) => c.skillAreas)[i]?.completion);
      expect(row).toMatchObject({ current: areas[i]?.current, target: areas[i]?.target, gap: areas[i]?.gap });
    });
    expect(rows.find((row) => row.area.skillAreaId === '10')).toMatchObject({
      completion: { answered: 2, total: 8, percent: 25 },
      current: 3,
      target: 4,
      gap: 1,
      status: 'below-target',
    });
    expect(rows.find((row) => row.area.skillAreaId === '3')).toMatchObject({ current: null, target: null, gap: 0, status: 'unrated' });
  });

  it('draws the chart from the area series and says what it shows', () => {
    expect(report.chart.points).toEqual(areaSeries(analysis));
    expect(report.chart.maxLevel).toBe(4);
    expect(report.chart.summary).toBe(
      '5 of 15 skill areas rated; each solid bar is the average current level and each dashed outline the average target. ' +
        'The largest gap is in Strategic Planning: current 1.5 against a target of 3.0. 10 areas not rated yet have no bar.',
    );
  });
});

describe('buildReport: gaps, strengths and unrated areas', () => {
  const assessment = full();
  const report = buildReport(fw, assessment, withoutNotes);

  it('ranks the gaps as rankGaps does, with the same reasons', () => {
    const ranked = rankGaps(analyseGaps(fw, assessment));
    expect(report.gaps.map((g) => [g.rank, g.area.skillAreaId, g.reason])).toEqual(ranked.map((g) => [g.rank, g.skillArea.id, g.reason]));
    expect(report.gaps.map((g) => [g.rank, g.area.title, g.gap, g.priority, g.importanceLabel])).toEqual([
      [1, 'Business Management', 1, 2, 'High'],
      [2, 'Strategic Planning', 1.5, 1.5, 'Normal'],
      [3, 'Data Management', 1, 1, 'Normal'],
    ]);
    expect(report.gaps[0]?.reason).toBe('Average shortfall of 1 level across 1 of 2 rated indicators, counted double because it is marked high importance.');
    expect(report.gaps[1]?.reason).toBe('Average shortfall of 1.5 levels across 2 of 2 rated indicators.');
    expect(report.gaps[2]?.reason).toBe('Average shortfall of 1 level across 1 of 1 rated indicator.');
    expect(report.glance.topGaps.map((g) => g.area.skillAreaId)).toEqual(['9', '2', '10']);
  });

  it('lists the indicators behind each gap, largest shortfall first, with level names', () => {
    const [business, planning, data] = report.gaps;
    expect(business?.indicators.map((i) => [i.code, i.currentName, i.targetName, i.shortfall])).toEqual([['9A', 'Emerging', 'Proficient', 2]]);
    expect(planning?.indicators.map((i) => [i.code, i.currentName, i.targetName, i.shortfall])).toEqual([
      ['2A', 'Emerging', 'Proficient', 2],
      ['2B', 'Developing', 'Proficient', 1],
    ]);
    expect(data?.indicators.map((i) => [i.code, i.currentName, i.targetName, i.shortfall])).toEqual([['10B', 'Proficient', 'Leading', 1]]);
    expect(planning?.indicators[0]?.text).toBe(fw.categories[0]?.skillAreas[1]?.indicators[0]?.text);
  });

  it('names the strengths at or above target, the indicators rated at the top level and the areas with nothing rated', () => {
    expect(report.strengths).toEqual([
      { area: { skillAreaId: '1', code: '1', title: 'Leadership and Vision', label: 'Skill area 1', isCoreValue: false }, current: 4, target: 3, surplus: 1 },
      { area: { skillAreaId: 'CV1', code: 'CV1', title: 'Communicator', label: 'Core value', isCoreValue: true }, current: 3, target: 3, surplus: 0 },
    ]);
    const top = analyseGaps(fw, assessment).skillAreas.flatMap((area) => area.indicators.filter((i) => i.current === 4).map((i) => i.indicator.code));
    expect(top.length).toBeGreaterThan(0);
    expect(report.topRated.map((item) => item.code)).toEqual(top);
    expect(report.unrated.map((area) => area.skillAreaId)).toEqual(['3', '4', '5', '6', '7', '8', 'CV2', 'CV3', 'CV4', 'CV5']);
    expect(report.unrated.find((area) => area.skillAreaId === 'CV2')).toMatchObject({ title: 'Exhibits Courage', label: 'Core value', isCoreValue: true });
  });

  it('has nothing to rank or praise when nothing is rated', () => {
    const empty = buildReport(fw, start(), withoutNotes);
    expect(empty.gaps).toEqual([]);
    expect(empty.strengths).toEqual([]);
    expect(empty.unrated).toHaveLength(15);
    expect(empty.glance).toMatchObject({ completion: { answered: 0, total: 92, percent: 0 }, ratedWithLevel: 0, topGaps: [] });
    expect(empty.chart.summary).toBe('None of the 15 skill areas is rated yet, so there are no bars to compare.');
    expect(empty.plan).toEqual([]);
    expect(empty.comments).toEqual({ overall: [], areas: [], actions: [], total: 0 });
  });
});

describe('buildReport: plan', () => {
  it('gives each action its skill areas by name, status label and dates, and counts them', () => {
    const report = buildReport(fw, full(), withoutNotes);
    expect(report.plan).toEqual([
      {
        id: 'p1',
        title: 'Shadow the business office',
        goal: 'Learn the budget calendar.',
        skillAreas: ['Business Management', 'Strategic Planning'],
        skillAreaIds: ['9', '2'],
        status: 'done',
        statusLabel: 'Done',
        dueDate: '2024-06-30',
        completedAt: REVIEWED,
      },
      { id: 'p2', title: 'Draft a technology plan', goal: '', skillAreas: ['Strategic Planning', 'gone'], skillAreaIds: ['2', 'gone'], status: 'in-progress', statusLabel: 'In progress' },
    ]);
    expect(report.glance.plan).toEqual({ planned: 0, 'in-progress': 1, done: 1, total: 2 });
  });

  it('includes written evidence only with the notes', () => {
    const report = buildReport(fw, full(), withNotes);
    expect(report.plan.map((action) => action.evidence)).toEqual(['Attended three budget meetings.', undefined]);
  });
});

describe('buildReport: evidence notes', () => {
  it('leaves every note and plan evidence out unless notes are included', () => {
    const report = buildReport(fw, full(), withoutNotes);
    expect(report.includesNotes).toBe(false);
    expect(report.notes).toEqual([]);
    const text = JSON.stringify(report);
    for (const secret of ['No written plan since 2019.', 'Budget is set by the business office.', 'no longer has', 'Attended three budget meetings.']) {
      expect(text).not.toContain(secret);
    }
  });

  it('with notes included, groups every written note by skill area, leaving none out', () => {
    const report = buildReport(fw, full(), withNotes);
    expect(report.includesNotes).toBe(true);
    expect(report.notes.map((group) => [group.heading, group.notes.map((n) => [n.code, n.rating, n.note])])).toEqual([
      ['Skill area 2: Strategic Planning', [['2A', 'Emerging', 'No written plan since 2019.']]],
      ['Skill area 9: Business Management', [['9A', 'Emerging', 'Budget is set by the business office.\nI see it in June.']]],
      ['Indicators not in this edition', [['OLD-1', undefined, 'A note on an indicator this edition no longer has.']]],
    ]);
    expect(report.notes[0]?.notes[0]?.text).toBe(fw.categories[0]?.skillAreas[1]?.indicators[0]?.text);
    expect(report.notes[0]?.area?.skillAreaId).toBe('2');
  });
});

describe('buildReport: reviewer comments', () => {
  it('groups comments overall and per skill area, oldest first, attributed and dated, none left out', () => {
    const { comments } = buildReport(fw, full(), withoutNotes);
    expect(comments.total).toBe(4);
    expect(comments.overall).toEqual([{ id: 'c1', text: 'A candid picture. Thank you.', author: 'Sam Lee', authorRole: 'Superintendent', at: REVIEWED }]);
    expect(comments.areas.map((group) => [group.heading, group.area?.skillAreaId, group.comments.map((c) => [c.id, c.author, c.authorRole, c.at])])).toEqual([
      [
        'Skill area 2: Strategic Planning',
        '2',
        [
          ['c3', 'Ana Ortiz', 'CFO', REVIEWED],
          ['c2', 'Sam Lee', 'Superintendent', LATER],
        ],
      ],
      ['Skill area “retired-area” (not in this edition)', undefined, [['c4', 'Ana Ortiz', '', REVIEWED]]],
    ]);
    expect(comments.actions).toEqual([]);
  });

  it('lists comments on plan actions under each action, in plan order, and keeps one on a removed action', () => {
    let a = addComment(full(), { id: 'c5', planActionId: 'p2', text: 'Start in March.', author: 'Sam Lee', authorRole: 'Superintendent' }, LATER);
    a = addComment(a, { id: 'c6', planActionId: 'p1', text: 'Well done.', author: 'Sam Lee', authorRole: 'Superintendent' }, LATER);
    a = addComment(a, { id: 'c7', planActionId: 'gone', text: 'Why dropped?', author: 'Sam Lee', authorRole: 'Superintendent' }, LATER);
    const { comments } = buildReport(fw, a, withoutNotes);
    expect(comments.total).toBe(7);
    expect(comments.overall.map((c) => c.id)).toEqual(['c1']);
    expect(comments.actions.map((group) => [group.heading, group.comments.map((c) => c.id)])).toEqual([
      ['Plan action: Shadow the business office', ['c6']],
      ['Plan action: Draft a technology plan', ['c5']],
      ['A plan action since removed', ['c7']],
    ]);
  });
});
