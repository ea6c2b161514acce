import { Link } from 'react-router';
import type { SkillAreaPlace } from '../../domain/framework/framework.ts';
import { paths } from '../../config/paths.ts';

export function SkillAreaPager({ assessmentId, place }: { assessmentId: string; place: SkillAreaPlace }) {
  const { previous, next } = place;
  return (
    <nav className="pager" aria-label="Previous and next skill area">
      {previous ? (
        <Link className="button" to={paths.skillArea.href(assessmentId, previous.id)} rel="prev">
          ← Previous: {previous.title}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link className="button button--primary" to={paths.skillArea.href(assessmentId, next.id)} rel="next">
          Next: {next.title} →
        </Link>
      ) : (
        <Link className="button button--primary" to={paths.summary.href(assessmentId)}>
          See the summary →
        </Link>
      )}
    </nav>
  );
}
