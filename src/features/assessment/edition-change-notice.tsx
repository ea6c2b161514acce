import { useShallow } from 'zustand/shallow';
import { editionYear } from '../../config/editions.ts';
import { carriedCounts } from '../../domain/assessment/carry-over.ts';
import type { SkillArea } from '../../domain/framework/framework.ts';
import { plural } from '../../domain/plural.ts';
import { useAssessment } from '../../state/assessment-store.ts';

/** On an assessment carried from an earlier edition: what came across, what waits for a check, and what is new here. */
export function EditionChangeNotice({ skillArea }: { skillArea: SkillArea }) {
  const shown = useAssessment(
    useShallow((s) => {
      const change = s.status === 'ready' ? s.assessment.editionChange : undefined;
      if (!change || s.status !== 'ready') return undefined;
      const counts = carriedCounts(s.assessment);
      // Joined into strings: a shallow comparison of new arrays would never settle.
      const toCheckHere = skillArea.indicators.filter((i) => s.assessment.answers[i.id]?.carried?.needsCheck).map((i) => i.code).join(', ');
      const newHere = skillArea.indicators.filter((i) => change.newIndicatorIds.includes(i.id)).map((i) => i.code).join(', ');
      return { year: editionYear(change.fromEditionId), ...counts, newCount: change.newIndicatorIds.length, toCheckHere, newHere };
    }),
  );
  if (!shown) return null;
  const { year, settled, toCheck, newCount, toCheckHere, newHere } = shown;
  return (
    <div className="card carried-summary" role="note" aria-label={`Answers carried from ${year}`}>
      <p>
        Started from an assessment on the {year} edition: {plural(settled, 'answer')} carried as {settled === 1 ? 'it was' : 'they were'} (or
        checked since), {plural(toCheck, 'answer')} marked “please check”, and {plural(newCount, 'indicator')} new in this edition.
      </p>
      {(toCheckHere || newHere) && (
        <p>
          In this skill area: {toCheckHere ? `please check ${toCheckHere}` : 'nothing to check'}
          {newHere ? `; new: ${newHere}` : ''}.
        </p>
      )}
    </div>
  );
}
