import type { FileKind } from '../domain/files/envelope.ts';
import { canonicalJson } from '../domain/files/canonical-json.ts';
import type { FileOpened } from './file-bytes-reader.ts';
import { readFileBytes, refused } from './file-bytes-reader.ts';
import type { FileKindSpec, ReadableKind } from './file-kind-spec.ts';
import { sha256Hex } from './file-crypto.ts';
import type { FileLike } from './read-file-text.ts';
import { readChosenBytes } from './read-file-text.ts';
import type { ReadRequest } from './file-reader.worker.ts';

export type { FileOpened } from './file-bytes-reader.ts';

/** What plainEnvelope writes: enough of it typed for sealing. */
export type PlainEnvelopeObject = { type: string; formatVersion: number } & Record<string, unknown>;

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

/**
 * Reads the file in a worker (file-reader.worker.ts), so reading, parsing and checking a file of up to 20 MB
 * never holds the page; undefined when the browser cannot run it (or the file is not a browser File), and the
 * page reads it itself.
 */
function readInWorker<T>(file: FileLike, spec: FileKindSpec, passphrase: string | undefined): Promise<FileOpened<T> | undefined> {
  if (typeof Worker === 'undefined' || typeof File === 'undefined' || !(file instanceof File)) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./file-reader.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(undefined);
      return;
    }
    const done = (result: FileOpened<T> | undefined) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<FileOpened<T>>) => done(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      done(undefined);
    };
    worker.onmessageerror = () => done(undefined);
    const request: ReadRequest = { file, spec, ...(passphrase === undefined ? {} : { passphrase }) };
    worker.postMessage(request);
  });
}

/**
 * Opens a file the person chose as the given kind: its size, then its bytes read (readFileBytes), off the main
 * thread where the kind says how a worker builds it. Every file the app opens comes through here. Never rejects.
 */
export async function openFile<T>(file: FileLike, readable: FileKind<T> | ReadableKind<T>, options: { passphrase?: string } = {}): Promise<FileOpened<T>> {
  const kind = 'spec' in readable ? readable.kind : readable;
  try {
    const inWorker = 'spec' in readable ? await readInWorker<T>(file, readable.spec, options.passphrase) : undefined;
    if (inWorker) return inWorker;
    const chosen = await readChosenBytes(file, kind.maxBytes);
    if (!chosen.ok) return refused(chosen.problem, kind);
    return await readFileBytes(chosen.bytes, kind, options.passphrase);
  } catch {
    return refused({ code: 'unreadable', path: [] }, kind);
  }
}
