import catalogueJson from '../../framework-data/pd-catalogue.json';
import edition from '../../framework-data/editions/cosn-cto-2009.json';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import { createAssessment, rateIndicator, writeNote } from '../../src/domain/assessment/assessment.ts';
import { indicatorsOf } from '../../src/domain/framework/framework.ts';
import { frameworkSchema } from '../../src/domain/framework/framework-schema.ts';
import { pdCatalogueSchema } from '../../src/domain/pd/pd-catalogue-schema.ts';

export const framework = frameworkSchema.parse(edition);
export const catalogue = pdCatalogueSchema.parse(catalogueJson);
const levels = framework.rubric.levels.map((level) => level.id);

/** Every indicator rated (levels spread so several areas fall short), each with a 2,000-character note. */
export function fullyRated(id: string, createdAt: string, shift = 0): Assessment {
  let assessment = createAssessment({
    id,
    title: `Assessment ${id}`,
    respondent: { name: 'Bench Person', role: 'CTO', district: 'Bench USD' },
    framework: { editionId: framework.id, dataVersion: framework.dataVersion },
    now: createdAt,
  });
  indicatorsOf(framework).forEach((indicator, i) => {
    assessment = rateIndicator(assessment, indicator.id, levels[(i + shift) % levels.length], createdAt);
    assessment = writeNote(assessment, indicator.id, 'Evidence. '.repeat(200), createdAt);
  });
  return assessment;
}

/** Twenty assessments a quarter apart, each a little better than the one before. */
export function twentyDated(): Assessment[] {
  return Array.from({ length: 20 }, (_, i) => fullyRated(`q${i}`, new Date(Date.UTC(2022, i * 3, 1)).toISOString(), i));
}
