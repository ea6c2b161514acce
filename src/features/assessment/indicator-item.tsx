import { memo } from 'react';
import { MAX_NOTE_LENGTH } from '../../domain/assessment/assessment.ts';
import type { Framework, Indicator } from '../../domain/framework/framework.ts';
import { findLevel } from '../../domain/framework/framework.ts';
import { useAssessment, useAssessmentActions } from '../../state/assessment-store.ts';
import { CarriedNote } from './carried-mark.tsx';

interface IndicatorItemProps {
  framework: Framework;
  indicator: Indicator;
  areaTargetId: string;
}

/** Reads its own answer, so an edit redraws only the indicator it changed (the others keep the same answer object). */
export const IndicatorItem = memo(function IndicatorItem({ framework, indicator, areaTargetId }: IndicatorItemProps) {
  const answer = useAssessment((s) => (s.status === 'ready' ? s.assessment.answers[indicator.id] : undefined));
  const fromEditionId = useAssessment((s) => (s.status === 'ready' ? s.assessment.editionChange?.fromEditionId : undefined));
  const isNew = useAssessment((s) => s.status === 'ready' && Boolean(s.assessment.editionChange?.newIndicatorIds.includes(indicator.id)));
  const { keepCarriedAnswer, rateIndicator, setIndicatorTarget, writeNote } = useAssessmentActions();
  const { levels, notApplicable } = framework.rubric;
  const code = indicator.code;
  const base = `indicator-${indicator.id}`;
  const choices = [...levels, { ...notApplicable, value: undefined }];
  const areaTargetName = findLevel(framework, areaTargetId)?.name ?? areaTargetId;

  return (
    <li className="card indicator" aria-labelledby={`${base}-text`}>
      <h2 id={`${base}-text`} className="indicator__text">
        <span className="indicator__code">{code}</span> {indicator.text}
      </h2>
      <CarriedNote code={code} carried={answer?.carried} fromEditionId={fromEditionId} isNew={isNew} onKeep={() => keepCarriedAnswer(indicator.id)} />

      <fieldset className="level-choice">
        <legend>Current level for {code}</legend>
        <div className="level-choice__options">
          {choices.map((choice) => {
            const id = `${base}-current-${choice.id}`;
            return (
              <div key={choice.id} className={choice.id === notApplicable.id ? 'level-option level-option--na' : 'level-option'}>
                <input
                  type="radio"
                  id={id}
                  name={`${base}-current`}
                  value={choice.id}
                  checked={answer?.current === choice.id}
                  onChange={() => rateIndicator(indicator.id, choice.id)}
                  aria-describedby={`${id}-summary`}
                />
                <label htmlFor={id}>
                  <span className="level-option__name">
                    {choice.value !== undefined && `${choice.value}. `}
                    {choice.name}
                  </span>
                  <span id={`${id}-summary`} className="level-option__summary">
                    {indicator.levels[choice.id] ?? choice.summary}
                  </span>
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>

      <div className="indicator__extras">
        <div className="field">
          <label htmlFor={`${base}-target`}>Target for {code}</label>
          <select
            id={`${base}-target`}
            value={answer?.target ?? ''}
            onChange={(event) => setIndicatorTarget(indicator.id, event.target.value || undefined)}
          >
            <option value="">Same as skill area ({areaTargetName})</option>
            {levels.map((level) => (
              <option key={level.id} value={level.id}>
                {level.value}. {level.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--grow">
          <label htmlFor={`${base}-note`}>Evidence notes for {code}</label>
          <textarea
            id={`${base}-note`}
            rows={3}
            maxLength={MAX_NOTE_LENGTH}
            value={answer?.note ?? ''}
            onChange={(event) => writeNote(indicator.id, event.target.value)}
            aria-describedby={`${base}-note-hint`}
          />
          <p id={`${base}-note-hint`} className="field__hint">
            What you have done that shows this level: projects, documents, results. Up to {MAX_NOTE_LENGTH.toLocaleString('en-US')} characters.
          </p>
        </div>
      </div>
    </li>
  );
});
