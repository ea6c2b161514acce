import type { Importance } from '../../domain/assessment/assessment.ts';
import type { GapAnalysis } from '../../domain/results/gaps.ts';
import { useAssessmentActions } from '../../state/assessment-store.ts';

const choices: { value: Importance; label: string }[] = [
  { value: 'low', label: 'Low (counts half)' },
  { value: 'normal', label: 'Normal' },
  { value: 'high', label: 'High (counts double)' },
];

export function ImportanceTable({ analysis }: { analysis: GapAnalysis }) {
  const { setImportance } = useAssessmentActions();
  return (
    <>
      <p className="muted">
        Mark what matters most to your district this year. A skill area's priority is its gap multiplied by its importance.
      </p>
      <ul className="importance-list">
        {analysis.skillAreas.map(({ skillArea, importance }) => {
          const id = `importance-${skillArea.id}`;
          return (
            <li key={skillArea.id} className="importance-row">
              <label htmlFor={id}>Importance of {skillArea.title}</label>
              <select id={id} value={importance} onChange={(event) => setImportance(skillArea.id, choices.find((c) => c.value === event.target.value)?.value ?? 'normal')}>
                {choices.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
    </>
  );
}
