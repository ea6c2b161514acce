import type { FileKind, OpenEnvelope, SealedEnvelope } from '../domain/files/envelope.ts';
import { readEnvelopeText } from '../domain/files/envelope.ts';
import { canonicalJson } from '../domain/files/canonical-json.ts';
import { describeFileProblem } from '../domain/files/file-messages.ts';
import type { FileProblem } from '../domain/files/file-problem.ts';
import { decryptEnvelope, sha256Hex, WrongPassphraseError } from './file-crypto.ts';
import type { FileLike } from './read-file-text.ts';
import { readFileText } from './read-file-text.ts';

/** What opening a file gives: its content, a request for the passphrase, or a refusal in words and as data. */
export type FileOpened<T> =
  | { status: 'ok'; value: T }
  | { status: 'needs-passphrase' }
  | { status: 'wrong-passphrase'; message: string }
  | { status: 'refused'; problem: FileProblem; message: string };

/** What plainEnvelope writes: enough of it typed for sealing. */
export type PlainEnvelopeObject = { type: string; formatVersion: number } & Record<string, unknown>;

type Step = { status: 'open'; envelope: OpenEnvelope } | FileOpened<never>;

/** The plain envelope a kind of file is written as, its checksum taken over the canonical JSON of the body. */
export async function plainEnvelope(kind: FileKind<unknown>, body: unknown, fields: Record<string, unknown> = {}): Promise<PlainEnvelopeObject> {
  return {
    type: kind.type,
    formatVersion: kind.formatVersion,
    ...(kind.canBeSealed ? { encrypted: false } : {}),
    ...fields,
    checksum: { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(body)) },
    [kind.body]: body,
  };
}

function refused(problem: FileProblem, kind: FileKind<unknown>): FileOpened<never> {
  return { status: 'refused', problem, message: describeFileProblem(problem, kind.messages) };
}

async function unseal(sealed: SealedEnvelope, kind: FileKind<unknown>, passphrase: string | undefined): Promise<Step> {
  if (!passphrase) return { status: 'needs-passphrase' };
  let text: string;
  try {
    text = await decryptEnvelope(sealed, passphrase);
  } catch (error) {
    if (error instanceof WrongPassphraseError) return { status: 'wrong-passphrase', message: error.message };
    return refused({ code: 'sealed-damaged', path: ['encryption'] }, kind);
  }
  const inner = readEnvelopeText(text, kind);
  if (!inner.ok) return refused(inner.problem, kind);
  // A file sealed twice is not one the app wrote.
  return inner.sealed ? refused({ code: 'sealed-damaged', path: ['data'] }, kind) : { status: 'open', envelope: inner.envelope };
}

async function open<T>(file: FileLike, kind: FileKind<T>, passphrase: string | undefined): Promise<FileOpened<T>> {
  const text = await readFileText(file, kind.maxBytes);
  if (!text.ok) return refused(text.problem, kind);
  const outer = readEnvelopeText(text.text, kind);
  if (!outer.ok) return refused(outer.problem, kind);
  const step: Step = outer.sealed ? await unseal(outer.envelope, kind, passphrase) : { status: 'open', envelope: outer.envelope };
  if (step.status !== 'open') return step;
  const { body, checksum, fields } = step.envelope;
  if ((await sha256Hex(canonicalJson(body))) !== checksum) return refused({ code: 'checksum-mismatch', path: ['checksum'] }, kind);
  const read = kind.readBody(body, fields);
  return read.ok ? { status: 'ok', value: read.value } : refused(read.problem, kind);
}

/**
 * Opens a file the person chose as the given kind: size, text, JSON, envelope, passphrase, checksum, then
 * the kind's own body. Every file the app opens comes through here. Never rejects.
 */
export async function openFile<T>(file: FileLike, kind: FileKind<T>, options: { passphrase?: string } = {}): Promise<FileOpened<T>> {
  try {
    return await open(file, kind, options.passphrase);
  } catch {
    return refused({ code: 'unreadable', path: [] }, kind);
  }
}
