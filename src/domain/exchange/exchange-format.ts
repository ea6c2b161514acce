import { z } from 'zod/mini';
import type { Assessment } from '../assessment/assessment.ts';
import type { AssessmentRecord } from '../assessment/assessment-record.ts';
import { ASSESSMENT_WORDS, assessmentRecords, titleOf, toRecord } from '../assessment/assessment-record.ts';
import { checkAssessmentMeaning } from '../assessment/assessment-meaning.ts';
import type { BodyRead, FileKind } from '../files/envelope.ts';
import type { FileProblem } from '../files/file-problem.ts';
import { writtenLength } from '../files/json-bounds.ts';
import { MAX_NOTE_LENGTH } from '../assessment/assessment.ts';
import type { RecordError } from '../records/record-codec.ts';
import type { ReadContext } from '../records/meaning.ts';
import { editionOf } from '../records/meaning.ts';
import { exchangeFileMessages } from '../files/file-messages.ts';
import { findUnsafeKey } from '../unsafe-keys.ts';
import type { FeedbackRequest } from '../feedback/feedback.ts';
import type { FeedbackRequestRecord } from '../feedback/feedback-records.ts';
import { feedbackRequestRecords, fromRequestRecord, toRequestRecord } from '../feedback/feedback-records.ts';
import { checkRequestMeaning } from '../feedback/feedback-meaning.ts';
import type { CetlRecord } from '../cetl/cetl.ts';
import { cetlRecords, toCetlRecord } from '../cetl/cetl-records.ts';

// The browser tests compute checksums with this very function; it lives with the envelope reader.
export { canonicalJson } from '../files/canonical-json.ts';

/**
 * The file another person receives — an assessment sent for review, the reviewed copy sent back, or
 * "Export everything" — in a versioned envelope ({type, formatVersion, …}) around a payload of
 * stored-format assessment records. Everything read from a file is untrusted until checked here.
 */
export const FILE_TYPE = 'edtech-leader-self-assessment';
/**
 * The newest format read. 2: a backup may also carry colleagues' feedback and the CETL hours log, so a
 * version of the app that cannot restore them refuses the file rather than dropping them. A file without
 * them is still written as 1 (FORMAT_VERSION_PLAIN), so an assessment sent for review opens in older versions.
 */
export const FORMAT_VERSION = 2;
export const FORMAT_VERSION_PLAIN = 1;
/** The most feedback requests one backup can carry. */
export const MAX_FILE_FEEDBACK_REQUESTS = 500;
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** The most assessments one file can carry: far more than anyone keeps, few enough to check in a moment. */
export const MAX_FILE_ASSESSMENTS = 500;

/** One (or a few) assessments to send, or everything on this device. */
export type ExportKind = 'assessment' | 'backup';

export interface ExportPayload {
  kind: ExportKind;
  exportedAt: string;
  appVersion: string;
  assessments: AssessmentRecord[];
  /** Backups only, and only when there are any: the leader's feedback requests with their responses. */
  feedback?: FeedbackRequestRecord[];
  /** Backups only, when kept: the CETL hours log. */
  cetl?: ReturnType<typeof toCetlRecord>;
}

/** What a backup carries beside the assessments. */
export interface BackupExtras {
  feedback: FeedbackRequest[];
  cetl?: CetlRecord;
}

export interface PlainEnvelope {
  type: typeof FILE_TYPE;
  formatVersion: number;
  encrypted: false;
  checksum: { algorithm: 'SHA-256'; value: string };
  payload: ExportPayload;
}

function withoutNotes(record: AssessmentRecord): AssessmentRecord {
  const answers: AssessmentRecord['answers'] = {};
  for (const [id, { note: _note, ...rest }] of Object.entries(record.answers)) {
    if (Object.keys(rest).length > 0) answers[id] = rest;
  }
  return { ...record, answers, pdPlan: record.pdPlan.map((action) => ({ ...action, evidence: '' })) };
}

/**
 * The records to write into a file, copied. Personal notes stay out unless asked for: without them every
 * indicator note and every plan action's evidence is removed (an answer that held only a note goes too).
 */
export function preparePayload(
  assessments: Assessment[],
  options: { kind: ExportKind; includeNotes: boolean; exportedAt: string; appVersion: string; extras?: BackupExtras },
): ExportPayload {
  const records = assessments.map((assessment) => structuredClone(toRecord(assessment)));
  const ids = new Set(assessments.map((assessment) => assessment.id));
  // Feedback goes with the assessment it was asked for, so only requests of assessments in the file.
  const feedback = options.kind === 'backup' ? (options.extras?.feedback ?? []).filter((request) => ids.has(request.assessmentId)) : [];
  const cetl = options.kind === 'backup' ? options.extras?.cetl : undefined;
  return {
    kind: options.kind,
    exportedAt: options.exportedAt,
    appVersion: options.appVersion,
    assessments: options.includeNotes ? records : records.map(withoutNotes),
    ...(feedback.length > 0 ? { feedback: feedback.map((request) => structuredClone(toRequestRecord(request))) } : {}),
    ...(cetl ? { cetl: structuredClone(toCetlRecord(cetl)) } : {}),
  };
}

/** The format a payload is written in: 2 only when it carries what format 1 cannot. */
export function formatVersionOf(payload: ExportPayload): number {
  return payload.feedback || payload.cetl ? FORMAT_VERSION : FORMAT_VERSION_PLAIN;
}

/** What a file holds; `feedback` and `cetl` only when a backup carries them. */
export interface ExchangeContent extends Partial<BackupExtras> {
  kind: ExportKind;
  exportedAt: string;
  assessments: Assessment[];
}

const payloadSchema = z.object({
  kind: z.enum(['assessment', 'backup']),
  exportedAt: z.iso.datetime(),
  appVersion: z.string(),
  assessments: z.array(z.unknown()).check(z.maxLength(MAX_FILE_ASSESSMENTS)),
  feedback: z.optional(z.array(z.unknown()).check(z.maxLength(MAX_FILE_FEEDBACK_REQUESTS))),
  cetl: z.optional(z.unknown()),
});

type ExtrasRead = { ok: true; value: BackupExtras } | { ok: false; problem: FileProblem };

/** A backup's feedback requests and CETL log: each checked like the record it is, against the assessments beside it. */
function readExtras(raws: unknown[], rawCetl: unknown, assessments: Assessment[], context: ReadContext, exportedAt: string): ExtrasRead {
  const byId = new Map(assessments.map((assessment) => [assessment.id, assessment]));
  const seen = new Set<string>();
  const feedback: FeedbackRequest[] = [];
  for (const [index, raw] of raws.entries()) {
    const path = ['payload', 'feedback', index];
    const subject = `Colleagues’ feedback request ${index + 1} of ${raws.length}`;
    const read = feedbackRequestRecords.read(raw);
    if (!read.ok) return { ok: false, problem: { code: 'bad-record', path: [...path, ...read.error.path], record: read.error, subject } };
    const request = fromRequestRecord(read.value);
    const owner = byId.get(request.assessmentId);
    const edition = editionOf(context, request.framework.editionId);
    const wrong: RecordError | undefined = !owner
      ? { code: 'invalid', path: ['assessmentId'], reason: 'names an assessment the file does not hold' }
      : !edition
        ? { code: 'unknown-ref', path: ['framework', 'editionId'], what: 'framework edition', value: request.framework.editionId }
        : checkRequestMeaning(request, edition, { exportedAt, now: context.now });
    if (wrong) return { ok: false, problem: { code: 'bad-record', path: [...path, ...wrong.path], record: wrong, subject } };
    if (seen.has(request.id)) return { ok: false, problem: { code: 'duplicate-record', path: [...path, 'id'], id: request.id, subject: 'a colleagues’ feedback request' } };
    seen.add(request.id);
    feedback.push(request);
  }
  if (rawCetl === undefined) return { ok: true, value: { feedback } };
  const cetl = cetlRecords.read(rawCetl);
  if (!cetl.ok) return { ok: false, problem: { code: 'bad-record', path: ['payload', 'cetl', ...cetl.error.path], record: cetl.error, subject: 'The CETL hours log' } };
  return { ok: true, value: { feedback, cetl: cetl.value } };
}

function readRecords(payload: unknown, context: ReadContext): BodyRead<ExchangeContent> {
  const unsafe = findUnsafeKey(payload, ['payload']);
  if (unsafe) return { ok: false, problem: { code: 'unsafe-key', path: unsafe } };
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) {
    const where = (parsed.error.issues[0]?.path ?? []).map((key) => (typeof key === 'number' ? key : String(key)));
    return { ok: false, problem: { code: 'bad-envelope', path: ['payload', ...where] } };
  }
  const { kind, exportedAt, assessments: raws, feedback: rawFeedback = [], cetl: rawCetl } = parsed.data;
  if (kind === 'assessment' && raws.length === 0) return { ok: false, problem: { code: 'no-records', path: ['payload', 'assessments'] } };
  const seen = new Set<string>();
  const assessments: Assessment[] = [];
  for (const [index, raw] of raws.entries()) {
    const path = ['payload', 'assessments', index];
    const read = assessmentRecords.read(raw);
    if (!read.ok) {
      const title = titleOf(raw);
      return { ok: false, problem: { code: 'bad-record', path, record: read.error, position: { index, count: raws.length }, ...(title === undefined ? {} : { title }) } };
    }
    const { id, title, framework } = read.value;
    const edition = editionOf(context, framework.editionId);
    if (!edition) return { ok: false, problem: { code: 'unknown-edition', path: [...path, 'framework', 'editionId'], editionId: framework.editionId, title } };
    const wrong = checkAssessmentMeaning(read.value, edition, { exportedAt, now: context.now });
    if (wrong) return { ok: false, problem: { code: 'bad-record', path: [...path, ...wrong.path], record: wrong, position: { index, count: raws.length }, title } };
    if (seen.has(id)) return { ok: false, problem: { code: 'duplicate-record', path: [...path, 'id'], id, title } };
    seen.add(id);
    assessments.push(read.value);
  }
  const extras = readExtras(rawFeedback, rawCetl, assessments, context, exportedAt);
  if (!extras.ok) return extras;
  const { feedback, cetl } = extras.value;
  return { ok: true, value: { kind, exportedAt, assessments, ...(feedback.length > 0 ? { feedback } : {}), ...(cetl ? { cetl } : {}) } };
}

/**
 * The assessments in a file's payload, each checked and migrated to the current record version: all of
 * them, or none and the reason. Never throws.
 */
export function readPayload(payload: unknown, context: ReadContext): BodyRead<ExchangeContent> {
  try {
    return readRecords(payload, context);
  } catch {
    return { ok: false, problem: { code: 'bad-envelope', path: ['payload'] } };
  }
}

/** The exchange file, read against the framework editions this app has (a file for any other is refused) and the moment it is read. */
export function exchangeFile(context: ReadContext): FileKind<ExchangeContent> {
  return {
    type: FILE_TYPE,
    formatVersion: FORMAT_VERSION,
    maxBytes: MAX_IMPORT_BYTES,
    // 500 fully answered assessments with comments and plans stay well below this.
    maxValues: 400_000,
    // Answers are keyed by indicator (at most 1,000); assessments, comments and feedback requests stop at 500.
    maxItems: 1_000,
    // Evidence notes are the longest texts an assessment holds.
    maxChars: writtenLength(MAX_NOTE_LENGTH),
    body: 'payload',
    // Checked in full only after the checksum, by readPayload; this much says the envelope is whole.
    bodyShape: z.looseObject({ assessments: z.array(z.unknown()) }),
    canBeSealed: true,
    readBody: (payload) => readPayload(payload, context),
    messages: exchangeFileMessages(ASSESSMENT_WORDS),
  };
}
