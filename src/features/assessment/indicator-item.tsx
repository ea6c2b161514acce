import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { MAX_NOTE_LENGTH } from '../../domain/assessment/assessment.ts';
import type { Framework, Indicator, SkillArea } from '../../domain/framework/framework.ts';
import { findLevel, levelDescriptor } from '../../domain/framework/framework.ts';
import { useAssessment, useAssessmentActions } from '../../state/assessment-store.ts';
import { CarriedNote } from './carried-mark.tsx';
import { indicatorAnchor } from './indicator-anchor.ts';
import { IndicatorLevels } from './indicator-levels.tsx';
import { IndicatorTools } from './indicator-tools.tsx';

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
  // The level under the pointer or focus, with the rating it was pointed at under: a new rating shows its own
  // descriptor until the pointer or focus moves again (a level key moves focus only after the rating is drawn).
  const [pointed, setPointed] = useState<{ levelId: string | undefined; under: string | undefined }>();
  const [isNoteOpen, setIsNoteOpen] = useState(false);
  const note = useRef<HTMLTextAreaElement>(null);
  const wantsNoteFocus = useRef(false);
  const { notApplicable } = framework.rubric;
  const code = indicator.code;
  const base = indicatorAnchor(indicator.id);
  const areaTargetName = findLevel(framework, areaTargetId)?.name ?? areaTargetId;
  const hasNote = Boolean(answer?.note);
  const isNoteShown = isNoteOpen || hasNote;
  const isFlagged = Boolean(answer?.flagged);
  const current = answer?.current;
  const shownId = (pointed?.under === current ? pointed?.levelId : undefined) ?? current;
  const shown = shownId === notApplicable.id ? notApplicable : findLevel(framework, shownId);
  const shownText = shown && (shown.id === notApplicable.id ? notApplicable.summary : levelDescriptor(skillArea, indicator, shown.id));

  // Stable, so a rating redraws the levels and the descriptor but not the tools beneath them.
  const id = indicator.id;
  const rate = useCallback((levelId: string) => rateIndicator(id, levelId), [rateIndicator, id]);
  const point = useCallback((levelId: string | undefined) => setPointed({ levelId, under: current }), [current]);
  const setTarget = useCallback((levelId: string | undefined) => setIndicatorTarget(id, levelId), [setIndicatorTarget, id]);
  const flag = useCallback(() => flagIndicator(id, !isFlagged), [flagIndicator, id, isFlagged]);
  const toggleNote = useCallback(() => {
    wantsNoteFocus.current = !isNoteOpen;
    setIsNoteOpen(!isNoteOpen);
  }, [isNoteOpen]);

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

      <IndicatorLevels framework={framework} base={base} code={code} current={current} onRate={rate} onPoint={point} />
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

      <IndicatorTools
        framework={framework}
        indicator={indicator}
        base={base}
        areaTargetName={areaTargetName}
        target={answer?.target}
        isFlagged={isFlagged}
        isNoteOpen={hasNote ? undefined : isNoteOpen}
        onTarget={setTarget}
        onToggleNote={toggleNote}
        onFlag={flag}
      />

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
