import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { findLevel, skillAreasOf } from '../../domain/framework/framework.ts';
import { scorecardId } from '../../domain/panel/panel.ts';
import { questionsFor } from '../../domain/panel/interview-questions-schema.ts';
import { isCandidateSubmitted, NOT_OBSERVED, unscoredAreas } from '../../domain/panel/round.ts';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { paths } from '../../config/paths.ts';
import { useShallow } from 'zustand/shallow';
import { usePanel, usePanelActions } from '../../state/panel-store.ts';
import { exportScorecard } from './export-scorecard.ts';
import { InterviewQuestionList } from './interview-question-list.tsx';
import { LevelPicker } from './level-picker.tsx';
import { PinGate } from './pin-gate.tsx';
import './panel.css';

export function InterviewScreen() {
  const { roundId = '', panelistId = '' } = useParams();
  const [params] = useSearchParams();
  const { round, framework, questions, scorecards, saveProblem, saveState, device, pinned, unlocked } = usePanel(
    useShallow((s) => ({
      round: s.round,
      framework: s.framework,
      questions: s.questions,
      scorecards: s.scorecards,
      saveProblem: s.saveProblem,
      saveState: s.saveState,
      device: s.device,
      pinned: s.pinned,
      unlocked: s.unlocked,
    })),
  );
  const { loadNewestScores, openRound, scoreCandidate, submitCandidateScores } = usePanelActions();
  const hasConflict = saveState === 'conflict';
  const [isConfirmingSubmit, setIsConfirmingSubmit] = useState(false);
  const submittedNotice = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    void openRound(roundId);
  }, [openRound, roundId]);

  if (!round || round.id !== roundId || !framework) return <p className="page">Opening the interview…</p>;
  const panelist = round.panelists.find((p) => p.id === panelistId);
  if (!panelist) return <p className="page">This panelist is not part of the round.</p>;
  // A panelist's own device scores for them alone; on the chair's shared device each card needs its PIN.
  if (device && device.panelistId !== panelist.id) {
    return (
      <section className="page">
        <PageHeading title="Not your scorecard" />
        <p>This device scores for one panelist only. <Link to={paths.round.href(round.id)}>Back to the round</Link></p>
      </section>
    );
  }
  if (!device && unlocked !== panelist.id) return <PinGate roundId={round.id} panelistId={panelist.id} name={panelist.name} hasPin={pinned.includes(panelist.id)} />;

  const candidate = round.candidates.find((c) => c.id === params.get('candidate')) ?? round.candidates[0];
  const areas = skillAreasOf(framework).filter((area) => round.skillAreaIds.includes(area.id));
  const areaIndex = Math.max(0, areas.findIndex((area) => area.id === params.get('area')));
  const area = areas[areaIndex];
  if (!candidate || !area) return <p className="page">This round has no candidates or skill areas.</p>;

  // Blind scoring: only this panelist's own card is read here.
  const card = scorecards.find((c) => c.id === scorecardId(round.id, panelist.id));
  const score = card?.scores[candidate.id]?.[area.id];
  const isLocked = isCandidateSubmitted(card, candidate.id) || round.scoringClosed !== undefined;
  const previous = areas[areaIndex - 1];
  const next = areas[areaIndex + 1];
  const nextCandidate = round.candidates[round.candidates.indexOf(candidate) + 1];
  const href = (candidateId: string, areaId?: string) => paths.interview.href(round.id, panelist.id, candidateId, areaId);
  const titleOf = new Map(areas.map((a) => [a.id, a.title]));
  const empty = unscoredAreas(round, card, candidate.id).map((id) => titleOf.get(id) ?? id);
  const scoredAs = score?.level === NOT_OBSERVED ? 'Not asked / not observed.' : score?.level ? `Scored: ${findLevel(framework, score.level)?.name ?? score.level}.` : 'Not scored yet.';

  return (
    <section className="page interview">
      <p className="eyebrow">
        {round.positionTitle} · scoring as {panelist.name} · skill area {areaIndex + 1} of {areas.length}
      </p>
      <PageHeading key={`${candidate.id}-${area.id}`} title={`${candidate.name}: ${area.title}`} />
      <nav aria-label="Candidates" className="interview__candidates">
        {round.candidates.map((c) => (
          <Link key={c.id} to={href(c.id, area.id)} aria-current={c.id === candidate.id ? 'page' : undefined} className="button button--small">
            {c.name}
            {c.isPractice ? ' (practice)' : ''}
            {isCandidateSubmitted(card, c.id) ? ' ✓ submitted' : ''}
          </Link>
        ))}
      </nav>
      {saveProblem && (
        <div role="alert" className="notice notice--error">
          <p>{saveProblem}</p>
          {hasConflict && (
            <>
              <p>Copy any notes you typed here first: loading replaces them with the saved scores.</p>
              <button type="button" className="button button--small" onClick={() => void loadNewestScores()}>
                Load the newest scores
              </button>
            </>
          )}
        </div>
      )}
      {round.scoringClosed && <p className="notice notice--info">The chair has closed scoring for this round.</p>}
      {isCandidateSubmitted(card, candidate.id) && (
        <p ref={submittedNotice} tabIndex={-1} className="notice notice--info">
          Your scores for {candidate.name} are submitted and locked.
        </p>
      )}
      {candidate.isPractice && <p className="notice notice--info">Practice candidate: scored for calibration only, never ranked.</p>}
      <p>{area.description}</p>

      {questions && <InterviewQuestionList own={round.customQuestions?.[area.id] ?? []} questions={questionsFor(questions, area.id)} framework={framework} />}

      <LevelPicker
        framework={framework}
        skillArea={area}
        value={score?.level}
        isDisabled={isLocked}
        onChange={(level) => scoreCandidate(panelist.id, candidate.id, area.id, { level })}
      />
      <p className="muted">{scoredAs} Keys 1–4 choose a level, 0 “not observed”.</p>

      <div className="field">
        <label htmlFor="interview-note">Notes on {candidate.name} for {area.title}</label>
        <textarea
          id="interview-note"
          rows={4}
          value={score?.note ?? ''}
          disabled={isLocked}
          onChange={(event) => scoreCandidate(panelist.id, candidate.id, area.id, { note: event.target.value })}
        />
      </div>

      <nav className="pager" aria-label="Previous and next skill area">
        {previous ? (
          <Link className="button" to={href(candidate.id, previous.id)}>
            ← {previous.title}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link className="button button--primary" to={href(candidate.id, next.id)}>
            {next.title} →
          </Link>
        ) : nextCandidate ? (
          <Link className="button button--primary" to={href(nextCandidate.id, areas[0]?.id)}>
            Next candidate: {nextCandidate.name} →
          </Link>
        ) : (
          <span />
        )}
      </nav>
      {!isLocked && (
        <p>
          <button type="button" className="button button--primary" onClick={() => setIsConfirmingSubmit(true)}>
            Submit my scores for {candidate.name}
          </button>
        </p>
      )}
      <p className="assessment-card__actions">
        <Link to={paths.round.href(round.id)}>{device ? 'Back to the round' : 'Close my scorecard and go back to the round'}</Link>
        {/* Only here, behind this panelist's own PIN or on their own device, does a card export before it is all submitted. */}
        {card && (
          <button type="button" className="button button--small" onClick={() => void exportScorecard(round, card, panelist.name)}>
            Export my scorecard
          </button>
        )}
      </p>
      {isConfirmingSubmit && (
        <ConfirmDialog
          title={`Submit your scores for ${candidate.name}?`}
          confirmLabel="Submit scores"
          onCancel={() => setIsConfirmingSubmit(false)}
          onConfirm={() => {
            setIsConfirmingSubmit(false);
            submitCandidateScores(panelist.id, candidate.id);
            // The Submit button is gone; the notice that replaces it takes focus once the dialog has closed.
            requestAnimationFrame(() => submittedNotice.current?.focus());
          }}
        >
          {empty.length > 0 && (
            <div className="notice notice--error">
              <p>
                {empty.length} of {areas.length} skill areas have no score yet. Go back and score them, or choose “Not asked / not observed”:
              </p>
              <ul aria-label="Skill areas with no score">
                {empty.map((title) => (
                  <li key={title}>{title}</li>
                ))}
              </ul>
            </div>
          )}
          <p>After submitting you cannot change these scores. The panel sees them once every panelist has submitted.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
