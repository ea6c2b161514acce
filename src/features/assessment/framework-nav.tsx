import { memo, useState } from 'react';
import { NavLink } from 'react-router';
import type { Assessment } from '../../domain/assessment/assessment.ts';
import { assessmentProgress } from '../../domain/assessment/progress.ts';
import type { Framework, SkillArea } from '../../domain/framework/framework.ts';
import { paths } from '../../config/paths.ts';

interface FrameworkNavProps {
  framework: Framework;
  assessment: Assessment;
}

const NARROW = '(max-width: 50rem)';

/** Every grouping and skill area with its completion; jump anywhere. Folded on small screens so the questions come first. */
export function FrameworkNav({ framework, assessment }: FrameworkNavProps) {
  const [isOpenAtFirst] = useState(() => typeof matchMedia !== 'function' || !matchMedia(NARROW).matches);
  // One pass over the answers for every count shown; this re-renders on each keystroke.
  const progress = assessmentProgress(framework, assessment);
  return (
    <nav className="framework-nav" aria-label="Skill areas">
      <details open={isOpenAtFirst}>
        <summary className="framework-nav__toggle">
          All skill areas <span className="framework-nav__count">({progress.completion.percent}% rated)</span>
        </summary>
        <ol className="framework-nav__categories">
          {progress.categories.map(({ category, skillAreas }) => (
            <li key={category.id}>
              <p className="framework-nav__category">
                {category.numeral}. {category.title}
              </p>
              <ol className="framework-nav__areas">
                {skillAreas.map(({ skillArea: area, completion }) => (
                  <AreaLink key={area.id} assessmentId={assessment.id} area={area} answered={completion.answered} total={completion.total} />
                ))}
              </ol>
            </li>
          ))}
        </ol>
        <ul className="framework-nav__summary">
          <li>
            <NavLink to={paths.summary.href(assessment.id)}>Summary</NavLink>
          </li>
          <li>
            <NavLink to={paths.results.href(assessment.id)}>Results and gaps</NavLink>
          </li>
          <li>
            <NavLink to={paths.pdPlan.href(assessment.id)}>Development plan</NavLink>
          </li>
          <li>
            <NavLink to={paths.report.href(assessment.id)}>Report and export</NavLink>
          </li>
        </ul>
      </details>
    </nav>
  );
}

interface AreaLinkProps {
  assessmentId: string;
  area: SkillArea;
  answered: number;
  total: number;
}

/** Memoised: a rating redraws only its own area's link, so the write it starts is not kept waiting. */
const AreaLink = memo(function AreaLink({ assessmentId, area, answered, total }: AreaLinkProps) {
  const isDone = answered === total;
  return (
    <li>
      <NavLink to={paths.skillArea.href(assessmentId, area.id)} className={isDone ? 'is-done' : undefined}>
        <span className="framework-nav__code">{area.kind === 'coreValue' ? '•' : area.code}</span>
        <span className="framework-nav__title">{area.title}</span>
        <span className="framework-nav__count">
          {answered}/{total}
          <span className="visually-hidden"> rated{isDone ? ', complete' : ''}</span>
        </span>
      </NavLink>
    </li>
  );
});
