import type { Assessment } from '../domain/assessment/assessment.ts';
import type { BackupExtras, ExportKind } from '../domain/exchange/exchange-format.ts';
import { exchangeFile, formatVersionOf, preparePayload } from '../domain/exchange/exchange-format.ts';
import type { FileProblem } from '../domain/files/file-problem.ts';
import type { ReadContext } from '../domain/records/meaning.ts';
import { openFile, plainEnvelope } from './envelope-files.ts';
import { encryptEnvelope } from './file-crypto.ts';
import type { FileLike } from './read-file-text.ts';

// The import store names the file type through this module.
export type { FileLike } from './read-file-text.ts';

/**
 * The text of an export file: the envelope as indented JSON, sealed with the passphrase when one is given.
 * An empty passphrase is refused rather than quietly writing an unprotected file. `iterations` is for tests.
 */
export async function exportFileText(
  assessments: Assessment[],
  options: { kind: ExportKind; includeNotes: boolean; passphrase?: string; now: string; appVersion: string; iterations?: number; extras?: BackupExtras },
): Promise<string> {
  const payload = preparePayload(assessments, {
    kind: options.kind,
    includeNotes: options.includeNotes,
    exportedAt: options.now,
    appVersion: options.appVersion,
    ...(options.extras ? { extras: options.extras } : {}),
  });
  // Writing needs no list of editions: only reading refuses unknown ones.
  const kind = { ...exchangeFile({ editions: [], now: options.now }), formatVersion: formatVersionOf(payload) };
  const plain = await plainEnvelope(kind, payload);
  if (options.passphrase === undefined) return JSON.stringify(plain, null, 2);
  if (options.passphrase === '') throw new Error('A protected file needs a passphrase.');
  return JSON.stringify(await encryptEnvelope(plain, options.passphrase, { iterations: options.iterations }), null, 2);
}

export type ImportOutcome =
  | ({ status: 'ok'; kind: ExportKind; exportedAt: string; assessments: Assessment[] } & Partial<BackupExtras>)
  | { status: 'needs-passphrase' }
  | { status: 'wrong-passphrase'; message: string }
  | { status: 'invalid'; message: string; problem: FileProblem };

/**
 * Reads a chosen file as far as the assessments in it: all of them, or a reason, a request for the
 * passphrase, or word that the passphrase was wrong. The size is checked before the file is read. Never rejects.
 */
export async function readImportFile(file: FileLike, options: { passphrase?: string; context: ReadContext }): Promise<ImportOutcome> {
  const readable = { kind: exchangeFile(options.context), spec: { name: 'exchange', context: options.context } } as const;
  const opened = await openFile(file, readable, { passphrase: options.passphrase });
  switch (opened.status) {
    case 'ok':
      return { status: 'ok', ...opened.value };
    case 'refused':
      return { status: 'invalid', message: opened.message, problem: opened.problem };
    default:
      return opened;
  }
}
