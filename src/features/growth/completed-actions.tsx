import type { Comparison } from '../../domain/results/compare.ts';
import { formatDateTime } from '../../lib/format.ts';

export function CompletedActions({ comparison }: { comparison: Comparison }) {
  const { completedActions } = comparison;
  if (completedActions.length === 0) return <p>No plan actions were marked done between these two assessments.</p>;
  return (
    <ul className="completed-actions">
      {completedActions.map((action) => (
        <li key={action.id}>
          <strong>{action.title}</strong> — done {action.completedAt ? formatDateTime(action.completedAt) : ''}
          {action.evidence && <span className="muted"> · Evidence: {action.evidence}</span>}
        </li>
      ))}
    </ul>
  );
}
