import { Link } from 'react-router';
import { useShallow } from 'zustand/shallow';
import { describeTimeLeft, flaggedIndicators, nextUnrated, timeLeft } from '../../domain/assessment/walk.ts';
import { paths } from '../../config/paths.ts';
import { useAssessment } from '../../state/assessment-store.ts';
import { indicatorAnchor } from './indicator-anchor.ts';

/**
 * Where the walk stands: the time left, a jump to the next unrated indicator, and every flagged indicator. Worked
 * out once per answers object and compared by value, so typing a note does not redraw it.
 */
export function WalkGuide({ skillAreaId }: { skillAreaId: string }) {
  const guide = useAssessment(
    useShallow((s) => {
      if (s.status !== 'ready') return undefined;
      const { framework, assessment } = s;
      const area = framework.categories.flatMap((c) => c.skillAreas).find((a) => a.id === skillAreaId);
      const next = nextUnrated(framework, assessment, area?.indicators.at(-1)?.id);
      const here = area?.indicators.find((i) => assessment.answers[i.id]?.current === undefined);
      return {
        assessmentId: assessment.id,
        left: describeTimeLeft(timeLeft(framework, assessment)),
        nextHref: next && `${paths.skillArea.href(assessment.id, next.skillArea.id)}#${indicatorAnchor(next.indicator.id)}`,
        nextCode: next?.indicator.code,
        hereHref: here && `#${indicatorAnchor(here.id)}`,
        hereCode: here?.code,
        // Ids in one string, so the selection compares equal until a flag changes.
        flaggedIds: flaggedIndicators(framework, assessment)
          .map((p) => p.indicator.id)
          .join(' '),
      };
    }),
  );
  const framework = useAssessment((s) => (s.status === 'ready' ? s.framework : undefined));
  if (!guide || !framework) return null;
  const flaggedIds = new Set(guide.flaggedIds.split(' '));
  const flagged = framework.categories
    .flatMap((c) => c.skillAreas)
    .flatMap((area) => area.indicators.filter((i) => flaggedIds.has(i.id)).map((indicator) => ({ area, indicator })));
  return (
    <div className="walk-guide">
      <p className="walk-guide__left">
        <span className="visually-hidden">Time left: </span>
        {guide.left}.
      </p>
      <ul className="walk-guide__links">
        {guide.hereHref && (
          <li>
            <Link to={guide.hereHref}>First unrated here ({guide.hereCode})</Link>
          </li>
        )}
        {guide.nextHref && (
          <li>
            <Link to={guide.nextHref}>Next unrated after this area ({guide.nextCode})</Link>
          </li>
        )}
      </ul>
      {flagged.length > 0 && (
        <details className="walk-guide__flagged">
          <summary>Flagged to revisit ({flagged.length})</summary>
          <ul>
            {flagged.map(({ area, indicator }) => (
              <li key={indicator.id}>
                <Link to={`${paths.skillArea.href(guide.assessmentId, area.id)}#${indicatorAnchor(indicator.id)}`}>
                  {indicator.code}: {indicator.text}
                </Link>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
