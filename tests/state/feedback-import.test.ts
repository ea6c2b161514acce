import { describe, expect, it } from 'vitest';
import type { FeedbackRequest, FeedbackResponse } from '../../src/domain/feedback/feedback.ts';
import { askOf } from '../../src/domain/feedback/feedback.ts';
import { anonymityPromise } from '../../src/domain/feedback/anonymity-promise.ts';
import { exchangeFile } from '../../src/domain/exchange/exchange-format.ts';
import { openFile } from '../../src/lib/envelope-files.ts';
import { feedbackRequestText, feedbackResponseText, readFeedbackRequestFile } from '../../src/lib/feedback-files.ts';
import { feedbackRequestsFor, importResponses, saveRequest } from '../../src/state/feedback-actions.ts';
import { fileOf } from '../lib/file-like.ts';
import { SHIPPED } from '../builders/assessment.ts';
import { fileReadContext } from '../../src/state/content-loader.ts';

const NOW = '2026-11-20T09:00:00.000Z';

const request: FeedbackRequest = {
  id: 'req1',
  assessmentId: 'a1',
  leaderName: 'Sam Ortiz',
  district: 'Lakeside USD',
  framework: SHIPPED,
  skillAreaIds: ['1', '2'],
  groups: ['principals', 'board'],
  createdAt: NOW,
  invitees: [{ name: 'Pat Lee', group: 'principals' }],
  responses: [],
  updatedAt: NOW,
};

const response = (id: string, requestId = 'req1'): FeedbackResponse => ({
  id,
  requestId,
  group: 'principals',
  ratings: { '1A': 'proficient', '1B': 'not-seen' },
  comments: { '1': 'Clear about where we are going.' },
  submittedAt: NOW,
});

async function stored(): Promise<FeedbackRequest[]> {
  return (await feedbackRequestsFor('a1')).flatMap((read) => (read.ok ? [read.request] : []));
}

describe('importing colleagues’ responses', () => {
  it('adds a response once; the same file again changes nothing', async () => {
    await saveRequest(request);
    const file = { name: 'pat.json', file: fileOf(await feedbackResponseText(response('r1'), NOW)) };
    const first = await importResponses(await stored(), [file]);
    expect(first).toMatchObject({ added: 1, duplicates: 0, refused: [] });
    const again = await importResponses(await stored(), [file]);
    expect(again).toMatchObject({ added: 0, duplicates: 1, refused: [] });
    expect((await stored())[0]?.responses).toEqual([response('r1')]);
  });

  it('refuses a response to another request, and one whose checksum was changed, writing nothing', async () => {
    await saveRequest(request);
    const other = await feedbackResponseText(response('r2', 'someone-elses'), NOW);
    const tampered = (await feedbackResponseText(response('r3'), NOW)).replace('"proficient"', '"leading"');
    const result = await importResponses(await stored(), [
      { name: 'other.json', file: fileOf(other) },
      { name: 'tampered.json', file: fileOf(tampered) },
    ]);
    expect(result.added).toBe(0);
    expect(result.refused).toEqual([
      '“other.json”: this response answers another feedback request, not one sent from this assessment. Nothing was imported from it.',
      '“tampered.json”: The file was changed or damaged after it was exported. Ask for it to be exported again.',
    ]);
    expect((await stored())[0]?.responses).toEqual([]);
  });

  it('a request file opened as an assessment is refused and says where it belongs', async () => {
    const text = await feedbackRequestText(askOf(request), NOW);
    const opened = await openFile(fileOf(text), exchangeFile(await fileReadContext()));
    expect(opened).toMatchObject({ status: 'refused' });
    expect(opened.status === 'refused' && opened.message).toBe(
      'This is a feedback request, not an assessment: a colleague opens it with “Give feedback to a colleague” on the home screen. Nothing was imported.',
    );
    expect(await readFeedbackRequestFile(fileOf(text), await fileReadContext())).toEqual({ ok: true, value: { ...askOf(request), anonymity: anonymityPromise() } });
  });
});


describe('deleting an assessment', () => {
  it('deletes the colleagues’ feedback gathered for it, and no other', async () => {
    const { deleteAssessment, insertAssessment } = await import('../../src/storage/assessment-repository.ts');
    const { makeAssessment } = await import('../builders/assessment.ts');
    await insertAssessment(makeAssessment({ id: 'a1' }));
    await insertAssessment(makeAssessment({ id: 'a2' }));
    await saveRequest({ ...request, responses: [response('r1')] });
    await saveRequest({ ...request, id: 'req2', assessmentId: 'a2' });
    await deleteAssessment('a1');
    expect(await stored()).toEqual([]);
    expect((await feedbackRequestsFor('a2')).map((read) => read.ok && read.request.id)).toEqual(['req2']);
  });
});
