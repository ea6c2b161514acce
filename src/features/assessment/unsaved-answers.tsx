import type { IndicatorAnswer } from '../../domain/assessment/assessment.ts';
import type { Framework } from '../../domain/framework/framework.ts';
import { findLevel, skillAreasOf } from '../../domain/framework/framework.ts';
import { Notice } from '../../components/ui/notice.tsx';
import { useAssessment, useAssessmentActions } from '../../state/assessment-store.ts';

function describe(framework: Framework, answer: IndicatorAnswer | undefined): string {
  const level = answer?.current ? (findLevel(framework, answer.current)?.name ?? framework.rubric.notApplicable.name) : 'not rated';
  const target = answer?.target ? `, target ${findLevel(framework, answer.target)?.name ?? answer.target}` : '';
  return `${level}${target}`;
}

/**
 * After the newest answers replaced this tab's: what was typed here and not saved, to copy or put back one
 * indicator at a time. Nothing is put back without the user asking.
 */
export function UnsavedAnswers() {
  const unsaved = useAssessment((s) => s.unsaved);
  const framework = useAssessment((s) => (s.status === 'ready' ? s.framework : undefined));
  const { dismissUnsaved, putBackMyAnswer } = useAssessmentActions();
  if (!unsaved || !framework) return null;
  const order = skillAreasOf(framework).flatMap((area) => area.indicators.map((i) => ({ id: i.id, code: i.code })));
  const items = order.flatMap(({ id, code }) => unsaved.answers.filter((a) => a.indicatorId === id).map((a) => ({ ...a, code })));
  return (
    <Notice tone="info" title="Your changes from this tab that were not saved">
      <p>The newest answers from the other tab are shown. Here is what you had entered in this tab; put back any you still want.</p>
      <ul className="unsaved-list">
        {items.map((item) => (
          <li key={item.indicatorId}>
            <p>
              <strong>{item.code}</strong>
              {describe(framework, item.mine) !== describe(framework, item.newest)
                ? `: yours ${describe(framework, item.mine)}; saved now ${describe(framework, item.newest)}.`
                : ': your note differs from the saved one.'}
            </p>
            {item.mine?.note && (
              <div className="field">
                <label htmlFor={`unsaved-note-${item.indicatorId}`}>Your note for {item.code} (select it to copy)</label>
                <textarea id={`unsaved-note-${item.indicatorId}`} rows={3} readOnly value={item.mine.note} />
              </div>
            )}
            <button type="button" className="button button--small" onClick={() => putBackMyAnswer(item.indicatorId)}>
              Put back my answer for {item.code}
            </button>
          </li>
        ))}
      </ul>
      {unsaved.hasOtherChanges && <p>Other changes made in this tab (title, targets, importance, plan or comments) were not saved; make them again if you still want them.</p>}
      <button type="button" className="button button--small button--quiet" onClick={dismissUnsaved}>
        Dismiss
      </button>
    </Notice>
  );
}
