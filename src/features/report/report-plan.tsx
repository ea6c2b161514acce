import type { ReportModel } from '../../domain/report/report-model.ts';
import { When } from './report-bits.tsx';
import { TableRegion } from '../../components/ui/table-region.tsx';

export function ReportPlan({ report }: { report: ReportModel }) {
  const { plan, includesNotes } = report;
  const hasEvidence = includesNotes && plan.some((action) => action.evidence !== undefined);
  return (
    <section className="report-section" aria-labelledby="report-plan-heading">
      <h2 id="report-plan-heading">Professional development plan</h2>
      {plan.length === 0 ? (
        <p>No actions in the plan yet.</p>
      ) : (
        <TableRegion className="report-table-wrap" label="Development actions">
          <table className="report-table report-plan-table">
            <caption>Development actions, with the skill areas they serve</caption>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Skill areas</th>
                <th scope="col">Status</th>
                <th scope="col">Due</th>
                <th scope="col">Completed</th>
                {hasEvidence && <th scope="col">Evidence</th>}
              </tr>
            </thead>
            <tbody>
              {plan.map((action) => (
                <tr key={action.id}>
                  <th scope="row">
                    {action.title}
                    {action.goal.trim() && <span className="report-plan-table__goal">{action.goal}</span>}
                  </th>
                  <td>{action.skillAreas.join(', ') || '—'}</td>
                  <td>
                    <span className={`report-status report-status--${action.status}`}>{action.statusLabel}</span>
                  </td>
                  <td>{action.dueDate ? <When iso={action.dueDate} style="calendar" /> : '—'}</td>
                  <td>{action.completedAt ? <When iso={action.completedAt} /> : '—'}</td>
                  {hasEvidence && <td className="report-prewrap">{action.evidence ?? '—'}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
