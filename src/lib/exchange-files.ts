import type { Assessment } from '../domain/assessment/assessment.ts';
import type { ExportKind, PlainEnvelope } from '../domain/exchange/exchange-format.ts';
import { canonicalJson, FILE_TYPE, FORMAT_VERSION, MAX_IMPORT_BYTES, parseFileText, preparePayload, readPayload } from '../domain/exchange/exchange-format.ts';
import { decryptEnvelope, encryptEnvelope, sha256Hex, WrongPassphraseError } from './file-crypto.ts';

/**
 * The text of an export file: the envelope as indented JSON, sealed with the passphrase when one is given.
 * An empty passphrase is refused rather than quietly writing an unprotected file. `iterations` is for tests.
 */
export async function exportFileText(
  assessments: Assessment[],
  options: { kind: ExportKind; includeNotes: boolean; passphrase?: string; now: string; appVersion: string; iterations?: number },
): Promise<string> {
  const payload = preparePayload(assessments, { kind: options.kind, includeNotes: options.includeNotes, exportedAt: options.now, appVersion: options.appVersion });
  const plain: PlainEnvelope = {
    type: FILE_TYPE,
    formatVersion: FORMAT_VERSION,
    encrypted: false,
    checksum: { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(payload)) },
    payload,
  };
  if (options.passphrase === undefined) return JSON.stringify(plain, null, 2);
  if (options.passphrase === '') throw new Error('A protected file needs a passphrase.');
  return JSON.stringify(await encryptEnvelope(plain, options.passphrase, { iterations: options.iterations }), null, 2);
}

export type ImportOutcome =
  | { status: 'ok'; kind: ExportKind; exportedAt: string; assessments: Assessment[] }
  | { status: 'needs-passphrase' }
  | { status: 'wrong-passphrase'; message: string }
  | { status: 'invalid'; message: string };

/** What an import reads: a browser File, or anything shaped like one (tests, benchmarks). */
export interface FileLike {
  name: string;
  size: number;
  text(): Promise<string>;
}

const AGAIN = 'Ask for the file again, or export it again.';
export const IMPORT_MESSAGES = {
  tooBig: (size: number) =>
    `This file is ${(size / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB the app can import. Check that it is an export file from this app.`,
  unreadable: 'The file could not be read. Check that it is still where it was (not on a removed drive), then try again.',
  changed: `This file was changed or damaged after it was exported, so it cannot be trusted. Nothing was imported. ${AGAIN}`,
  sealedDamaged: `The protected file is damaged and cannot be opened. ${AGAIN}`,
} as const;

function invalid(message: string): ImportOutcome {
  return { status: 'invalid', message };
}

async function openEnvelope(text: string, passphrase: string | undefined): Promise<ImportOutcome | PlainEnvelope> {
  const parsed = parseFileText(text);
  if (!parsed.ok) return invalid(parsed.message);
  if (!parsed.encrypted) return parsed.envelope;
  if (!passphrase) return { status: 'needs-passphrase' };
  let inner: string;
  try {
    inner = await decryptEnvelope(parsed.envelope, passphrase);
  } catch (error) {
    if (error instanceof WrongPassphraseError) return { status: 'wrong-passphrase', message: error.message };
    return invalid(IMPORT_MESSAGES.sealedDamaged);
  }
  const opened = parseFileText(inner);
  if (!opened.ok) return invalid(opened.message);
  return opened.encrypted ? invalid(IMPORT_MESSAGES.sealedDamaged) : opened.envelope;
}

async function readFile(file: FileLike, options: { passphrase?: string; knownEditionIds: string[] }): Promise<ImportOutcome> {
  if (file.size > MAX_IMPORT_BYTES) return invalid(IMPORT_MESSAGES.tooBig(file.size));
  let text: string;
  try {
    text = await file.text();
  } catch {
    return invalid(IMPORT_MESSAGES.unreadable);
  }
  if (text.length > MAX_IMPORT_BYTES) return invalid(IMPORT_MESSAGES.tooBig(text.length));
  const envelope = await openEnvelope(text, options.passphrase);
  if ('status' in envelope) return envelope;
  if ((await sha256Hex(canonicalJson(envelope.payload))) !== envelope.checksum.value) return invalid(IMPORT_MESSAGES.changed);
  const result = readPayload(envelope.payload, options.knownEditionIds);
  if (!result.ok) return invalid(result.message);
  return { status: 'ok', kind: result.kind, exportedAt: result.exportedAt, assessments: result.assessments };
}

/**
 * Reads a chosen file as far as the assessments in it: all of them, or a reason, a request for the
 * passphrase, or word that the passphrase was wrong. The size is checked before the file is read. Never rejects.
 */
export async function readImportFile(file: FileLike, options: { passphrase?: string; knownEditionIds: string[] }): Promise<ImportOutcome> {
  try {
    return await readFile(file, options);
  } catch {
    return invalid(IMPORT_MESSAGES.unreadable);
  }
}
