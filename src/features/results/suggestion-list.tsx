import { CETL_CATEGORY_LABELS, PD_COST_LABELS, PD_FORMAT_LABELS, PD_KIND_LABELS, PD_PROVIDER_LABELS } from '../../domain/pd/pd-catalogue-schema.ts';
import type { Suggestion } from '../../domain/pd/recommend.ts';
import { useAssessmentActions } from '../../state/assessment-store.ts';

interface SuggestionListProps {
  suggestions: Suggestion[];
  plannedActivityIds: Set<string>;
  hasGaps: boolean;
  /** False on a received copy: its plan is the author's. */
  canPlan: boolean;
  /** "your", or the author's name on a received copy. */
  possessive?: string;
}

export function SuggestionList({ suggestions, plannedActivityIds, hasGaps, canPlan, possessive = 'your' }: SuggestionListProps) {
  const { addPdAction } = useAssessmentActions();
  if (!hasGaps) return <p>Once some rated indicators fall below their targets, activities that fit those gaps appear here.</p>;
  if (suggestions.length === 0) return (
      <p>
        No catalogue activity fits {possessive} top gaps at {possessive} current levels.{canPlan && ' Add your own to the plan.'}
      </p>
    );
  return (
    <ul className="suggestion-list">
      {suggestions.map(({ activity, serves, reason }) => {
        const isPlanned = plannedActivityIds.has(activity.id);
        return (
          <li key={activity.id} className="card suggestion" aria-labelledby={`suggestion-${activity.id}`}>
            <p className="eyebrow">{PD_KIND_LABELS[activity.kind]}</p>
            <h3 id={`suggestion-${activity.id}`} className="suggestion__title">
              {activity.title}
            </h3>
            <p>{activity.description}</p>
            <p className="muted">
              Effort: {activity.effort.label}. Cost: {PD_COST_LABELS[activity.cost]}. {PD_PROVIDER_LABELS[activity.provider]},{' '}
              {PD_FORMAT_LABELS[activity.format]}. Serves: {serves.map((gap) => `#${gap.rank} ${gap.skillArea.title}`).join(', ')}.
            </p>
            {activity.cetlCategory && <p className="muted">CETL recertification: {CETL_CATEGORY_LABELS[activity.cetlCategory]}.</p>}
            <p className="suggestion__reason">{reason}</p>
            {canPlan && (
              <button
                type="button"
                className="button"
                // aria-disabled, not disabled: the button keeps keyboard focus after it is pressed.
                aria-disabled={isPlanned}
                aria-label={isPlanned ? `In your plan: ${activity.title}` : `Add to plan: ${activity.title}`}
                onClick={() => {
                  if (isPlanned) return;
                  addPdAction({
                    title: activity.title,
                    goal: `Close the gap in ${serves.map((gap) => gap.skillArea.title).join(' and ')}.`,
                    skillAreaIds: serves.map((gap) => gap.skillArea.id),
                    activityId: activity.id,
                    effort: activity.effort,
                    cost: activity.cost,
                  });
                }}
              >
                {isPlanned ? (
                  <>
                    In your plan <span aria-hidden="true">✓</span>
                  </>
                ) : (
                  'Add to plan'
                )}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
