import type { Framework, Indicator } from '../../domain/framework/framework.ts';
import { findLevel } from '../../domain/framework/framework.ts';
import { capitalised } from '../../domain/review/reader-voice.ts';
import { useAssessment } from '../../state/assessment-store.ts';

interface IndicatorReadOnlyProps {
  framework: Framework;
  indicator: Indicator;
  areaTargetId: string;
  /** The author's name: the answers and notes are theirs. */
  owner: string;
}

/** A received answer as a reader sees it: the levels in words and the evidence, nothing to change. */
export function IndicatorReadOnly({ framework, indicator, areaTargetId, owner }: IndicatorReadOnlyProps) {
  const answer = useAssessment((s) => (s.status === 'ready' ? s.assessment.answers[indicator.id] : undefined));
  const { notApplicable } = framework.rubric;
  const current = answer?.current === notApplicable.id ? notApplicable.name : (findLevel(framework, answer?.current)?.name ?? 'Not rated');
  const target = findLevel(framework, answer?.target ?? areaTargetId)?.name ?? '—';
  return (
    <li className="card indicator" aria-labelledby={`indicator-${indicator.id}-text`}>
      <h2 id={`indicator-${indicator.id}-text`} className="indicator__text">
        <span className="indicator__code">{indicator.code}</span> {indicator.text}
      </h2>
      <dl className="gap__figures">
        <div>
          <dt>{capitalised(owner)}’s current level</dt>
          <dd>{current}</dd>
        </div>
        <div>
          <dt>{capitalised(owner)}’s target</dt>
          <dd>{target}</dd>
        </div>
      </dl>
      {answer?.note && (
        <>
          <p className="muted">{capitalised(owner)}’s evidence notes</p>
          <p className="comment__text">{answer.note}</p>
        </>
      )}
    </li>
  );
}
