import type { Framework, Indicator, SkillArea } from '../../domain/framework/framework.ts';
import { findLevel, levelDescriptor } from '../../domain/framework/framework.ts';
import { capitalised } from '../../domain/review/reader-voice.ts';
import { useAssessment } from '../../state/assessment-store.ts';
import { CarriedNote } from './carried-mark.tsx';

interface IndicatorReadOnlyProps {
  framework: Framework;
  skillArea: SkillArea;
  indicator: Indicator;
  areaTargetId: string;
  /** The author's name: the answers and notes are theirs. */
  owner: string;
}

/**
 * A received answer as a reader sees it: the levels in words, what the chosen level means for this indicator, where
 * the answer came from after a change of edition, and the evidence; nothing to change.
 */
export function IndicatorReadOnly({ framework, skillArea, indicator, areaTargetId, owner }: IndicatorReadOnlyProps) {
  const answer = useAssessment((s) => (s.status === 'ready' ? s.assessment.answers[indicator.id] : undefined));
  const fromEditionId = useAssessment((s) => (s.status === 'ready' ? s.assessment.editionChange?.fromEditionId : undefined));
  const isNew = useAssessment((s) => s.status === 'ready' && Boolean(s.assessment.editionChange?.newIndicatorIds.includes(indicator.id)));
  const { notApplicable } = framework.rubric;
  const level = findLevel(framework, answer?.current);
  const current = answer?.current === notApplicable.id ? notApplicable.name : (level?.name ?? 'Not rated');
  const target = findLevel(framework, answer?.target ?? areaTargetId)?.name ?? '—';
  const meaning = level && levelDescriptor(skillArea, indicator, level.id);
  return (
    <li className="card indicator" aria-labelledby={`indicator-${indicator.id}-text`}>
      <h2 id={`indicator-${indicator.id}-text`} className="indicator__text">
        <span className="indicator__code">{indicator.code}</span> {indicator.text}
      </h2>
      <CarriedNote code={indicator.code} carried={answer?.carried} fromEditionId={fromEditionId} isNew={isNew} />
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
      {meaning && (
        <p className="indicator__descriptor">
          <strong>{level.name}:</strong> {meaning}
        </p>
      )}
      {answer?.note && (
        <>
          <p className="muted">{capitalised(owner)}’s evidence notes</p>
          <p className="comment__text">{answer.note}</p>
        </>
      )}
    </li>
  );
}
