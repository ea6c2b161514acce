import type { AssessmentProgress } from '../assessment/progress.ts';
import type { Framework, SkillArea } from '../framework/framework.ts';
import { levelNameOf, skillAreaLabel } from '../framework/framework.ts';
import type { AreaPoint, CategoryPoint } from '../results/chart-series.ts';
import { round2 } from '../results/chart-series.ts';
import type { GapAnalysis, RankedGap, SkillAreaGap } from '../results/gaps.ts';
import type { ReportAreaRef, ReportFigures, ReportGap, ReportGroup, ReportStrength } from './report-types.ts';

/** The results part of the report: summary rows, ranked gaps, strengths and the chart in words. */

export const IMPORTANCE_LABELS = { low: 'Low', normal: 'Normal', high: 'High' } as const;

export function areaRef(area: SkillArea): ReportAreaRef {
  return { skillAreaId: area.id, code: area.code, title: area.title, label: skillAreaLabel(area), isCoreValue: area.kind === 'coreValue' };
}

function orNull(value: number | undefined): number | null {
  return value ?? null;
}

const NO_FIGURES: ReportFigures = { current: null, target: null, gap: 0, surplus: 0 };

function figuresOf(point: ReportFigures | undefined): ReportFigures {
  return point ? { current: point.current, target: point.target, gap: point.gap, surplus: point.surplus } : NO_FIGURES;
}

/** Completion from progress; current, target and gap from the gap analysis, as the chart draws them. */
export function groupsOf(progress: AssessmentProgress, analysis: GapAnalysis, categories: CategoryPoint[], areas: AreaPoint[]): ReportGroup[] {
  return progress.categories.map((row, i) => ({
    categoryId: row.category.id,
    numeral: row.category.numeral,
    title: row.category.title,
    completion: row.completion,
    ...figuresOf(categories[i]),
    areas: row.skillAreas.map((areaRow) => {
      const gap = analysis.skillAreas.find((a) => a.skillArea.id === areaRow.skillArea.id);
      return {
        area: areaRef(areaRow.skillArea),
        completion: areaRow.completion,
        ...figuresOf(areas.find((point) => point.skillAreaId === areaRow.skillArea.id)),
        status: gap?.status ?? 'unrated',
        importance: gap?.importance ?? 'normal',
      };
    }),
  }));
}

export function reportGap(framework: Framework, gap: RankedGap): ReportGap {
  return {
    rank: gap.rank,
    area: areaRef(gap.skillArea),
    current: orNull(gap.current),
    target: orNull(gap.target),
    gap: gap.gap,
    surplus: gap.surplus,
    shortfall: round2(gap.shortfall),
    importance: gap.importance,
    importanceLabel: IMPORTANCE_LABELS[gap.importance],
    priority: round2(gap.priority),
    reason: gap.reason,
    rated: gap.rated,
    belowTarget: gap.belowTarget,
    indicators: gap.indicators
      .filter((item) => item.difference > 0)
      .map(({ indicator, current, target, difference }) => ({
        indicatorId: indicator.id,
        code: indicator.code,
        text: indicator.text,
        current,
        currentName: levelNameOf(framework, current),
        target,
        targetName: levelNameOf(framework, target),
        shortfall: difference,
      })),
  };
}

export function strengthOf(area: SkillAreaGap): ReportStrength {
  return { area: areaRef(area.skillArea), current: orNull(area.current), target: orNull(area.target), surplus: area.surplus };
}

const one = (value: number | null) => (value === null ? '—' : value.toFixed(1));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The current-against-target chart in words, for screen readers and anyone reading without it. */
export function chartSummary(points: AreaPoint[]): string {
  const rated = points.filter((point) => point.current !== null);
  if (rated.length === 0) return `None of the ${points.length} skill areas is rated yet, so there are no bars to compare.`;
  const widest = rated.reduce<AreaPoint | undefined>((best, point) => (point.gap > (best?.gap ?? 0) ? point : best), undefined);
  const unrated = points.length - rated.length;
  return [
    `${rated.length} of ${points.length} skill areas rated; each solid bar is the average current level and each dashed outline the average target.`,
    widest
      ? `The largest gap is in ${widest.name}: current ${one(widest.current)} against a target of ${one(widest.target)}.`
      : 'Every rated area is at or above its target.',
    unrated > 0 ? `${plural(unrated, 'area')} not rated yet ${unrated === 1 ? 'has' : 'have'} no bar.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
