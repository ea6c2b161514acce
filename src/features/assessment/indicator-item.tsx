import { memo, useEffect, useRef, useState } from 'react';
import { MAX_NOTE_LENGTH } from '../../domain/assessment/assessment.ts';
import type { Framework, Indicator, SkillArea } from '../../domain/framework/framework.ts';
import { findLevel, levelDescriptor } from '../../domain/framework/framework.ts';
import { useAssessment, useAssessmentActions } from '../../state/assessment-store.ts';
import { CarriedNote } from './carried-mark.tsx';
import { indicatorAnchor } from './indicator-anchor.ts';

interface IndicatorItemProps {
  framework: Framework;
  skillArea: SkillArea;
  indicator: Indicator;
  areaTargetId: string;
}

/**
 * The compact card: the statement, the level names, and the descriptor of the level under the pointer or focus
 * (else the chosen one) once beneath them; target, evidence, flag and examples on one line. Reads its own answer,
 * so an edit redraws only the indicator it changed. The walk's keys find the card by data-indicator.
 */
export const IndicatorItem = memo(function IndicatorItem({ framework, skillArea, indicator, areaTargetId }: IndicatorItemProps) {
  const answer = useAssessment((s) => (s.status === 'ready' ? s.assessment.answers[indicator.id] : undefined));
  const fromEditionId = useAssessment((s) => (s.status === 'ready' ? s.assessment.editionChange?.fromEditionId : undefined));
  const isNew = useAssessment((s) => s.status === 'ready' && Boolean(s.assessment.editionChange?.newIndicatorIds.includes(indicator.id)));
  const { flagIndicator, keepCarriedAnswer, rateIndicator, setIndicatorTarget, writeNote } = useAssessmentActions();
  const [pointed, setPointed] = useState<string>();
  const [isNoteOpen, setIsNoteOpen] = useState(false);
  const note = useRef<HTMLTextAreaElement>(null);
  const wantsNoteFocus = useRef(false);
  const { levels, notApplicable } = framework.rubric;
  const code = indicator.code;
  const base = indicatorAnchor(indicator.id);
  const choices = [...levels, { ...notApplicable, value: undefined }];
  const areaTargetName = findLevel(framework, areaTargetId)?.name ?? areaTargetId;
  const hasNote = Boolean(answer?.note);
  const isNoteShown = isNoteOpen || hasNote;
  const isFlagged = Boolean(answer?.flagged);
  const shownId = pointed ?? answer?.current;
  const shown = choices.find((c) => c.id === shownId);
  const shownText = shown && (shown.id === notApplicable.id ? notApplicable.summary : levelDescriptor(skillArea, indicator, shown.id));

  useEffect(() => {
    if (isNoteShown && wantsNoteFocus.current) note.current?.focus();
    wantsNoteFocus.current = false;
  }, [isNoteShown]);

  return (
    <li id={base} data-indicator={indicator.id} className={isFlagged ? 'card indicator indicator--flagged' : 'card indicator'} aria-labelledby={`${base}-text`}>
      <h2 id={`${base}-text`} className="indicator__text">
        <span className="indicator__code">{code}</span> {indicator.text}
        {isFlagged && <span className="badge indicator__flag">Flagged</span>}
      </h2>
      <CarriedNote code={code} carried={answer?.carried} fromEditionId={fromEditionId} isNew={isNew} onKeep={() => keepCarriedAnswer(indicator.id)} />

      <fieldset className="level-choice level-choice--compact" onMouseLeave={() => setPointed(undefined)}>
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
                  onFocus={() => setPointed(choice.id)}
                  onBlur={(event) => {
                    // Focus moving to another level of this card (a level key) sets it in the same render.
                    if (!event.currentTarget.closest('fieldset')?.contains(event.relatedTarget)) setPointed(undefined);
                  }}
                  aria-keyshortcuts={choice.value === undefined ? '0 N' : String(choice.value)}
                  aria-describedby={`${base}-descriptor`}
                />
                <label htmlFor={id} onMouseEnter={() => setPointed(choice.id)}>
                  <span className="level-option__name">
                    {choice.value !== undefined && `${choice.value}. `}
                    {choice.name}
                  </span>
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
      {/* One region for every level: what the level under the pointer or focus, else the chosen one, means here. */}
      <p id={`${base}-descriptor`} className="indicator__descriptor" aria-live="polite">
        {shown ? (
          <>
            <strong>{shown.name}:</strong> {shownText}
          </>
        ) : (
          <span className="muted">Point at or focus a level to read what it looks like for {code}.</span>
        )}
      </p>

      <div className="indicator__tools">
        <span className="indicator__target">
          <label htmlFor={`${base}-target`}>
            Target<span className="visually-hidden"> for {code}</span>
          </label>{' '}
          <select id={`${base}-target`} value={answer?.target ?? ''} onChange={(event) => setIndicatorTarget(indicator.id, event.target.value || undefined)}>
            <option value="">{areaTargetName} (skill area)</option>
            {levels.map((level) => (
              <option key={level.id} value={level.id}>
                {level.value}. {level.name}
              </option>
            ))}
          </select>
        </span>
        {!hasNote && (
          <button
            type="button"
            className="button button--small"
            data-action="evidence"
            aria-expanded={isNoteShown}
            aria-controls={isNoteShown ? `${base}-note` : undefined}
            onClick={() => {
              wantsNoteFocus.current = !isNoteOpen;
              setIsNoteOpen(!isNoteOpen);
            }}
          >
            {isNoteOpen ? 'Hide evidence' : 'Add evidence'}
          </button>
        )}
        <button type="button" className="button button--small" data-action="flag" aria-pressed={isFlagged} onClick={() => flagIndicator(indicator.id, !isFlagged)}>
          Flag to revisit
        </button>
        {indicator.evidenceExamples && (
          <details className="indicator__examples">
            <summary>Examples of evidence</summary>
            <ul>
              {indicator.evidenceExamples.map((example) => (
                <li key={example}>{example}</li>
              ))}
            </ul>
          </details>
        )}
      </div>

      {isNoteShown && (
        <div className="field indicator__note">
          <label htmlFor={`${base}-note`}>Evidence notes for {code}</label>
          <textarea
            ref={note}
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
      )}
    </li>
  );
});
