import { memo, useDeferredValue, useState } from 'react';
import { NavLink } from 'react-router';
import { useShallow } from 'zustand/shallow';
import { answeredIn, assessmentCompletion } from '../../domain/assessment/progress.ts';
import type { Assessment } from '../../domain/assessment/assessment.ts';
import type { Framework, SkillArea } from '../../domain/framework/framework.ts';
import { skillAreasOf } from '../../domain/framework/framework.ts';
import { paths } from '../../config/paths.ts';
import type { AssessmentState } from '../../state/assessment-store.ts';
import { useAssessment } from '../../state/assessment-store.ts';

const PERCENT = '%';

/** The counts last worked out for each answers object: a change that is not an edit (saving, saved) reuses them. */
const countsByAnswers = new WeakMap<Assessment['answers'], { framework: Framework; counts: Record<string, number> }>();

/**
 * How many indicators are rated in each skill area (and in all, under "%"): flat, so a note's keystroke compares
 * equal. Only counts, not the averages of assessmentProgress, and once per answers object, since every store
 * change runs this selector.
 */
function ratedCounts(state: AssessmentState): Record<string, number> {
  if (state.status !== 'ready') return {};
  const { framework, assessment } = state;
  const known = countsByAnswers.get(assessment.answers);
  if (known?.framework === framework) return known.counts;
  const counts: Record<string, number> = { [PERCENT]: assessmentCompletion(framework, assessment).percent };
  for (const area of skillAreasOf(framework)) counts[area.id] = answeredIn(assessment, area);
  countsByAnswers.set(assessment.answers, { framework, counts });
  return counts;
}

const NARROW = '(max-width: 50rem)';

/**
 * The whole-assessment screens, then every grouping and skill area with its completion; jump anywhere. The skill
 * areas fold away on small screens so the questions come first.
 */
export function FrameworkNav() {
  const [isOpenAtFirst] = useState(() => typeof matchMedia !== 'function' || !matchMedia(NARROW).matches);
  const framework = useAssessment((s) => (s.status === 'ready' ? s.framework : undefined));
  const assessmentId = useAssessment((s) => (s.status === 'ready' ? s.assessment.id : ''));
  // One pass over the answers per change, but the nav redraws only when a count changes (a rating, not a note),
  // and after the rating's own frame.
  const counts = useDeferredValue(useAssessment(useShallow(ratedCounts)));
  if (!framework) return null;
  return (
    <div className="framework-nav">
      {/* The whole-assessment screens first and apart, so none is taken for a skill area (or a core value) next to it. */}
      <nav className="framework-nav__whole" aria-labelledby="whole-assessment-nav">
        <h2 id="whole-assessment-nav" className="framework-nav__heading">
          This assessment
        </h2>
        <ul className="framework-nav__summary">
          <li>
            <NavLink to={paths.summary.href(assessmentId)}>Summary</NavLink>
          </li>
          <li>
            <NavLink to={paths.results.href(assessmentId)}>Results and gaps</NavLink>
          </li>
          <li>
            <NavLink to={paths.pdPlan.href(assessmentId)}>Development plan</NavLink>
          </li>
          <li>
            <NavLink to={paths.feedback.href(assessmentId)}>Colleagues’ feedback</NavLink>
          </li>
          <li>
            <NavLink to={paths.report.href(assessmentId)}>Report and export</NavLink>
          </li>
        </ul>
      </nav>
      <nav aria-label="Skill areas">
        <details open={isOpenAtFirst}>
          <summary className="framework-nav__toggle">
            All skill areas <span className="framework-nav__count">({counts[PERCENT] ?? 0}% rated)</span>
          </summary>
          <ol className="framework-nav__categories">
            {framework.categories.map((category) => (
              <li key={category.id}>
                <p className="framework-nav__category">
                  {category.numeral}. {category.title}
                </p>
                <ol className="framework-nav__areas">
                  {category.skillAreas.map((area) => (
                    <AreaLink key={area.id} assessmentId={assessmentId} area={area} answered={counts[area.id] ?? 0} total={area.indicators.length} />
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </details>
      </nav>
    </div>
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
