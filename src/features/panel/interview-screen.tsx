import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { findLevel, skillAreasOf } from '../../domain/framework/framework.ts';
import { scorecardId } from '../../domain/panel/panel.ts';
import { questionsFor } from '../../domain/panel/interview-questions-schema.ts';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { paths } from '../../config/paths.ts';
import { useShallow } from 'zustand/shallow';
import { usePanel, usePanelActions } from '../../state/panel-store.ts';
import { InterviewQuestionList } from './interview-question-list.tsx';
import { LevelPicker } from './level-picker.tsx';
import './panel.css';

export function InterviewScreen() {
  const { roundId = '', panelistId = '' } = useParams();
  const [params] = useSearchParams();
  const { round, framework, questions, scorecards, saveProblem, saveState } = usePanel(
    useShallow((s) => ({ round: s.round, framework: s.framework, questions: s.questions, scorecards: s.scorecards, saveProblem: s.saveProblem, saveState: s.saveState })),
  );
  const { loadNewestScores, openRound, scoreCandidate, submitScores } = usePanelActions();
  const hasConflict = saveState === 'conflict';
  const [isConfirmingSubmit, setIsConfirmingSubmit] = useState(false);
  const submittedNotice = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    void openRound(roundId);
  }, [openRound, roundId]);

  if (!round || round.id !== roundId || !framework) return <p className="page">Opening the interview…</p>;
  const panelist = round.panelists.find((p) => p.id === panelistId);
  if (!panelist) return <p className="page">This panelist is not part of the round.</p>;

  const candidate = round.candidates.find((c) => c.id === params.get('candidate')) ?? round.candidates[0];
  const areas = skillAreasOf(framework).filter((area) => round.skillAreaIds.includes(area.id));
  const areaIndex = Math.max(0, areas.findIndex((area) => area.id === params.get('area')));
  const area = areas[areaIndex];
  if (!candidate || !area) return <p className="page">This round has no candidates or skill areas.</p>;

  // Blind scoring: only this panelist's own card is read here.
  const card = scorecards.find((c) => c.id === scorecardId(round.id, panelist.id));
  const score = card?.scores[candidate.id]?.[area.id];
  const isSubmitted = Boolean(card?.submittedAt);
  const previous = areas[areaIndex - 1];
  const next = areas[areaIndex + 1];
  const nextCandidate = round.candidates[round.candidates.indexOf(candidate) + 1];
  const href = (candidateId: string, areaId?: string) => paths.interview.href(round.id, panelist.id, candidateId, areaId);

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
      {isSubmitted && <p ref={submittedNotice} tabIndex={-1} className="notice notice--info">Your scores are submitted and can no longer be changed.</p>}
      <p>{area.description}</p>

      <LevelPicker
        framework={framework}
        skillArea={area}
        value={score?.level}
        isDisabled={isSubmitted}
        onChange={(level) => scoreCandidate(panelist.id, candidate.id, area.id, { level })}
      />
      <p className="muted">
        {score?.level ? `Scored: ${findLevel(framework, score.level)?.name ?? score.level}.` : 'Not scored yet.'} Keys 1–4 choose a level.
      </p>

      <div className="field">
        <label htmlFor="interview-note">Notes on {candidate.name} for {area.title}</label>
        <textarea
          id="interview-note"
          rows={4}
          value={score?.note ?? ''}
          disabled={isSubmitted}
          onChange={(event) => scoreCandidate(panelist.id, candidate.id, area.id, { note: event.target.value })}
        />
      </div>

      {questions && <InterviewQuestionList questions={questionsFor(questions, area.id)} framework={framework} />}

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
          !isSubmitted && (
            <button type="button" className="button button--primary" onClick={() => setIsConfirmingSubmit(true)}>
              Submit my scores
            </button>
          )
        )}
      </nav>
      <p>
        <Link to={paths.round.href(round.id)}>Back to the round</Link>
      </p>
      {isConfirmingSubmit && (
        <ConfirmDialog
          title="Submit your scores?"
          confirmLabel="Submit scores"
          onCancel={() => setIsConfirmingSubmit(false)}
          onConfirm={() => {
            setIsConfirmingSubmit(false);
            submitScores(panelist.id);
            // The Submit button is gone; the notice that replaces it takes focus once the dialog has closed.
            requestAnimationFrame(() => submittedNotice.current?.focus());
          }}
        >
          <p>After submitting you cannot change them, and the chair can see them.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
