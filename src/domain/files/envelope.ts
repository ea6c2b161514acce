import { z } from 'zod/mini';
import type { ProblemPath, RecordError } from '../records/record-codec.ts';
import { findUnsafeKey } from '../unsafe-keys.ts';
import type { FileMessages } from './file-messages.ts';
import type { FileProblem } from './file-problem.ts';
import { parseJsonText } from './file-text.ts';
import { MAX_JSON_DEPTH } from './json-bounds.ts';

/**
 * Every file the app writes is a versioned envelope — {type, formatVersion, checksum, <body>} — around
 * one body the checksum covers. A file kind names its type and body and plugs in how the body is read;
 * everything else (size, text, JSON, `__proto__`, type, version, sealing, checksum) is checked the same way,
 * here and in lib/envelope-files.ts, which reads the bytes and takes the checksum.
 */
export interface FileKind<T> {
  type: string;
  /** The newest format this app reads and the one it writes. */
  formatVersion: number;
  maxBytes: number;
  /** Entries (objects, arrays, list and object members) a file of this kind may hold before it is parsed. */
  maxValues: number;
  /** Entries any one list or object in the file may hold: its longest list, so one list of 200,000 is refused unread. */
  maxItems: number;
  /** Characters any one string may have as written (see writtenLength): its longest text, so a 19 MB title is refused unread. */
  maxChars: number;
  /** The member the checksum covers, e.g. "payload" or "round". */
  body: string;
  /** What the body must look like before its checksum is worth taking. */
  bodyShape: z.ZodMiniType;
  /** A kind that may be sealed with a passphrase carries `encrypted: true | false`. */
  canBeSealed: boolean;
  /** The body, checked and turned into what the app uses; `envelope` is the whole file, for its other fields. */
  readBody(body: unknown, envelope: Record<string, unknown>): BodyRead<T>;
  messages: FileMessages;
}

export type BodyRead<T> = { ok: true; value: T } | { ok: false; problem: FileProblem };

/** A body whose record its codec or meaning check refused, with the body's name in front of the record's path. */
export function badRecord(body: string, record: RecordError): BodyRead<never> {
  return { ok: false, problem: { code: 'bad-record', path: [body, ...record.path], record } };
}

/** When the file says it was exported (outside its checksum, so it can only make the checks stricter). */
export function exportedAtOf(envelope: Record<string, unknown>): string | undefined {
  const at = envelope.exportedAt;
  return typeof at === 'string' && !Number.isNaN(Date.parse(at)) ? at : undefined;
}

/** A passphrase-protected file can ask for at most this many PBKDF2 rounds: more would freeze the tab. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;

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

export interface SealedEnvelope {
  type: string;
  formatVersion: number;
  encrypted: true;
  encryption: EncryptionHeader;
  /** base64 ciphertext of the JSON text of the plain envelope */
  data: string;
}

/** A plain envelope as found in the file: the body is exactly as written, since the checksum covers it. */
export interface OpenEnvelope {
  checksum: string;
  body: unknown;
  /** The whole envelope, for fields beside the body (such as a scorecard's round title). */
  fields: Record<string, unknown>;
}

export type EnvelopeRead = { ok: true; sealed: false; envelope: OpenEnvelope } | { ok: true; sealed: true; envelope: SealedEnvelope } | { ok: false; problem: FileProblem };

/** A simple character loop, not groups: a grouped pattern overflows the regex stack on a 20 MB file. */
const base64 = z.string().check(
  z.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
  z.refine((text) => text.length % 4 === 0, 'not base64'),
);

const checksumShape = z.object({ algorithm: z.literal('SHA-256'), value: z.string().check(z.regex(/^[0-9a-f]{64}$/)) });

const sealedShape = z.object({
  type: z.string(),
  formatVersion: z.int(),
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

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstPath(issues: readonly { path: readonly PropertyKey[] }[]): ProblemPath {
  return (issues[0]?.path ?? []).map((key) => (typeof key === 'number' ? key : String(key)));
}

function readEnvelope(value: Record<string, unknown>, kind: FileKind<unknown>): EnvelopeRead {
  if (kind.canBeSealed && value.encrypted === true) {
    const sealed = sealedShape.safeParse(value);
    return sealed.success ? { ok: true, sealed: true, envelope: sealed.data } : { ok: false, problem: { code: 'bad-envelope', path: firstPath(sealed.error.issues) } };
  }
  const plain = z
    .looseObject({
      ...(kind.canBeSealed ? { encrypted: z.literal(false) } : {}),
      checksum: checksumShape,
      [kind.body]: kind.bodyShape,
    })
    .safeParse(value);
  if (!plain.success) return { ok: false, problem: { code: 'bad-envelope', path: firstPath(plain.error.issues) } };
  return { ok: true, sealed: false, envelope: { checksum: plain.data.checksum.value, body: value[kind.body], fields: value } };
}

/** A file's text as far as its envelope: whether it is this kind of file, and what it carries. Never throws. */
export function readEnvelopeText(text: string, kind: FileKind<unknown>): EnvelopeRead {
  try {
    const parsed = parseJsonText(text, { maxDepth: MAX_JSON_DEPTH, maxValues: kind.maxValues, maxItems: kind.maxItems, maxChars: kind.maxChars, ...(kind.canBeSealed ? { longTextAt: 'data' } : {}) });
    if (!parsed.ok) return parsed;
    const value = parsed.value;
    const unsafe = findUnsafeKey(value);
    if (unsafe) return { ok: false, problem: { code: 'unsafe-key', path: unsafe } };
    if (!isObject(value) || value.type !== kind.type) {
      return { ok: false, problem: { code: 'wrong-type', path: ['type'], ...(isObject(value) && typeof value.type === 'string' ? { foundType: value.type } : {}) } };
    }
    const version = value.formatVersion;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problem: { code: 'bad-envelope', path: ['formatVersion'] } };
    if (version > kind.formatVersion) return { ok: false, problem: { code: 'newer-format', path: ['formatVersion'], formatVersion: version } };
    return readEnvelope(value, kind);
  } catch {
    // Only a bug or a value beyond any stack gets here; the person still gets a sentence.
    return { ok: false, problem: { code: 'not-json', path: [] } };
  }
}
