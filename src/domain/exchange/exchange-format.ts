import { z } from 'zod/mini';
import type { Assessment } from '../assessment/assessment.ts';
import type { AssessmentRecord } from '../assessment/assessment-record.ts';
import { ASSESSMENT_WORDS, assessmentRecords, titleOf, toRecord } from '../assessment/assessment-record.ts';
import { checkAssessmentMeaning } from '../assessment/assessment-meaning.ts';
import type { BodyRead, FileKind } from '../files/envelope.ts';
import type { ReadContext } from '../records/meaning.ts';
import { editionOf } from '../records/meaning.ts';
import { exchangeFileMessages } from '../files/file-messages.ts';
import { findUnsafeKey } from '../unsafe-keys.ts';

// The browser tests compute checksums with this very function; it lives with the envelope reader.
export { canonicalJson } from '../files/canonical-json.ts';

/**
 * The file another person receives — an assessment sent for review, the reviewed copy sent back, or
 * "Export everything" — in a versioned envelope ({type, formatVersion, …}) around a payload of
 * stored-format assessment records. Everything read from a file is untrusted until checked here.
 */
export const FILE_TYPE = 'edtech-leader-self-assessment';
export const FORMAT_VERSION = 1;
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
  options: { kind: ExportKind; includeNotes: boolean; exportedAt: string; appVersion: string },
): ExportPayload {
  const records = assessments.map((assessment) => structuredClone(toRecord(assessment)));
  return {
    kind: options.kind,
    exportedAt: options.exportedAt,
    appVersion: options.appVersion,
    assessments: options.includeNotes ? records : records.map(withoutNotes),
  };
}

export interface ExchangeContent {
  kind: ExportKind;
  exportedAt: string;
  assessments: Assessment[];
}

const payloadSchema = z.object({
  kind: z.enum(['assessment', 'backup']),
  exportedAt: z.iso.datetime(),
  appVersion: z.string(),
  assessments: z.array(z.unknown()).check(z.maxLength(MAX_FILE_ASSESSMENTS)),
});

function readRecords(payload: unknown, context: ReadContext): BodyRead<ExchangeContent> {
  const unsafe = findUnsafeKey(payload, ['payload']);
  if (unsafe) return { ok: false, problem: { code: 'unsafe-key', path: unsafe } };
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) {
    const where = (parsed.error.issues[0]?.path ?? []).map((key) => (typeof key === 'number' ? key : String(key)));
    return { ok: false, problem: { code: 'bad-envelope', path: ['payload', ...where] } };
  }
  const { kind, exportedAt, assessments: raws } = parsed.data;
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
  return { ok: true, value: { kind, exportedAt, assessments } };
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
    body: 'payload',
    // Checked in full only after the checksum, by readPayload; this much says the envelope is whole.
    bodyShape: z.looseObject({ assessments: z.array(z.unknown()) }),
    canBeSealed: true,
    readBody: (payload) => readPayload(payload, context),
    messages: exchangeFileMessages(ASSESSMENT_WORDS),
  };
}
