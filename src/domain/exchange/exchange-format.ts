import { z } from 'zod/mini';
import type { Assessment } from '../assessment/assessment.ts';
import type { AssessmentRecord, ReadResult } from '../assessment/assessment-record.ts';
import { readRecord, toRecord } from '../assessment/assessment-record.ts';
import { findUnsafeKey } from '../unsafe-keys.ts';

/**
 * The file another person receives: a versioned envelope ({type, formatVersion, …}) around a payload of
 * stored-format assessment records. Everything read from a file is untrusted until checked here.
 */
export const FILE_TYPE = 'edtech-leader-self-assessment';
export const FORMAT_VERSION = 1;
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** A passphrase-protected file asking for more PBKDF2 rounds than this would freeze the tab: refused. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;

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
  /** As found in the file: its records are only checked by readPayload. */
  payload: ExportPayload;
}

export interface EncryptionHeader {
  kdf: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  /** base64 */
  salt: string;
  cipher: 'AES-GCM';
  /** base64 */
  iv: string;
}

export interface EncryptedEnvelope {
  type: typeof FILE_TYPE;
  formatVersion: number;
  encrypted: true;
  encryption: EncryptionHeader;
  /** base64 ciphertext of the JSON text of a PlainEnvelope */
  data: string;
}

/** JSON with every object's keys sorted, so the same data always gives the same text (and checksum). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
    const entries = Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  });
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

export type ParsedFile =
  | { ok: true; encrypted: false; envelope: PlainEnvelope }
  | { ok: true; encrypted: true; envelope: EncryptedEnvelope }
  | { ok: false; message: string };

const APP = 'EdTech Leader Self-Assessment';
const CHOOSE = `Choose the .json file made with “Export” in ${APP}.`;
export const MESSAGES = {
  empty: `The file is empty. ${CHOOSE}`,
  pdf: `This is a PDF. PDFs are for reading and printing; the app cannot import them. ${CHOOSE}`,
  csv: `This is not an export file from ${APP}: it looks like a CSV file. CSV exports are for spreadsheets and cannot be imported. ${CHOOSE}`,
  notOurs: `This is not an export file from ${APP}. ${CHOOSE}`,
  truncated: 'The file is incomplete or damaged: it ends too early or has been edited. Ask for the file again, or export it again.',
  otherJson: `This is a JSON file, but not one exported by ${APP}. ${CHOOSE}`,
  newer: 'This file was made by a newer version of the app; update the app (reload it while online), then import the file again.',
} as const;

/** A simple character loop, not groups: a grouped pattern overflows the regex stack on a 20 MB file. */
const base64 = z.string().check(
  z.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
  z.refine((text) => text.length % 4 === 0, 'not base64'),
);

const plainSchema = z.object({
  type: z.literal(FILE_TYPE),
  formatVersion: z.int().check(z.gte(1)),
  encrypted: z.literal(false),
  checksum: z.object({ algorithm: z.literal('SHA-256'), value: z.string().check(z.regex(/^[0-9a-f]{64}$/)) }),
  payload: z.looseObject({ assessments: z.array(z.unknown()) }),
});

const encryptedSchema = z.object({
  type: z.literal(FILE_TYPE),
  formatVersion: z.int().check(z.gte(1)),
  encrypted: z.literal(true),
  encryption: z.object({
    kdf: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.int().check(z.gte(1), z.lte(MAX_PBKDF2_ITERATIONS)),
    salt: base64.check(z.minLength(4)),
    cipher: z.literal('AES-GCM'),
    iv: base64.check(z.minLength(4)),
  }),
  data: base64.check(z.minLength(4)),
});

function damaged(where: string): string {
  return `The file says it comes from ${APP}, but part of it is missing or damaged (${where}). Ask for the file again, or export it again.`;
}

/** Our own CSV header, or at least two lines with the same number of separators outside quotes. */
function looksLikeCsv(text: string): boolean {
  if (text.startsWith('Grouping,Skill area,')) return true;
  const [first, second] = text.split(/\r?\n/, 2).map((line) => line.replace(/"[^"]*"/g, '""'));
  if (first === undefined || second === undefined) return false;
  return [',', ';', '\t'].some((separator) => {
    const count = first.split(separator).length - 1;
    return count > 0 && second.split(separator).length - 1 === count;
  });
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function firstIssuePath(issues: readonly { path: readonly PropertyKey[] }[], whole: string): string {
  return issues[0]?.path.map(String).join('.') || whole;
}

/** Reads a chosen file's text as far as its envelope, with a message a person can act on. Never throws. */
export function parseFileText(text: string): ParsedFile {
  try {
    return parseEnvelope(text);
  } catch {
    return { ok: false, message: MESSAGES.notOurs };
  }
}

function parseEnvelope(text: string): ParsedFile {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { ok: false, message: MESSAGES.empty };
  if (trimmed.startsWith('%PDF')) return { ok: false, message: MESSAGES.pdf };
  const parsed = parseJson(trimmed);
  if (!parsed.ok) {
    if (trimmed.startsWith('{')) return { ok: false, message: MESSAGES.truncated };
    return { ok: false, message: looksLikeCsv(trimmed) ? MESSAGES.csv : MESSAGES.notOurs };
  }
  const value = parsed.value;
  const unsafe = findUnsafeKey(value);
  if (unsafe) return { ok: false, message: damaged(`${unsafe} is not allowed`) };
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('type' in value) || value.type !== FILE_TYPE) {
    return { ok: false, message: MESSAGES.otherJson };
  }
  const version = 'formatVersion' in value ? value.formatVersion : undefined;
  if (typeof version === 'number' && version > FORMAT_VERSION) return { ok: false, message: MESSAGES.newer };
  if ('encrypted' in value && value.encrypted === true) {
    const result = encryptedSchema.safeParse(value);
    if (!result.success) return { ok: false, message: damaged(`${firstIssuePath(result.error.issues, 'envelope')} is not valid`) };
    return { ok: true, encrypted: true, envelope: result.data };
  }
  const result = plainSchema.safeParse(value);
  if (!result.success) return { ok: false, message: damaged(`${firstIssuePath(result.error.issues, 'envelope')} is not valid`) };
  // The payload stays exactly as it was in the file: the checksum covers it, and readPayload checks it.
  const payload = ('payload' in value ? value.payload : result.data.payload) as ExportPayload;
  return { ok: true, encrypted: false, envelope: { ...result.data, payload } };
}

export type PayloadResult = { ok: true; kind: ExportKind; exportedAt: string; assessments: Assessment[] } | { ok: false; message: string };

const payloadSchema = z.object({
  kind: z.enum(['assessment', 'backup']),
  exportedAt: z.iso.datetime(),
  appVersion: z.string(),
  assessments: z.array(z.unknown()),
});

const AGAIN = 'Nothing was imported. Ask for the file again, or export it again.';

function quoted(title: string | undefined): string {
  if (title === undefined || title.trim() === '') return '';
  const short = title.length > 80 ? `${title.slice(0, 79)}…` : title;
  return ` “${short}”`;
}

function recordProblem(index: number, count: number, result: Extract<ReadResult, { ok: false }>): string {
  const which = `Assessment ${index + 1} of ${count}${quoted(result.title)}`;
  if (result.isFromNewerApp) {
    return `${which} was made by a newer version of the app; update the app (reload it while online), then import the file again. Nothing was imported.`;
  }
  const detail = /\(([^)]*)\)/.exec(result.problem)?.[1] ?? (/unknown format/.test(result.problem) ? 'unknown format' : 'not an assessment');
  return `${which} in this file is damaged (${detail}). ${AGAIN}`;
}

function readRecords(payload: unknown, knownEditionIds: string[]): PayloadResult {
  const unsafe = findUnsafeKey(payload);
  if (unsafe) return { ok: false, message: damaged(`${unsafe} is not allowed`) };
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) return { ok: false, message: damaged(`payload.${firstIssuePath(parsed.error.issues, 'contents')} is not valid`) };
  const { kind, exportedAt, assessments: raws } = parsed.data;
  if (kind === 'assessment' && raws.length === 0) return { ok: false, message: `The file holds no assessment. ${AGAIN}` };
  const known = new Set(knownEditionIds);
  const seen = new Set<string>();
  const assessments: Assessment[] = [];
  for (const [index, raw] of raws.entries()) {
    const result = readRecord(raw);
    if (!result.ok) return { ok: false, message: recordProblem(index, raws.length, result) };
    const { id, title, framework } = result.assessment;
    if (!known.has(framework.editionId)) {
      return {
        ok: false,
        message: `Assessment${quoted(title)} uses the framework edition “${framework.editionId}”, which this version of the app does not have. Update the app (reload it while online), then import the file again. Nothing was imported.`,
      };
    }
    if (seen.has(id)) return { ok: false, message: `The file holds the assessment${quoted(title)} more than once (id ${id}). ${AGAIN}` };
    seen.add(id);
    assessments.push(result.assessment);
  }
  return { ok: true, kind, exportedAt, assessments };
}

/**
 * The assessments in a file's payload, each checked and migrated to the current record version: all of
 * them, or none and the reason. Never throws.
 */
export function readPayload(payload: unknown, knownEditionIds: string[]): PayloadResult {
  try {
    return readRecords(payload, knownEditionIds);
  } catch {
    return { ok: false, message: damaged('contents') };
  }
}
