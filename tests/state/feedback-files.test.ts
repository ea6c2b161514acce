import { describe, expect, it } from 'vitest';
import type { FeedbackAsk, FeedbackRequest, FeedbackResponse } from '../../src/domain/feedback/feedback.ts';
import { askOf } from '../../src/domain/feedback/feedback.ts';
import { OTHER_THRESHOLD_MESSAGE } from '../../src/domain/feedback/feedback-file-kinds.ts';
import { anonymityPromise } from '../../src/domain/feedback/anonymity-promise.ts';
import { canonicalJson } from '../../src/domain/files/canonical-json.ts';
import { sha256Hex } from '../../src/lib/file-crypto.ts';
import { feedbackRequestText, feedbackResponseText, readFeedbackRequestFile } from '../../src/lib/feedback-files.ts';
import { fileReadContext } from '../../src/state/content-loader.ts';
import { feedbackRequestsFor, importResponses, saveRequest } from '../../src/state/feedback-actions.ts';
import { fileOf } from '../lib/file-like.ts';
import { shippedFramework2019 } from '../domain/shipped-framework.ts';
import { skillAreasOf } from '../../src/domain/framework/framework.ts';

const dps = skillAreasOf(shippedFramework2019).find((area) => area.id === 'DPS')!;

const NOW = '2026-11-20T09:00:00.000Z';
const E2009 = { editionId: 'cosn-cto-2009', dataVersion: 1 };
const E2019 = { editionId: 'cosn-cto-2019', dataVersion: 1 };

function requestOn(framework: FeedbackAsk['framework'], skillAreaIds: string[], id = 'req1'): FeedbackRequest {
  return {
    id,
    assessmentId: 'a1',
    leaderName: 'Sam Ortiz',
    district: 'Lakeside USD',
    framework,
    skillAreaIds,
    groups: ['principals'],
    createdAt: NOW,
    invitees: [],
    responses: [],
    updatedAt: NOW,
  };
}

const response = (change: Partial<FeedbackResponse> = {}): FeedbackResponse => ({
  id: 'r1',
  requestId: 'req1',
  group: 'principals',
  ratings: { '1A': 'proficient', '1B': 'not-seen' },
  comments: { '1': 'Clear about where we are going.' },
  submittedAt: NOW,
  ...change,
});

/** A file written with a body the app would never write, and a correct checksum: only the meaning checks stand in the way. */
async function forged(type: string, body: string, value: unknown): Promise<string> {
  return JSON.stringify({ type, formatVersion: 1, exportedAt: NOW, checksum: { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(value)) }, [body]: value });
}

async function importOne(request: FeedbackRequest, text: string) {
  await saveRequest(request);
  const result = await importResponses([request], [{ name: 'in.json', file: fileOf(text) }]);
  const [stored] = await feedbackRequestsFor(request.assessmentId);
  return { result, stored: stored?.ok ? stored.request.responses : undefined };
}

describe('feedback files on either edition', () => {
  it.each([
    ['2009', E2009, ['1', 'CV1'], { '1H': 'leading', CV1A: 'developing' }],
    ['2019', E2019, ['1', 'DPS'], { '1F': 'leading', [dps.indicators[0]?.id ?? '']: 'developing' }],
  ])('a %s request and its response go through, each checked against its own edition', async (_name, framework, areas, ratings) => {
    const request = requestOn(framework, areas);
    const context = await fileReadContext();
    const text = await feedbackRequestText(askOf(request), NOW);
    expect(await readFeedbackRequestFile(fileOf(text), context)).toEqual({ ok: true, value: { ...askOf(request), anonymity: anonymityPromise() } });
    const answer = response({ ratings, comments: { [areas[1] ?? '']: 'Good.' } });
    const { result, stored } = await importOne(request, await feedbackResponseText(answer, NOW));
    expect(result).toMatchObject({ added: 1, refused: [] });
    expect(stored).toEqual([answer]);
  });

  it.each([
    ['an indicator only the 2009 edition has, on a 2019 request', E2019, { '1G': 'leading' }, {}, 'ratings.1G names indicator “1G”, which the request does not have'],
    ['an indicator of an area not asked about', E2009, { '2A': 'leading' }, {}, 'ratings.2A names indicator “2A”, which the request does not have'],
    ['a level no edition has', E2009, { '1A': 'expert' }, {}, 'ratings.1A names rubric level “expert”, which this version of the app does not have'],
    ['a comment on an area not asked about', E2009, {}, { '3': 'Hm.' }, 'comments.3 names skill area “3”, which the request does not have'],
    ['a comment longer than the app allows', E2009, {}, { '1': 'x'.repeat(4001) }, 'comments.1'],
  ])('a response with %s is refused with a clear message, and nothing is written', async (_name, framework, ratings, comments, message) => {
    const request = requestOn(framework, ['1']);
    const { result, stored } = await importOne(request, await forged('edtech-leader-feedback-response', 'response', { recordVersion: 1, ...response({ ratings, comments }) }));
    expect(result.added).toBe(0);
    expect(result.refused).toEqual([expect.stringContaining(message)]);
    expect(result.refused[0]).toMatch(/^“in\.json”: The feedback response is damaged:/);
    expect(stored).toEqual([]);
  });

  it('a response submitted after the file says it was exported, or far in the future, is refused', async () => {
    const request = requestOn(E2009, ['1']);
    const { result, stored } = await importOne(request, await forged('edtech-leader-feedback-response', 'response', { recordVersion: 1, ...response({ submittedAt: '2099-01-01T00:00:00.000Z' }) }));
    expect(result.refused).toEqual([expect.stringContaining('submittedAt is later than')]);
    expect(stored).toEqual([]);
  });

  it.each([
    ['a skill area the edition does not have', { skillAreaIds: ['1', '6'], framework: E2019 }, 'skillAreaIds.1 names skill area “6”'],
    ['the same skill area twice', { skillAreaIds: ['1', '1'] }, 'skillAreaIds.1'],
    ['the same group twice', { groups: ['principals', 'principals'] }, 'groups.1'],
    ['an edition this app does not have', { framework: { editionId: 'cosn-cto-2031', dataVersion: 1 } }, 'cosn-cto-2031'],
    ['a data version newer than the edition’s', { framework: { editionId: 'cosn-cto-2019', dataVersion: 9 } }, 'framework.dataVersion'],
    ['a leader’s name longer than the app allows', { leaderName: 'x'.repeat(201) }, 'leaderName'],
  ])('a request with %s is refused with a clear message', async (_name, change, message) => {
    const ask = { recordVersion: 1, ...askOf(requestOn(E2009, ['1'])), ...change };
    const read = await readFeedbackRequestFile(fileOf(await forged('edtech-leader-feedback-request', 'request', ask)), await fileReadContext());
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toContain(message);
  });

  it('the same colleague exporting changed answers replaces their earlier ones; the same file twice changes nothing', async () => {
    const request = requestOn(E2019, ['1']);
    await saveRequest(request);
    const first = fileOf(await feedbackResponseText(response(), NOW));
    const later = response({ ratings: { '1A': 'leading' }, submittedAt: '2026-11-20T10:00:00.000Z' });
    const second = fileOf(await feedbackResponseText(later, '2026-11-20T10:00:00.000Z'));
    const result = await importResponses([request], [
      { name: 'first.json', file: first },
      { name: 'second.json', file: second },
      { name: 'first-again.json', file: first },
    ]);
    expect(result).toMatchObject({ added: 1, updated: 1, duplicates: 1, refused: [] });
    const [stored] = await feedbackRequestsFor('a1');
    expect(stored?.ok && stored.request.responses).toEqual([later]);
  });
});

describe('the promise of anonymity in a request file', () => {
  it('is written into every request file, in words a rater can read before opening the app', async () => {
    const text = await feedbackRequestText(askOf(requestOn(E2019, ['1'])), NOW);
    expect(text).toContain('only when at least 3 people in your group answered an area');
    expect(text).toContain('Giving your name is optional.');
  });

  it.each([0, 2, 4])('promising a threshold of %i is refused, naming the promise it would break', async (threshold) => {
    const ask = { recordVersion: 1, ...askOf(requestOn(E2009, ['1'])), anonymity: { threshold, text: ['x'] } };
    const read = await readFeedbackRequestFile(fileOf(await forged('edtech-leader-feedback-request', 'request', ask)), await fileReadContext());
    expect(read).toEqual({ ok: false, message: OTHER_THRESHOLD_MESSAGE });
    expect(OTHER_THRESHOLD_MESSAGE).toContain('at least 3 people');
  });

  it('from before files carried it, still opens', async () => {
    const ask = { recordVersion: 1, ...askOf(requestOn(E2009, ['1'])) };
    const read = await readFeedbackRequestFile(fileOf(await forged('edtech-leader-feedback-request', 'request', ask)), await fileReadContext());
    expect(read).toEqual({ ok: true, value: askOf(requestOn(E2009, ['1'])) });
  });
});
