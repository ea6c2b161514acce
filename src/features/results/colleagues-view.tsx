import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Assessment } from '../../domain/assessment/assessment.ts';
import type { Framework } from '../../domain/framework/framework.ts';
import type { FeedbackRequest } from '../../domain/feedback/feedback.ts';
import type { FeedbackComparison } from '../../domain/feedback/self-vs-others.ts';
import { compareWithOthers } from '../../domain/feedback/self-vs-others.ts';
import type { GapAnalysis } from '../../domain/results/gaps.ts';
import { formatLevels } from '../../domain/results/gaps.ts';
import { paths } from '../../config/paths.ts';
import { feedbackRequestsFor } from '../../state/feedback-actions.ts';

/** The newest feedback request for the assessment with its comparison, once read; undefined while none. */
export function useColleaguesView(framework: Framework, assessment: Assessment, analysis: GapAnalysis): FeedbackComparison | undefined {
  const [request, setRequest] = useState<FeedbackRequest | null>();
  useEffect(() => {
    feedbackRequestsFor(assessment.id).then(
      (reads) => setRequest(reads.flatMap((read) => (read.ok ? [read.request] : []))[0] ?? null),
      () => setRequest(null),
    );
  }, [assessment.id]);
  if (!request || request.responses.length === 0) return undefined;
  return compareWithOthers(framework, request, analysis.skillAreas);
}

/** Blind spots and hidden strengths, named; or where to gather colleagues' view when there is none yet. */
export function ColleaguesView({ assessmentId, comparison }: { assessmentId: string; comparison?: FeedbackComparison }) {
  if (!comparison) {
    return (
      <p>
        No feedback from colleagues yet. <Link to={paths.feedback.href(assessmentId)}>Ask colleagues</Link> to see how your ratings compare.
      </p>
    );
  }
  const line = (area: FeedbackComparison['areas'][number]) =>
    `${area.skillArea.title}: you ${formatLevels(area.self ?? 0)}, colleagues ${formatLevels(area.allOthers?.average ?? 0)}`;
  return (
    <div>
      <p>
        From {comparison.responses} {comparison.responses === 1 ? 'response' : 'responses'}.{' '}
        <Link to={paths.feedback.href(assessmentId)}>See every area and comment</Link>
      </p>
      {comparison.blindSpots.length > 0 && (
        <>
          <h3>Possible blind spots</h3>
          <ul>
            {comparison.blindSpots.map((area) => (
              <li key={area.skillArea.id}>{line(area)}. The suggestions below use your colleagues’ view here.</li>
            ))}
          </ul>
        </>
      )}
      {comparison.hiddenStrengths.length > 0 && (
        <>
          <h3>Hidden strengths</h3>
          <ul>
            {comparison.hiddenStrengths.map((area) => (
              <li key={area.skillArea.id}>{line(area)}</li>
            ))}
          </ul>
        </>
      )}
      {comparison.blindSpots.length === 0 && comparison.hiddenStrengths.length === 0 && <p>Your ratings and your colleagues’ are within a level of each other in every area they could judge.</p>}
    </div>
  );
}
