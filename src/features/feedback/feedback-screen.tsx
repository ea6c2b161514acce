import { useCallback, useEffect, useState } from 'react';
import type { FeedbackRequest } from '../../domain/feedback/feedback.ts';
import { askOf, groupLabel } from '../../domain/feedback/feedback.ts';
import { compareWithOthers } from '../../domain/feedback/self-vs-others.ts';
import { analyseGaps } from '../../domain/results/gaps.ts';
import { DamagedRecordCard } from '../../components/ui/damaged-record-card.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useOpenAssessment } from '../../state/assessment-store.ts';
import type { ResponseImport } from '../../state/feedback-actions.ts';
import { deleteDamagedFeedback, feedbackRequestsFor, importResponses, saveRequest } from '../../state/feedback-actions.ts';
import { downloadText, fileSlug } from '../../lib/download.ts';
import { errorMessage } from '../../lib/error-message.ts';
import { feedbackRequestText } from '../../lib/feedback-files.ts';
import { nowIso } from '../../lib/new-id.ts';
import { formatDate } from '../../lib/format.ts';
import { RequestForm } from './request-form.tsx';
import { SelfVsOthers } from './self-vs-others.tsx';

function importSummary(result: ResponseImport): string {
  const parts = [`${result.added} ${result.added === 1 ? 'response' : 'responses'} added`];
  if (result.duplicates > 0) parts.push(`${result.duplicates} already here, so nothing changed for ${result.duplicates === 1 ? 'it' : 'them'}`);
  return `${parts.join('; ')}.`;
}

/** The leader's side of a 360: ask, bring the answers in, and see self against others. */
export function FeedbackScreen() {
  const open = useOpenAssessment();
  const assessmentId = open?.assessment.id;
  const [requests, setRequests] = useState<FeedbackRequest[]>();
  const [damaged, setDamaged] = useState<{ storedKey: IDBValidKey; problem: string }[]>([]);
  const [problem, setProblem] = useState<string>();
  const [imported, setImported] = useState<ResponseImport>();

  const show = useCallback((reads: Awaited<ReturnType<typeof feedbackRequestsFor>>) => {
    setRequests(reads.flatMap((read) => (read.ok ? [read.request] : [])));
    setDamaged(reads.flatMap((read) => (read.ok ? [] : [{ storedKey: read.storedKey, problem: read.problem }])));
  }, []);

  useEffect(() => {
    if (!assessmentId) return;
    feedbackRequestsFor(assessmentId).then(show, (error: unknown) => setProblem(errorMessage(error, 'Feedback could not be loaded.')));
  }, [assessmentId, show]);

  if (!open) return null;
  const { framework, assessment } = open;
  const latest = requests?.[0];

  const exportRequest = async (request: FeedbackRequest) => {
    const text = await feedbackRequestText(askOf(request), nowIso());
    downloadText(`feedback-request-${fileSlug(request.leaderName || assessment.title)}.json`, text, 'application/json');
  };

  const create = async (request: FeedbackRequest) => {
    try {
      await saveRequest(request);
      show(await feedbackRequestsFor(assessment.id));
    } catch (error) {
      setProblem(errorMessage(error, 'The request could not be saved.'));
    }
  };

  const remove = async (key: IDBValidKey) => {
    try {
      await deleteDamagedFeedback('feedback', key);
      show(await feedbackRequestsFor(assessment.id));
    } catch (error) {
      setProblem(errorMessage(error, 'The damaged request could not be deleted.'));
    }
  };

  const bringIn = async (files: File[]) => {
    if (!requests) return;
    try {
      const result = await importResponses(requests, files.map((file) => ({ name: file.name, file })));
      setImported(result);
      setRequests(result.requests);
    } catch (error) {
      setProblem(errorMessage(error, 'The responses could not be saved.'));
    }
  };

  const comparison = latest ? compareWithOthers(framework, latest, analyseGaps(framework, assessment).skillAreas) : undefined;

  return (
    <section className="feedback">
      <PageHeading title="Colleagues’ feedback" />
      <p className="lead">
        Self-ratings are more accurate when they can be set beside what others see. Colleagues rate what they have seen you do on the same
        levels; you see a group’s ratings only as an average of three or more people, or a person’s own when they chose to be named.
      </p>
      {problem && <Notice tone="error">{problem}</Notice>}
      {damaged.length > 0 && (
        <ul className="assessment-list" aria-label="Feedback that could not be read">
          {damaged.map(({ storedKey, problem: why }) => (
            <DamagedRecordCard
              key={JSON.stringify(storedKey)}
              explanation={`A feedback request stored for this assessment could not be read: ${why}`}
              noun="feedback request"
              alsoRemoved="with the responses kept in it"
              onDelete={() => void remove(storedKey)}
            />
          ))}
        </ul>
      )}
      {requests === undefined && !problem && <p>Loading…</p>}
      {requests && !latest && !assessment.received && <RequestForm framework={framework} assessment={assessment} onCreate={create} />}
      {requests && !latest && assessment.received && <p>No feedback has been gathered for this assessment.</p>}
      {latest && comparison && (
        <>
          <div className="card">
            <h2>Your request of {formatDate(latest.createdAt)}</h2>
            <p>
              Asked: {latest.invitees.map((person) => `${person.name} (${groupLabel(person.group)})`).join(', ')}. Responses so far:{' '}
              {latest.responses.length}.
            </p>
            <button type="button" className="button button--primary" onClick={() => void exportRequest(latest)}>
              Export the request
            </button>
            <div className="field">
              <label htmlFor="response-files">Import colleagues’ response files</label>
              <input
                id="response-files"
                type="file"
                multiple
                accept=".json,application/json"
                onChange={(event) => {
                  const files = [...(event.target.files ?? [])];
                  event.target.value = '';
                  if (files.length > 0) void bringIn(files);
                }}
              />
            </div>
            {imported && (
              <Notice tone={imported.refused.length > 0 ? 'error' : 'success'} title="What the import did">
                <p>{importSummary(imported)}</p>
                {imported.refused.length > 0 && (
                  <ul>
                    {imported.refused.map((text) => (
                      <li key={text}>{text}</li>
                    ))}
                  </ul>
                )}
              </Notice>
            )}
          </div>
          <h2>You and your colleagues, by skill area</h2>
          {comparison.responses === 0 ? (
            <p>No responses yet. When colleagues send their files back, import them above.</p>
          ) : (
            <SelfVsOthers comparison={comparison} />
          )}
        </>
      )}
    </section>
  );
}
