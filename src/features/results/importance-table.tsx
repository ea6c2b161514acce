import type { Importance } from '../../domain/assessment/assessment.ts';
import type { GapAnalysis } from '../../domain/results/gaps.ts';
import { proposedImportanceOf } from '../../domain/review/importance-proposals.ts';
import { capitalised, readerVoice } from '../../domain/review/reader-voice.ts';
import { useAssessment, useAssessmentActions, useOpenAssessment } from '../../state/assessment-store.ts';

const choices: { value: Importance; label: string }[] = [
  { value: 'low', label: 'Low (counts half)' },
  { value: 'normal', label: 'Normal' },
  { value: 'high', label: 'High (counts double)' },
];

const NAMES: Record<Importance, string> = { low: 'low', normal: 'normal', high: 'high' };

const chosen = (value: string): Importance => choices.find((c) => c.value === value)?.value ?? 'normal';

/** The author sets importance; the reader of a received copy proposes changes, which the author accepts or declines. */
export function ImportanceTable({ analysis }: { analysis: GapAnalysis }) {
  const open = useOpenAssessment();
  const reviewer = useAssessment((s) => s.reviewer);
  const { setImportance, proposeImportance } = useAssessmentActions();
  if (!open) return null;
  const { assessment } = open;
  const voice = readerVoice(assessment);
  return (
    <>
      {voice.isOwner ? (
        <p className="muted">
          Mark what matters most to your district this year. A skill area's priority is its gap multiplied by its importance.
        </p>
      ) : (
        <p className="muted">
          {capitalised(voice.owner)} marked how much each skill area matters to the district this year; a skill area's priority is
          its gap multiplied by its importance. Propose a change where you see it differently: nothing in {voice.possessive} ranking
          moves until {voice.owner} accepts it, after you send the review back.
        </p>
      )}
      <ul className="importance-list">
        {analysis.skillAreas.map(({ skillArea, importance }) => {
          const id = `importance-${skillArea.id}`;
          const proposed = voice.isOwner ? importance : proposedImportanceOf(assessment, skillArea.id);
          return (
            <li key={skillArea.id} className="importance-row">
              <label htmlFor={id}>{voice.isOwner ? `Importance of ${skillArea.title}` : `Proposed importance of ${skillArea.title}`}</label>
              <select
                id={id}
                value={proposed}
                aria-describedby={voice.isOwner ? undefined : `${id}-owner`}
                onChange={(event) =>
                  voice.isOwner
                    ? setImportance(skillArea.id, chosen(event.target.value))
                    : proposeImportance(skillArea.id, chosen(event.target.value), reviewer ?? { name: '', role: '' })
                }
              >
                {choices.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </select>
              {!voice.isOwner && (
                <p id={`${id}-owner`} className="field__hint">
                  {capitalised(voice.owner)} marked this {NAMES[importance]} importance
                  {proposed === importance ? '.' : `; you propose ${NAMES[proposed]}.`}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
