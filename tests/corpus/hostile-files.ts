import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import { createAssessment, rateIndicator, writeNote } from '../../src/domain/assessment/assessment.ts';
import { exchangeFile, preparePayload } from '../../src/domain/exchange/exchange-format.ts';
import { canonicalJson } from '../../src/domain/files/canonical-json.ts';
import type { HiringRound, Scorecard } from '../../src/domain/panel/panel.ts';
import { roundFile, scorecardFile } from '../../src/domain/panel/panel-file-kinds.ts';
import { createRound, emptyScorecard, scoreArea, submitScorecard } from '../../src/domain/panel/round.ts';
import { toRoundRecord, toScorecardRecord } from '../../src/domain/panel/panel-records.ts';
import { addComment } from '../../src/domain/review/review.ts';
import type { FeedbackAsk, FeedbackRequest, FeedbackResponse } from '../../src/domain/feedback/feedback.ts';
import { plainEnvelope } from '../../src/lib/envelope-files.ts';
import { feedbackRequestText, feedbackResponseText } from '../../src/lib/feedback-files.ts';
import { sha256Hex } from '../../src/lib/file-crypto.ts';

/**
 * Hostile and broken files for every way a file comes into the app, made from valid ones by the app's own
 * writers and then edited the way an attacker or a careless colleague would — with the checksum made right
 * again wherever a checksum would otherwise hide the real test. No framework JSON is imported, so the
 * browser tests can use it as it is; the ids are the shipped edition's.
 */
export type Way = 'assessment import' | 'restore everything' | 'review import' | 'round file' | 'scorecard import' | 'feedback request' | 'feedback response';

/** Every way in, in the order the corpus lists them. */
export const WAYS: readonly Way[] = ['assessment import', 'restore everything', 'review import', 'round file', 'scorecard import', 'feedback request', 'feedback response'];

export interface CorpusFile {
  way: Way;
  name: string;
  content: string | Uint8Array;
}

type Json = Record<string, unknown>;

const EDITION = { editionId: 'cosn-cto-2009', dataVersion: 1 };
export const CORPUS_NOW = '2025-01-10T10:00:00.000Z';
const EARLIER = '2025-01-05T09:00:00.000Z';
const CTX = { editions: [], now: CORPUS_NOW };

/** The CTO's own assessment: the one a review comes back for, and the one a backup restores. */
export function ownAssessment(): Assessment {
  let a = createAssessment({ id: 'corpus-own', title: 'Corpus review', respondent: { name: 'Dana Ruiz', role: 'CTO' }, framework: EDITION, now: EARLIER });
  a = rateIndicator(a, '1A', 'developing', EARLIER);
  return writeNote(a, '1A', 'Board minutes.', EARLIER);
}

function reviewed(): Assessment {
  return addComment(ownAssessment(), { id: 'corpus-c1', skillAreaId: '1', text: 'Looks right.', author: 'Sam Lee', authorRole: 'Superintendent' }, EARLIER);
}

let n = 0;
export function corpusRound(): HiringRound {
  n = 0;
  const newId = () => `corpus-${(n += 1)}`;
  return createRound({
    id: 'corpus-round',
    positionTitle: 'Corpus CTO',
    district: 'Lakeside USD',
    framework: EDITION,
    candidates: ['Ada Lovelace', 'Grace Hopper'],
    panelists: [{ name: 'Alan Turing', role: 'Superintendent' }],
    skillAreaIds: ['1', '2'],
    now: EARLIER,
    newId,
  });
}

export function corpusScorecard(round: HiringRound): Scorecard {
  const [candidate] = round.candidates;
  const [panelist] = round.panelists;
  if (!candidate || !panelist) throw new Error('the corpus round has a candidate and a panelist');
  const card = scoreArea(emptyScorecard(round, panelist.id, EARLIER), candidate.id, '1', { level: 'proficient', note: 'Clear plan.' }, EARLIER);
  return submitScorecard(card, EARLIER);
}

/** The leader's request, as a colleague opens it ("feedback request") and as the leader keeps it to import answers. */
export function corpusAsk(): FeedbackAsk {
  return { id: 'corpus-request', leaderName: 'Dana Ruiz', district: 'Lakeside USD', framework: EDITION, skillAreaIds: ['1', '2'], groups: ['principals', 'board'], createdAt: EARLIER };
}

export function corpusFeedbackRequest(): FeedbackRequest {
  return { ...corpusAsk(), assessmentId: 'corpus-own', invitees: [{ name: 'Pat Lee', group: 'principals' }], responses: [], updatedAt: EARLIER };
}

function corpusResponse(): FeedbackResponse {
  return { id: 'corpus-response', requestId: 'corpus-request', group: 'principals', ratings: { '1A': 'proficient', '1B': 'not-seen' }, comments: { '1': 'Clear plans.' }, submittedAt: EARLIER };
}

interface Base {
  way: Way;
  body: string;
  /** The valid file's envelope as JSON. */
  envelope: () => Promise<Json>;
  /** A change to the text of the valid file that its checksum catches. */
  tamper?: [from: string, to: string];
}

async function exchangeEnvelope(assessments: Assessment[], kind: 'assessment' | 'backup'): Promise<Json> {
  const payload = preparePayload(assessments, { kind, includeNotes: true, exportedAt: CORPUS_NOW, appVersion: 'corpus' });
  return plainEnvelope(exchangeFile(CTX), payload);
}

const BASES: Base[] = [
  { way: 'assessment import', body: 'payload', envelope: () => exchangeEnvelope([{ ...ownAssessment(), id: 'corpus-sent', title: 'Sent for review' }], 'assessment') },
  { way: 'restore everything', body: 'payload', envelope: () => exchangeEnvelope([ownAssessment()], 'backup') },
  { way: 'review import', body: 'payload', envelope: () => exchangeEnvelope([reviewed()], 'assessment') },
  { way: 'round file', body: 'round', envelope: async () => ({ ...(await plainEnvelope(roundFile(CTX), toRoundRecord(corpusRound()), { exportedAt: CORPUS_NOW })) }) },
  {
    way: 'scorecard import',
    body: 'scorecard',
    envelope: async () => {
      const round = corpusRound();
      return { ...(await plainEnvelope(scorecardFile(CTX, round), toScorecardRecord(corpusScorecard(round)), { exportedAt: CORPUS_NOW, round: { id: round.id, positionTitle: round.positionTitle } })) };
    },
  },
  {
    way: 'feedback request',
    body: 'request',
    envelope: async () => JSON.parse(await feedbackRequestText(corpusAsk(), CORPUS_NOW)) as Json,
    tamper: ['"leaderName": "', '"leaderName": "Not '],
  },
  {
    way: 'feedback response',
    body: 'response',
    envelope: async () => JSON.parse(await feedbackResponseText(corpusResponse(), CORPUS_NOW)) as Json,
    tamper: ['"proficient"', '"leading"'],
  },
];

/** The valid file of each way, to prove the controls still import. */
export async function validFile(way: Way): Promise<CorpusFile> {
  const base = BASES.find((b) => b.way === way);
  if (!base) throw new Error(way);
  return { way, name: `valid-${way.replace(/ /g, '-')}.json`, content: JSON.stringify(await base.envelope(), null, 2) };
}

/**
 * What a browser test stores before trying the corpus: the CTO's own assessment (a review comes back for
 * it) with the feedback request its colleagues answer, so every way in has stored data to protect.
 */
export async function seedBackup(): Promise<CorpusFile> {
  const payload = preparePayload([ownAssessment()], { kind: 'backup', includeNotes: true, exportedAt: CORPUS_NOW, appVersion: 'corpus', extras: { feedback: [corpusFeedbackRequest()] } });
  return { way: 'restore everything', name: 'seed-backup.json', content: JSON.stringify(await plainEnvelope(exchangeFile(CTX), payload), null, 2) };
}

async function sealedAgain(envelope: Json, body: string): Promise<string> {
  envelope.checksum = { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(envelope[body])) };
  return JSON.stringify(envelope);
}

/** The record an edit works on: the first assessment of a payload, or the round or scorecard itself. */
function recordOf(envelope: Json, body: string): Json {
  const inner = envelope[body] as Json;
  return body === 'payload' ? ((inner.assessments as Json[])[0] as Json) : inner;
}

type Edit = [name: string, edit: (record: Json, envelope: Json) => void];

const deep = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
};

/** Edits every record kind shares: ids, revisions, versions, dates, unsafe keys, structure. */
const SHARED_EDITS: Edit[] = [
  ['revision-zero', (r) => void (r.revision = 0)],
  ['revision-max-safe', (r) => void (r.revision = Number.MAX_SAFE_INTEGER)],
  ['revision-trillion', (r) => void (r.revision = 1e12)],
  ['revision-fraction', (r) => void (r.revision = 2.5)],
  ['revision-text', (r) => void (r.revision = '3')],
  ['record-version-newer', (r) => void (r.recordVersion = 99)],
  ['id-with-slash', (r) => void (r.id = '../etc/passwd')],
  ['id-too-long', (r) => void (r.id = 'x'.repeat(5000))],
  ['id-number', (r) => void (r.id = 42)],
  ['id-array', (r) => void (r.id = ['a'])],
  ['updated-year-9999', (r) => void (r.updatedAt = '9999-12-31T23:59:59.000Z')],
  ['updated-year-1900', (r) => void (r.updatedAt = '1900-01-01T00:00:00.000Z')],
  ['updated-after-export', (r) => void (r.updatedAt = '2025-01-10T12:00:00.000Z')],
  ['updated-not-a-date', (r) => void (r.updatedAt = 'yesterday')],
  ['proto-key-in-record', (r) => void Object.defineProperty(r, '__proto__', { value: { isAdmin: true }, enumerable: true })],
  ['nested-100-deep', (r) => void (r.revision = deep(100))],
  ['array-200k', (r) => void (r.revision = new Array(200_000).fill(0))],
];

const ASSESSMENT_EDITS: Edit[] = [
  ['level-99', (r) => void ((r.answers as Json)['1A'] = { current: '99' })],
  ['level-NaN', (r) => void ((r.answers as Json)['1A'] = { current: 'NaN' })],
  ['target-na', (r) => void ((r.answers as Json)['1A'] = { target: 'na' })],
  ['unknown-indicator', (r) => void ((r.answers as Json)['99Z'] = { current: 'leading' })],
  ['data-version-999', (r) => void ((r.framework as Json).dataVersion = 999)],
  ['unknown-edition', (r) => void (r.framework = { editionId: 'cosn-cto-2031', dataVersion: 1 })],
  ['area-target-unknown-area', (r) => void (r.areaTargets = { '77': 'leading' })],
  ['area-target-unknown-level', (r) => void (r.areaTargets = { '1': 'godlike' })],
  ['importance-unknown-area', (r) => void (r.areaImportance = { '77': 'high' })],
  ['importance-medium', (r) => void (r.areaImportance = { '1': 'medium' })],
  ['proposal-unknown-area', (r) => void (r.importanceProposals = { '77': { importance: 'high', author: 'X', authorRole: '', at: EARLIER } })],
  ['proposal-urgent', (r) => void (r.importanceProposals = { '1': { importance: 'urgent', author: 'X', authorRole: '', at: EARLIER } })],
  ['proposal-after-export', (r) => void (r.importanceProposals = { '1': { importance: 'high', author: 'X', authorRole: '', at: '2025-01-10T11:00:00.000Z' } })],
  ['proposal-author-1000-chars', (r) => void (r.importanceProposals = { '1': { importance: 'high', author: 'x'.repeat(1000), authorRole: '', at: EARLIER } })],
  ['sign-off-after-export', (r) => void (r.reviewSignOff = { name: 'X', role: '', at: '2025-01-10T11:00:00.000Z' })],
  ['comment-10mb', (r) => void (r.comments = [{ id: 'c-big', text: 'x'.repeat(10 * 1024 * 1024), author: 'X', authorRole: '', at: EARLIER }])],
  ['comment-6000-chars', (r) => void (r.comments = [{ id: 'c-long', text: 'x'.repeat(6000), author: 'X', authorRole: '', at: EARLIER }])],
  ['comments-100k', (r) => void (r.comments = Array.from({ length: 100_000 }, (_, i) => ({ id: `c${i}`, text: 'hi', author: 'X', authorRole: '', at: EARLIER })))],
  ['comments-600', (r) => void (r.comments = Array.from({ length: 600 }, (_, i) => ({ id: `c${i}`, text: 'hi', author: 'X', authorRole: '', at: EARLIER })))],
  ['comment-duplicate-ids', (r) => void (r.comments = [1, 2].map(() => ({ id: 'same', text: 'hi', author: 'X', authorRole: '', at: EARLIER })))],
  ['comment-unknown-area', (r) => void (r.comments = [{ id: 'c-area', skillAreaId: '77', text: 'hi', author: 'X', authorRole: '', at: EARLIER }])],
  ['comment-in-year-9999', (r) => void (r.comments = [{ id: 'c-late', text: 'hi', author: 'X', authorRole: '', at: '9999-01-01T00:00:00.000Z' }])],
  ['comment-after-export', (r) => void (r.comments = [{ id: 'c-late', text: 'hi', author: 'X', authorRole: '', at: '2025-01-10T11:00:00.000Z' }])],
  ['note-30000-chars', (r) => void ((r.answers as Json)['1A'] = { current: 'leading', note: 'n'.repeat(30_000) })],
  ['title-1000-chars', (r) => void (r.title = 't'.repeat(1000))],
  ['respondent-name-1000-chars', (r) => void (r.respondent = { name: 'n'.repeat(1000), role: '', district: '' })],
  ['answers-million', (r) => void (r.answers = Object.fromEntries(Array.from({ length: 1_000_000 }, (_, i) => [`i${i}`, {}])))],
  ['answers-2000-unknown', (r) => void (r.answers = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`i${i}`, { current: 'leading' }])))],
  ['plan-300-actions', (r) => void (r.pdPlan = Array.from({ length: 300 }, (_, i) => ({ id: `p${i}`, title: 'x', goal: '', skillAreaIds: [], status: 'planned', evidence: '', createdAt: EARLIER })))],
  ['plan-unknown-area', (r) => void (r.pdPlan = [{ id: 'p1', title: 'x', goal: '', skillAreaIds: ['77'], status: 'planned', evidence: '', createdAt: EARLIER }])],
  ['plan-status-cancelled', (r) => void (r.pdPlan = [{ id: 'p1', title: 'x', goal: '', skillAreaIds: [], status: 'cancelled', evidence: '', createdAt: EARLIER }])],
  ['created-after-export', (r) => void (r.createdAt = '2025-02-01T00:00:00.000Z')],
  ['received-in-year-9999', (r) => void (r.received = { at: '9999-01-01T00:00:00.000Z', fileName: 'x.json' })],
  ['last-area-unknown', (r) => void (r.lastSkillAreaId = '77')],
];

const PAYLOAD_EDITS: Edit[] = [
  ['payload-kind-unknown', (_r, e) => void ((e.payload as Json).kind = 'everything')],
  ['payload-exported-not-a-date', (_r, e) => void ((e.payload as Json).exportedAt = 'now')],
  ['payload-assessments-not-a-list', (_r, e) => void ((e.payload as Json).assessments = { a: 1 })],
  ['payload-600-assessments', (r, e) => void ((e.payload as Json).assessments = Array.from({ length: 600 }, (_, i) => ({ ...r, id: `copy-${i}` })))],
  ['payload-duplicate-assessments', (r, e) => void ((e.payload as Json).assessments = [r, r])],
  ['payload-assessment-not-object', (_r, e) => void ((e.payload as Json).assessments = ['hello'])],
];

const ROUND_EDITS: Edit[] = [
  // An assessment without one is from before release, and migrates; a panel record never lacked it.
  ['record-version-missing', (r) => void delete r.recordVersion],
  ['round-unknown-edition', (r) => void (r.framework = { editionId: 'cosn-cto-2031', dataVersion: 1 })],
  ['round-data-version-999', (r) => void ((r.framework as Json).dataVersion = 999)],
  ['round-100k-candidates', (r) => void (r.candidates = Array.from({ length: 100_000 }, (_, i) => ({ id: `k${i}`, name: `Candidate ${i}` })))],
  ['round-150-candidates', (r) => void (r.candidates = Array.from({ length: 150 }, (_, i) => ({ id: `k${i}`, name: `Candidate ${i}` })))],
  ['round-40-panelists', (r) => void (r.panelists = Array.from({ length: 40 }, (_, i) => ({ id: `q${i}`, name: `P ${i}`, role: '' })))],
  ['round-unknown-area', (r) => void (r.skillAreaIds = ['1', '77'])],
  ['round-weight-11', (r) => void (r.weights = { '1': 11 })],
  ['round-weight-negative', (r) => void (r.weights = { '1': -1 })],
  ['round-weight-uncovered-area', (r) => void (r.weights = { '5': 2 })],
  ['round-blank-candidate', (r) => void (r.candidates = [{ id: 'k1', name: '   ' }])],
  ['round-duplicate-candidate', (r) => void (r.candidates = [{ id: 'k1', name: 'A' }, { id: 'k1', name: 'B' }])],
  ['round-duplicate-area', (r) => void (r.skillAreaIds = ['1', '1'])],
  ['round-created-after-export', (r) => void (r.createdAt = '2025-03-01T00:00:00.000Z')],
  ['round-title-1000-chars', (r) => void (r.positionTitle = 'p'.repeat(1000))],
  ['round-candidate-name-object', (r) => void (r.candidates = [{ id: 'k1', name: { first: 'A' } }])],
  // What round record version 2 added: each field as the app never writes it.
  ['round-two-practice-candidates', (r) => void (r.candidates = [{ id: 'k1', name: 'A', isPractice: true }, { id: 'k2', name: 'B', isPractice: true }])],
  ['round-practice-flag-text', (r) => void (r.candidates = [{ id: 'k1', name: 'A', isPractice: 'yes' }])],
  ['round-interview-day-9999', (r) => void (r.candidates = [{ id: 'k1', name: 'A', interviewOn: '9999-01-01' }])],
  ['round-interview-day-feb-30', (r) => void (r.candidates = [{ id: 'k1', name: 'A', interviewOn: '2025-02-30' }])],
  ['round-weights-without-reason', (r) => void ((r.weights = { '1': 2 }), delete r.weightReason)],
  ['round-weight-reason-10000-chars', (r) => void ((r.weights = { '1': 2 }), (r.weightReason = 'w'.repeat(10_000)))],
  ['round-weight-reason-blank', (r) => void ((r.weights = { '1': 2 }), (r.weightReason = '   '))],
  ['round-questions-uncovered-area', (r) => void (r.customQuestions = { '5': ['Tell us about a budget you cut.'] })],
  ['round-questions-500', (r) => void (r.customQuestions = { '1': Array.from({ length: 500 }, (_, i) => `Question ${i}?`) })],
  ['round-question-50000-chars', (r) => void (r.customQuestions = { '1': ['q'.repeat(50_000)] })],
  ['round-consensus-stranger', (r) => void (r.consensus = { stranger: { '1': { level: 'proficient', note: '', at: EARLIER } } })],
  ['round-consensus-uncovered-area', (r) => void (r.consensus = { 'corpus-1': { '5': { level: 'proficient', note: '', at: EARLIER } } })],
  ['round-consensus-level-99', (r) => void (r.consensus = { 'corpus-1': { '1': { level: '99', note: '', at: EARLIER } } })],
  ['round-consensus-not-observed', (r) => void (r.consensus = { 'corpus-1': { '1': { level: 'not-observed', note: '', at: EARLIER } } })],
  ['round-consensus-after-export', (r) => void (r.consensus = { 'corpus-1': { '1': { level: 'proficient', note: '', at: '2025-03-01T00:00:00.000Z' } } })],
  ['round-consensus-note-30000-chars', (r) => void (r.consensus = { 'corpus-1': { '1': { level: 'proficient', note: 'n'.repeat(30_000), at: EARLIER } } })],
  ['round-recommends-stranger', (r) => void (r.recommendation = { candidateId: 'stranger', reasons: 'Best.', at: EARLIER })],
  [
    'round-recommends-practice-candidate',
    (r) => void ((r.candidates = [{ id: 'k0', name: 'Practice', isPractice: true }, ...(r.candidates as Json[])]), (r.recommendation = { candidateId: 'k0', reasons: 'Best.', at: EARLIER })),
  ],
  ['round-recommended-year-9999', (r) => void (r.recommendation = { reasons: 'None fits.', at: '9999-12-31T00:00:00.000Z' })],
  ['round-closed-after-export', (r) => void (r.scoringClosed = { at: '2025-03-01T00:00:00.000Z', unsubmitted: [] })],
  ['round-closed-50-unsubmitted', (r) => void (r.scoringClosed = { at: EARLIER, unsubmitted: Array.from({ length: 50 }, (_, i) => `P ${i} (A)`) })],
];

function firstIds(r: Json): [string, string] {
  const scores = r.scores as Record<string, Json>;
  const candidate = Object.keys(scores)[0] ?? 'corpus-1';
  return [candidate, '1'];
}

const SCORECARD_EDITS: Edit[] = [
  ['record-version-missing', (r) => void delete r.recordVersion],
  ['card-unknown-candidate', (r) => void ((r.scores as Json).stranger = { '1': { level: 'leading' } })],
  ['card-unknown-area', (r) => void ((r.scores as Record<string, Json>)[firstIds(r)[0]] = { '77': { level: 'leading' } })],
  ['card-level-99', (r) => void ((r.scores as Record<string, Json>)[firstIds(r)[0]] = { '1': { level: '99' } })],
  ['card-level-NaN', (r) => void ((r.scores as Record<string, Json>)[firstIds(r)[0]] = { '1': { level: 'NaN' } })],
  ['card-level-na', (r) => void ((r.scores as Record<string, Json>)[firstIds(r)[0]] = { '1': { level: 'na' } })],
  ['card-submitted-year-9999', (r) => void (r.submittedAt = '9999-12-31T00:00:00.000Z')],
  ['card-submitted-after-export', (r) => void (r.submittedAt = '2025-01-10T12:00:00.000Z')],
  ['card-submitted-next-year', (r) => void (r.submittedAt = '2026-01-10T12:00:00.000Z')],
  ['card-120k-candidates', (r) => void (r.scores = Object.fromEntries(Array.from({ length: 120_000 }, (_, i) => [`k${i}`, { '1': { level: 'leading' } }])))],
  ['card-note-30000-chars', (r) => void ((r.scores as Record<string, Json>)[firstIds(r)[0]] = { '1': { note: 'n'.repeat(30_000) } })],
  ['card-id-mismatch', (r) => void (r.id = 'corpus-round--someone')],
  ['card-scores-list', (r) => void (r.scores = [])],
  // What scorecard record version 2 added: per-candidate submission, and "not observed" beside the levels.
  ['card-submitted-for-stranger', (r) => void (r.submittedFor = { stranger: EARLIER })],
  ['card-submitted-for-year-9999', (r) => void (r.submittedFor = { [firstIds(r)[0]]: '9999-12-31T00:00:00.000Z' })],
  ['card-submitted-for-after-export', (r) => void (r.submittedFor = { [firstIds(r)[0]]: '2025-01-10T12:00:00.000Z' })],
  ['card-submitted-for-not-a-date', (r) => void (r.submittedFor = { [firstIds(r)[0]]: 'yesterday' })],
  ['card-submitted-for-list', (r) => void (r.submittedFor = [EARLIER])],
  ['card-not-observed-misspelt', (r) => void ((r.scores as Record<string, Json>)[firstIds(r)[0]] = { '1': { level: 'not_observed' } })],
];

/** The shared edits that touch what a feedback record has: it carries no revision and no updatedAt. */
const FEEDBACK_SHARED_EDITS = SHARED_EDITS.filter(([name]) => /^(record-version-newer|id-|proto-key)/.test(name));

const PROMISE = ['Shown when at least two answered.'];

const REQUEST_EDITS: Edit[] = [
  ['record-version-missing', (r) => void delete r.recordVersion],
  ['request-unknown-edition', (r) => void (r.framework = { editionId: 'cosn-cto-2031', dataVersion: 1 })],
  ['request-data-version-999', (r) => void ((r.framework as Json).dataVersion = 999)],
  ['request-unknown-area', (r) => void (r.skillAreaIds = ['1', '77'])],
  ['request-no-areas', (r) => void (r.skillAreaIds = [])],
  ['request-duplicate-area', (r) => void (r.skillAreaIds = ['1', '1'])],
  ['request-300-areas', (r) => void (r.skillAreaIds = Array.from({ length: 300 }, (_, i) => `a${i}`))],
  ['request-areas-100-deep', (r) => void (r.skillAreaIds = deep(100))],
  ['request-unknown-group', (r) => void (r.groups = ['principals', 'janitors'])],
  ['request-duplicate-group', (r) => void (r.groups = ['principals', 'principals'])],
  ['request-created-after-export', (r) => void (r.createdAt = '2025-02-01T00:00:00.000Z')],
  ['request-created-year-9999', (r) => void (r.createdAt = '9999-12-31T23:59:59.000Z')],
  ['request-created-not-a-date', (r) => void (r.createdAt = 'yesterday')],
  ['request-leader-name-1000-chars', (r) => void (r.leaderName = 'n'.repeat(1000))],
  ['request-leader-name-object', (r) => void (r.leaderName = { first: 'Dana' })],
  ['request-district-list', (r) => void (r.district = ['Lakeside'])],
  // The promise of anonymity: a file can neither lower the app's threshold nor promise one it does not keep.
  ['request-threshold-2', (r) => void (r.anonymity = { threshold: 2, text: PROMISE })],
  ['request-threshold-1', (r) => void (r.anonymity = { threshold: 1, text: PROMISE })],
  ['request-threshold-5', (r) => void (r.anonymity = { threshold: 5, text: PROMISE })],
  ['request-threshold-text', (r) => void (r.anonymity = { threshold: '3', text: PROMISE })],
  ['request-threshold-fraction', (r) => void (r.anonymity = { threshold: 2.5, text: PROMISE })],
  ['request-promise-10000-chars', (r) => void (r.anonymity = { threshold: 3, text: ['p'.repeat(10_000)] })],
  ['request-promise-100-paragraphs', (r) => void (r.anonymity = { threshold: 3, text: Array.from({ length: 100 }, () => 'p') })],
  ['request-promise-not-a-list', (r) => void (r.anonymity = { threshold: 3, text: 'Anonymous.' })],
  ['request-promise-proto-key', (r) => void (r.anonymity = JSON.parse('{"threshold":3,"text":["p"],"__proto__":{"threshold":1}}') as Json)],
];

const RESPONSE_EDITS: Edit[] = [
  ['record-version-missing', (r) => void delete r.recordVersion],
  ['response-to-another-request', (r) => void (r.requestId = 'someone-elses-request')],
  ['response-request-id-slash', (r) => void (r.requestId = '../corpus-request')],
  ['response-unknown-indicator', (r) => void ((r.ratings as Json)['99Z'] = 'leading')],
  ['response-indicator-not-asked', (r) => void ((r.ratings as Json)['3A'] = 'leading')],
  ['response-level-99', (r) => void ((r.ratings as Json)['1A'] = '99')],
  ['response-level-NaN', (r) => void ((r.ratings as Json)['1A'] = 'NaN')],
  ['response-level-na', (r) => void ((r.ratings as Json)['1A'] = 'na')],
  ['response-level-number', (r) => void ((r.ratings as Json)['1A'] = 3)],
  ['response-600-answers', (r) => void (r.ratings = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`i${i}`, 'leading'])))],
  ['response-120k-answers', (r) => void (r.ratings = Object.fromEntries(Array.from({ length: 120_000 }, (_, i) => [`i${i}`, 'leading'])))],
  ['response-ratings-list', (r) => void (r.ratings = ['leading'])],
  ['response-ratings-100-deep', (r) => void (r.ratings = { '1A': deep(100) })],
  ['response-unknown-group', (r) => void (r.group = 'janitors')],
  ['response-group-missing', (r) => void delete r.group],
  ['response-comment-unknown-area', (r) => void (r.comments = { '77': 'Hi.' })],
  ['response-comment-area-not-asked', (r) => void (r.comments = { '3': 'Hi.' })],
  ['response-comment-4001-chars', (r) => void (r.comments = { '1': 'c'.repeat(4001) })],
  ['response-comment-3mb', (r) => void (r.comments = { '1': 'c'.repeat(3 * 1024 * 1024) })],
  ['response-comment-number', (r) => void (r.comments = { '1': 42 })],
  ['response-300-comments', (r) => void (r.comments = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`a${i}`, 'Hi.'])))],
  ['response-name-blank', (r) => void (r.raterName = '   ')],
  ['response-name-1000-chars', (r) => void (r.raterName = 'n'.repeat(1000))],
  ['response-submitted-after-export', (r) => void (r.submittedAt = '2025-01-10T12:00:00.000Z')],
  ['response-submitted-year-9999', (r) => void (r.submittedAt = '9999-12-31T23:59:59.000Z')],
  ['response-submitted-not-a-date', (r) => void (r.submittedAt = 'yesterday')],
];

const EDITS: Record<Way, Edit[]> = {
  'assessment import': [...SHARED_EDITS, ...ASSESSMENT_EDITS, ...PAYLOAD_EDITS],
  'restore everything': [...SHARED_EDITS, ...ASSESSMENT_EDITS.slice(0, 12), ...PAYLOAD_EDITS],
  'review import': [...SHARED_EDITS.slice(0, 8), ...ASSESSMENT_EDITS.slice(10, 20)],
  'round file': [...SHARED_EDITS, ...ROUND_EDITS],
  'scorecard import': [...SHARED_EDITS, ...SCORECARD_EDITS],
  'feedback request': [...FEEDBACK_SHARED_EDITS, ...REQUEST_EDITS],
  'feedback response': [...FEEDBACK_SHARED_EDITS, ...RESPONSE_EDITS],
};

/** A real file of the app taken in the wrong way: each names what it is, or is simply not the file expected. */
const WRONG_KIND: [way: Way, from: Way][] = [
  ['assessment import', 'feedback request'],
  ['assessment import', 'feedback response'],
  ['restore everything', 'feedback request'],
  ['feedback request', 'assessment import'],
  ['feedback request', 'feedback response'],
  ['feedback request', 'round file'],
  ['feedback response', 'feedback request'],
  ['feedback response', 'restore everything'],
  ['feedback response', 'scorecard import'],
];

/** Files that are not what they say, whatever the way in: the same for all five. */
async function brokenFiles(base: Base): Promise<[string, string | Uint8Array][]> {
  const valid = JSON.stringify(await base.envelope(), null, 2);
  const envelope = () => base.envelope();
  const withChange = async (change: (e: Json) => void) => {
    const e = await envelope();
    change(e);
    return JSON.stringify(e);
  };
  const utf16 = new Uint8Array(valid.length * 2);
  for (let i = 0; i < valid.length; i += 1) utf16[i * 2] = valid.charCodeAt(i) & 0xff;
  return [
    ['empty', ''],
    ['blank-lines', ' \n\r\n\t'],
    ['bom-only', '\uFEFF'],
    ['pdf', '%PDF-1.7\n1 0 obj\n'],
    ['csv', 'Grouping,Skill area,Indicator\r\nI,1,1A\r\n'],
    ['plain-text', 'Dear Ada, here are my notes.'],
    ['html-page', '<!doctype html><script>alert(1)</script>'],
    ['zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x61, 0x62, 0x2c, 0x63, 0x0a, 0x64, 0x2c, 0x65])],
    ['latin1-bytes', new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d])],
    ['utf16-without-bom', utf16],
    ['truncated-half', valid.slice(0, Math.floor(valid.length / 2))],
    ['truncated-last-brace', valid.slice(0, -1)],
    ['junk-after', `${valid}garbage`],
    ['other-json', '{"name":"package","version":"1.0.0"}'],
    ['bare-array', '[1,2,3]'],
    ['bare-number', '42'],
    ['null', 'null'],
    ['wrong-type', await withChange((e) => void (e.type = 'something-else'))],
    ['newer-format', await withChange((e) => void (e.formatVersion = 99))],
    ['format-as-text', await withChange((e) => void (e.formatVersion = 'one'))],
    ['proto-at-top', valid.replace('{', '{"__proto__":{"polluted":true},')],
    ['checksum-tampered-body', valid.replace(...(base.tamper ?? ['"revision": ', '"revision": 1']))],
    ['checksum-missing', await withChange((e) => void delete e.checksum)],
    ['checksum-md5', await withChange((e) => void (e.checksum = { algorithm: 'MD5', value: 'abc' }))],
    ['nesting-10000-deep', valid.replace('{', `{"deep":${'['.repeat(10_000)}${']'.repeat(10_000)},`)],
    ['array-million-elements', valid.replace('{', `{"many":[${'0,'.repeat(999_999)}0],`)],
    ['body-missing', await withChange((e) => void delete e[base.body])],
    ['body-is-text', await withChange((e) => void (e[base.body] = 'hello'))],
    ['body-deep-nesting', await sealedAgain(await withChange(() => undefined).then((t) => ({ ...(JSON.parse(t) as Json), [base.body]: deep(1000) })), base.body)],
  ];
}

/** Every hostile file for every way in. */
export async function hostileCorpus(): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [];
  for (const base of BASES) {
    const slug = base.way.replace(/ /g, '-');
    for (const [name, content] of await brokenFiles(base)) files.push({ way: base.way, name: `${slug}--${name}.json`, content });
    for (const [name, edit] of EDITS[base.way]) {
      const envelope = await base.envelope();
      edit(recordOf(envelope, base.body), envelope);
      files.push({ way: base.way, name: `${slug}--${name}.json`, content: await sealedAgain(envelope, base.body) });
    }
  }
  for (const [way, from] of WRONG_KIND) files.push({ ...(await validFile(from)), way, name: `${way.replace(/ /g, '-')}--is-a-${from.replace(/ /g, '-')}-file.json` });
  return files;
}
