import type { Assessment } from '../../domain/assessment/assessment.ts';
import type { Framework } from '../../domain/framework/framework.ts';
import type { Comparison } from '../../domain/results/compare.ts';
import { localDay } from '../../lib/format.ts';

function described(assessment: Assessment, framework: Framework | undefined): string {
  const who = assessment.respondent.name ? `${assessment.respondent.name}, ` : '';
  const edition = framework ? `, ${framework.edition} of the framework` : '';
  return `“${assessment.title}” (${who}started ${localDay(assessment.createdAt)}${edition})`;
}

/** Which two assessments, and which editions, the comparison sets side by side: the printout's heading too. */
export function ComparisonPair({ comparison, frameworks }: { comparison: Comparison; frameworks: Record<string, Framework> }) {
  const { earlier, later } = comparison;
  return (
    <div className="comparison-pair">
      <h2>
        “{earlier.title}” compared with “{later.title}”
      </h2>
      <p>
        Earlier: {described(earlier, frameworks[earlier.framework.editionId])}. Later: {described(later, frameworks[later.framework.editionId])}.
      </p>
    </div>
  );
}
