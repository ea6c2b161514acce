import { useState } from 'react';
import type { Framework } from '../../domain/framework/framework.ts';
import type { FeedbackAsk, RaterGroupId } from '../../domain/feedback/feedback.ts';
import { groupLabel, RATER_GROUP_IDS, requestedAreas } from '../../domain/feedback/feedback.ts';
import { Notice } from '../../components/ui/notice.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { loadFramework } from '../../state/content-loader.ts';
import { downloadText, fileSlug } from '../../lib/download.ts';
import { errorMessage } from '../../lib/error-message.ts';
import { feedbackResponseText, readFeedbackRequestFile } from '../../lib/feedback-files.ts';
import { newId, nowIso } from '../../lib/new-id.ts';
import { AnonymityPromise } from './anonymity-promise.tsx';
import { ObserverRating } from './observer-rating.tsx';
import './feedback.css';

interface Opened {
  ask: FeedbackAsk;
  framework: Framework;
}

/** A colleague answers a leader's request: no account, nothing kept beyond the response file they export. */
export function GiveFeedbackScreen() {
  const [opened, setOpened] = useState<Opened>();
  const [problem, setProblem] = useState<string>();
  const [group, setGroup] = useState<RaterGroupId>();
  const [isNamed, setIsNamed] = useState(false);
  const [name, setName] = useState('');
  const [hasStarted, setHasStarted] = useState(false);
  const [ratings, setRatings] = useState<Record<string, string>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [exported, setExported] = useState(false);

  const openRequest = async (file: File) => {
    setProblem(undefined);
    const read = await readFeedbackRequestFile(file);
    if (!read.ok) return setProblem(read.message);
    try {
      setOpened({ ask: read.value, framework: await loadFramework(read.value.framework.editionId) });
    } catch (error) {
      setProblem(errorMessage(error, 'This request uses a framework edition this app does not have.'));
    }
  };

  const exportResponse = async (ask: FeedbackAsk) => {
    if (!group) return;
    const rated = Object.fromEntries(Object.entries(ratings));
    const said = Object.fromEntries(Object.entries(comments).filter(([, text]) => text.trim()));
    const text = await feedbackResponseText(
      { id: newId(), requestId: ask.id, group, ...(isNamed && name.trim() ? { raterName: name.trim() } : {}), ratings: rated, comments: said, submittedAt: nowIso() },
      nowIso(),
    );
    downloadText(`feedback-for-${fileSlug(ask.leaderName || 'leader')}.json`, text, 'application/json');
    setExported(true);
  };

  const groups = opened ? (opened.ask.groups.length > 0 ? opened.ask.groups : RATER_GROUP_IDS) : [];
  const leader = opened?.ask.leaderName || 'the technology leader';

  return (
    <section className="feedback">
      <PageHeading title="Give feedback to a colleague" />
      {!opened && (
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
                if (file) void openRequest(file);
              }}
            />
          </div>
        </div>
      )}
      {problem && <Notice tone="error">{problem}</Notice>}
      {opened && !hasStarted && (
        <form
          className="card"
          onSubmit={(event) => {
            event.preventDefault();
            if (group) setHasStarted(true);
          }}
        >
          <h2>Feedback for {leader}</h2>
          <AnonymityPromise />
          <fieldset>
            <legend>Which group are you in?</legend>
            {groups.map((id) => (
              <div key={id} className="field-check">
                <input type="radio" id={`my-group-${id}`} name="my-group" checked={group === id} onChange={() => setGroup(id)} />
                <label htmlFor={`my-group-${id}`}>{groupLabel(id)}</label>
              </div>
            ))}
          </fieldset>
          <div className="field-check">
            <input type="checkbox" id="be-named" checked={isNamed} onChange={(event) => setIsNamed(event.target.checked)} />
            <label htmlFor="be-named">Show my name with my answers (my own ratings are then shown as mine)</label>
          </div>
          {isNamed && (
            <div className="field">
              <label htmlFor="my-name">Your name</label>
              <input id="my-name" value={name} onChange={(event) => setName(event.target.value)} />
            </div>
          )}
          <button type="submit" className="button button--primary" disabled={!group || (isNamed && !name.trim())}>
            Start
          </button>
        </form>
      )}
      {opened && hasStarted && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void exportResponse(opened.ask);
          }}
        >
          <p className="lead">
            Rate only what you have seen {leader} do. Each level is described beside it; when you have not seen something, say so: that is not
            a low rating.
          </p>
          {requestedAreas(opened.framework, opened.ask).map((area) => (
            <section key={area.id} className="card" aria-labelledby={`give-area-${area.id}`}>
              <h2 id={`give-area-${area.id}`}>
                {area.code}. {area.title}
              </h2>
              {area.indicators.map((indicator) => (
                <ObserverRating
                  key={indicator.id}
                  framework={opened.framework}
                  area={area}
                  indicator={indicator}
                  value={ratings[indicator.id]}
                  onChange={(value) => setRatings({ ...ratings, [indicator.id]: value })}
                />
              ))}
              <div className="field">
                <label htmlFor={`comment-${area.id}`}>Comment on {area.title} (optional)</label>
                <textarea id={`comment-${area.id}`} rows={3} value={comments[area.id] ?? ''} onChange={(event) => setComments({ ...comments, [area.id]: event.target.value })} />
              </div>
            </section>
          ))}
          <button type="submit" className="button button--primary">
            Export my feedback
          </button>
          {exported && (
            <Notice tone="success" title="Your feedback file is saved">
              Send the downloaded file to {leader}. Nothing was kept in this browser.
            </Notice>
          )}
        </form>
      )}
    </section>
  );
}
