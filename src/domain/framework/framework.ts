import type { z } from 'zod/mini';
import type { frameworkSchema } from './framework-schema.ts';

export type Framework = z.infer<typeof frameworkSchema>;
export type Category = Framework['categories'][number];
export type SkillArea = Category['skillAreas'][number];
export type Indicator = SkillArea['indicators'][number];
export type Level = Framework['rubric']['levels'][number];

export interface SkillAreaPlace {
  skillArea: SkillArea;
  category: Category;
  /** 0-based position in the walk through the whole framework. */
  index: number;
  previous?: SkillArea;
  next?: SkillArea;
}

export function skillAreasOf(framework: Framework): SkillArea[] {
  return framework.categories.flatMap((category) => category.skillAreas);
}

export function indicatorsOf(framework: Framework): Indicator[] {
  return skillAreasOf(framework).flatMap((area) => area.indicators);
}

export function placeSkillArea(framework: Framework, skillAreaId: string): SkillAreaPlace | undefined {
  const areas = skillAreasOf(framework);
  const index = areas.findIndex((area) => area.id === skillAreaId);
  const skillArea = areas[index];
  if (!skillArea) return undefined;
  const category = framework.categories.find((c) => c.skillAreas.includes(skillArea));
  if (!category) return undefined;
  return { skillArea, category, index, previous: areas[index - 1], next: areas[index + 1] };
}

export function findLevel(framework: Framework, levelId: string | undefined): Level | undefined {
  return framework.rubric.levels.find((level) => level.id === levelId);
}

/** The name of the level with this value (3 → "Proficient"); the number itself if no level has it. */
export function levelNameOf(framework: Framework, value: number): string {
  return framework.rubric.levels.find((level) => level.value === value)?.name ?? String(value);
}

/** "Skill area 3" or "Core value" — how the framework numbers an area to a reader. */
export function skillAreaLabel(area: SkillArea): string {
  return area.kind === 'coreValue' ? 'Core value' : `Skill area ${area.code}`;
}

/** What a level looks like for one indicator: its own anchored descriptor, else its skill area's. */
export function levelDescriptor(skillArea: SkillArea, indicator: Indicator, levelId: string): string | undefined {
  return indicator.levels[levelId] ?? skillArea.levelDescriptors[levelId];
}
