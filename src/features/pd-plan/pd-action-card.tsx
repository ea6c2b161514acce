import { useState } from 'react';
import type { PdAction, PdActionStatus } from '../../domain/assessment/assessment.ts';
import { MAX_PLAN_TEXT } from '../../domain/pd/pd-plan.ts';
import { PD_COST_LABELS } from '../../domain/pd/pd-catalogue-schema.ts';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useAssessment, useAssessmentActions } from '../../state/assessment-store.ts';
import { useShallow } from 'zustand/shallow';
import { CommentThread } from '../../components/review/comment-thread.tsx';
import { commentsOnAction } from '../../domain/review/review.ts';

const statuses: { value: PdActionStatus; label: string }[] = [
  { value: 'planned', label: 'Planned' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'done', label: 'Done' },
];

export function PdActionCard({ action, areaTitles }: { action: PdAction; areaTitles: Map<string, string> }) {
  const { addComment, removePdAction, resolveComment, updatePdAction } = useAssessmentActions();
  const comments = useAssessment(useShallow((s) => (s.status === 'ready' ? commentsOnAction(s.assessment, action.id) : [])));
  const [isConfirming, setIsConfirming] = useState(false);
  const base = `action-${action.id}`;
  const areas = action.skillAreaIds.map((id) => areaTitles.get(id) ?? id).join(', ');
  return (
    <li className={`card pd-action pd-action--${action.status}`} aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`} className="pd-action__title">
        {action.title}
      </h3>
      {areas && <p className="muted">For: {areas}</p>}
      {(action.effort ?? action.cost) && (
        <p className="muted">
          {action.effort && `Effort: ${action.effort.label}.`} {action.cost && `Cost: ${PD_COST_LABELS[action.cost]}.`}
        </p>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${base}-status`}>Status</label>
          <select
            id={`${base}-status`}
            value={action.status}
            onChange={(event) => updatePdAction(action.id, { status: statuses.find((s) => s.value === event.target.value)?.value })}
          >
            {statuses.map((status) => (
              <option key={status.value} value={status.value}>
                {status.label}
              </option>
            ))}
          </select>
          {action.completedAt && <p className="field__hint">Done on {formatDateTime(action.completedAt)}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${base}-due`}>Due date</label>
          <input id={`${base}-due`} type="date" value={action.dueDate ?? ''} onChange={(event) => updatePdAction(action.id, { dueDate: event.target.value })} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${base}-goal`}>Goal</label>
        <textarea id={`${base}-goal`} rows={2} maxLength={MAX_PLAN_TEXT} value={action.goal} onChange={(event) => updatePdAction(action.id, { goal: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${base}-evidence`}>Evidence of completion</label>
        <textarea
          id={`${base}-evidence`}
          rows={2}
          maxLength={MAX_PLAN_TEXT}
          value={action.evidence}
          onChange={(event) => updatePdAction(action.id, { evidence: event.target.value })}
        />
      </div>
      {comments.length > 0 && (
        <CommentThread
          subject={`the action “${action.title}”`}
          comments={comments}
          onAdd={addComment}
          onResolve={resolveComment}
          headingLevel={4}
          canAdd={false}
        />
      )}
      <button type="button" className="button button--danger-outline" onClick={() => setIsConfirming(true)} aria-label={`Remove ${action.title}`}>
        Remove
      </button>
      {isConfirming && (
        <ConfirmDialog
          title={`Remove “${action.title}” from your plan?`}
          confirmLabel="Remove action"
          isDanger
          onCancel={() => setIsConfirming(false)}
          onConfirm={() => {
            setIsConfirming(false);
            removePdAction(action.id);
          }}
        >
          <p>Its goal and evidence notes are removed too.</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
