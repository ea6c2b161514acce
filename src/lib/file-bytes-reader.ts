import type { FileKind, OpenEnvelope, SealedEnvelope } from '../domain/files/envelope.ts';
import { readEnvelopeText } from '../domain/files/envelope.ts';
import { canonicalJson } from '../domain/files/canonical-json.ts';
import { describeFileProblem } from '../domain/files/file-messages.ts';
import type { FileProblem } from '../domain/files/file-problem.ts';
import { decryptEnvelope, sha256Hex, WrongPassphraseError } from './file-crypto.ts';
import { decodeFileBytes } from './read-file-text.ts';

/** What opening a file gives: its content, a request for the passphrase, or a refusal in words and as data. */
export type FileOpened<T> =
  | { status: 'ok'; value: T }
  | { status: 'needs-passphrase' }
  | { status: 'wrong-passphrase'; message: string }
  | { status: 'refused'; problem: FileProblem; message: string };

type Step = { status: 'open'; envelope: OpenEnvelope } | FileOpened<never>;

export function refused(problem: FileProblem, kind: FileKind<unknown>): FileOpened<never> {
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

async function read<T>(bytes: Uint8Array, kind: FileKind<T>, passphrase: string | undefined): Promise<FileOpened<T>> {
  const text = decodeFileBytes(bytes);
  if (!text.ok) return refused(text.problem, kind);
  const outer = readEnvelopeText(text.text, kind);
  if (!outer.ok) return refused(outer.problem, kind);
  const step: Step = outer.sealed ? await unseal(outer.envelope, kind, passphrase) : { status: 'open', envelope: outer.envelope };
  if (step.status !== 'open') return step;
  const { body, checksum, fields } = step.envelope;
  if ((await sha256Hex(canonicalJson(body))) !== checksum) return refused({ code: 'checksum-mismatch', path: ['checksum'] }, kind);
  const opened = kind.readBody(body, fields);
  return opened.ok ? { status: 'ok', value: opened.value } : refused(opened.problem, kind);
}

/**
 * A chosen file's bytes read as the given kind: text, JSON, envelope, passphrase, checksum, then the kind's
 * own body. The one code path for it, run in the file reader's worker or, where there is none, on the page.
 * Never rejects.
 */
export async function readFileBytes<T>(bytes: Uint8Array, kind: FileKind<T>, passphrase?: string): Promise<FileOpened<T>> {
  try {
    return await read(bytes, kind, passphrase);
  } catch {
    return refused({ code: 'unreadable', path: [] }, kind);
  }
}
