import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Framework } from '../../domain/framework/framework.ts';
import type { FeedbackDraft } from '../../domain/feedback/feedback.ts';
import { requestedAreas, responseOf } from '../../domain/feedback/feedback.ts';
import { DamagedRecordCard } from '../../components/ui/damaged-record-card.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { deleteDamagedFeedback, feedbackDrafts, openDraft, openRequestFile, removeDraft, saveDraft } from '../../state/feedback-actions.ts';
import { downloadText, fileSlug } from '../../lib/download.ts';
import { errorMessage } from '../../lib/error-message.ts';
import { feedbackResponseText } from '../../lib/feedback-files.ts';
import { nowIso } from '../../lib/new-id.ts';
import { formatDateTime } from '../../lib/format.ts';
import { ObserverRating } from './observer-rating.tsx';
import { RaterStart } from './rater-start.tsx';

interface Opened {
  draft: FeedbackDraft;
  framework: Framework;
}

const REQUEST_PARAM = 'request';

/**
 * A colleague answers a leader's request: no account, nothing sent anywhere. Their answers are kept in this
 * browser as they go (the request's id is in the address), so a reload brings them back; they remove them
 * when done.
 */
export function GiveFeedbackScreen() {
  const [params, setParams] = useSearchParams();
  const requestId = params.get(REQUEST_PARAM) ?? undefined;
  const [loaded, setOpened] = useState<Opened>();
  // Only the draft the address names is shown: "back" to the plain address shows the opening card again.
  const opened = loaded && loaded.draft.requestId === requestId ? loaded : undefined;
  const [drafts, setDrafts] = useState<Awaited<ReturnType<typeof feedbackDrafts>>>();
  const [problem, setProblem] = useState<string>();
  const saving = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    let isCurrent = true;
    if (!requestId) {
      feedbackDrafts().then(
        (reads) => isCurrent && setDrafts(reads),
        (error: unknown) => isCurrent && setProblem(errorMessage(error, 'Feedback in progress could not be loaded.')),
      );
    } else if (loaded?.draft.requestId !== requestId) {
      openDraft(requestId).then(
        (found) => {
          if (!isCurrent) return;
          if (found?.ok) setOpened(found);
          else setProblem(found?.message ?? 'This browser holds no answers for that request. Open the request file again.');
        },
        (error: unknown) => isCurrent && setProblem(errorMessage(error, 'Your answers could not be loaded.')),
      );
    }
    return () => {
      isCurrent = false;
    };
  }, [requestId, loaded?.draft.requestId]);

  /** Every change is stored as it is made, in order. */
  const change = useCallback((draft: FeedbackDraft) => {
    const next = { ...draft, updatedAt: nowIso() };
    setOpened((current) => (current ? { ...current, draft: next } : current));
    saving.current = saving.current.then(() => saveDraft(next)).catch((error: unknown) => setProblem(errorMessage(error, 'Your answers could not be saved in this browser.')));
  }, []);

  const openFile = async (file: File) => {
    setProblem(undefined);
    try {
      const result = await openRequestFile(file);
      // Named, as on every other way in, so a second refused file is not mistaken for the first.
      if (!result.ok) return setProblem(`“${file.name}” was not opened. ${result.message}`);
      setOpened(result);
      setParams({ [REQUEST_PARAM]: result.draft.requestId });
    } catch (error) {
      setProblem(errorMessage(error, 'The request could not be opened.'));
    }
  };

  const exportResponse = async ({ draft }: Opened) => {
    if (!draft.group) return;
    const now = nowIso();
    const text = await feedbackResponseText(responseOf({ ...draft, group: draft.group }, now), now);
    downloadText(`feedback-for-${fileSlug(draft.ask.leaderName || 'leader')}.json`, text, 'application/json');
    change({ ...draft, exportedAt: now });
  };

  const remove = async (id: string) => {
    try {
      await saving.current;
      await removeDraft(id);
      setOpened(undefined);
      setParams({});
    } catch (error) {
      setProblem(errorMessage(error, 'Your answers could not be removed.'));
    }
  };

  const removeDamaged = async (key: IDBValidKey) => {
    try {
      await deleteDamagedFeedback('feedbackDrafts', key);
      setDrafts(await feedbackDrafts());
    } catch (error) {
      setProblem(errorMessage(error, 'The damaged answers could not be deleted.'));
    }
  };

  const leader = opened?.draft.ask.leaderName || 'the technology leader';
  const readable = (drafts ?? []).flatMap((read) => (read.ok ? [read.draft] : []));
  const damaged = (drafts ?? []).flatMap((read) => (read.ok ? [] : [read]));

  return (
    <section className="feedback">
      <PageHeading title="Give feedback to a colleague" />
      {!requestId && (
        <div className="card">
          <p>A technology leader has asked for your view of their work. Open the request file they sent you; nothing is sent anywhere.</p>
          <div className="field">
            <label htmlFor="request-file">Open the feedback request</label>
            <input
              id="request-file"
              type="file"
              accept=".json,application/json"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void openFile(file);
              }}
            />
          </div>
          {readable.length > 0 && (
            <>
              <h2>Feedback you have started in this browser</h2>
              <ul>
                {readable.map((draft) => (
                  <li key={draft.requestId}>
                    <button type="button" className="button button--quiet" onClick={() => setParams({ [REQUEST_PARAM]: draft.requestId })}>
                      Continue: feedback for {draft.ask.leaderName || 'a technology leader'}
                    </button>{' '}
                    (last changed {formatDateTime(draft.updatedAt)})
                  </li>
                ))}
              </ul>
            </>
          )}
          {damaged.length > 0 && (
            <ul className="assessment-list" aria-label="Feedback in progress that could not be read">
              {damaged.map(({ storedKey, problem: why }) => (
                <DamagedRecordCard
                  key={JSON.stringify(storedKey)}
                  explanation={`Answers you started in this browser could not be read: ${why}`}
                  noun="answers"
                  onDelete={() => void removeDamaged(storedKey)}
                />
              ))}
            </ul>
          )}
        </div>
      )}
      {problem && <Notice tone="error">{problem}</Notice>}
      {opened && !opened.draft.hasStarted && <RaterStart draft={opened.draft} leader={leader} onChange={change} />}
      {opened?.draft.hasStarted && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void exportResponse(opened);
          }}
        >
          <p className="lead">
            Rate only what you have seen {leader} do. Each level is described beside it; when you have not seen something, say so: that is not
            a low rating. Your answers are kept in this browser as you go, so you can come back to them.
          </p>
          {requestedAreas(opened.framework, opened.draft.ask).map((area) => (
            <section key={area.id} className="card" aria-labelledby={`give-area-${area.id}`}>
              <h2 id={`give-area-${area.id}`}>
                {area.code}. {area.title}
              </h2>
              {area.indicators.map((indicator) => (
                <ObserverRating
                  key={indicator.id}
                  framework={opened.framework}
                  indicator={indicator}
                  value={opened.draft.ratings[indicator.id]}
                  onChange={(value) => change({ ...opened.draft, ratings: { ...opened.draft.ratings, [indicator.id]: value } })}
                />
              ))}
              <div className="field">
                <label htmlFor={`comment-${area.id}`}>Comment on {area.title} (optional)</label>
                <textarea
                  id={`comment-${area.id}`}
                  rows={3}
                  value={opened.draft.comments[area.id] ?? ''}
                  onChange={(event) => change({ ...opened.draft, comments: { ...opened.draft.comments, [area.id]: event.target.value } })}
                />
              </div>
            </section>
          ))}
          <button type="submit" className="button button--primary">
            Export my feedback
          </button>
          {opened.draft.exportedAt && (
            <Notice tone="success" title="Your feedback file is saved">
              <p>
                Send the downloaded file to {leader}. If you change an answer, export again: the new file replaces your earlier answers. Your
                answers are still kept in this browser; remove them when you are done, especially on a shared computer.
              </p>
              <button type="button" className="button" onClick={() => void remove(opened.draft.requestId)}>
                Remove my answers from this browser
              </button>
            </Notice>
          )}
        </form>
      )}
    </section>
  );
}
