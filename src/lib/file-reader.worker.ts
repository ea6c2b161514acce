import { readFileBytes, refused } from './file-bytes-reader.ts';
import { fileKindOf } from './file-kind-of-spec.ts';
import type { FileKindSpec } from './file-kind-spec.ts';
import { readChosenBytes } from './read-file-text.ts';

/**
 * Reads a chosen file off the page's main thread: its bytes, then text, bounds, JSON, checksum, schema and
 * meaning, by the same code the page runs when no worker is available (envelope-files.ts). The file itself
 * is posted, not its bytes: the page neither reads nor copies 20 MB, and stays responsive while it is read.
 */
export interface ReadRequest {
  file: File;
  spec: FileKindSpec;
  passphrase?: string;
}

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  const { file, spec, passphrase } = event.data;
  const kind = fileKindOf(spec);
  const chosen = await readChosenBytes(file, kind.maxBytes);
  self.postMessage(chosen.ok ? await readFileBytes(chosen.bytes, kind, passphrase) : refused(chosen.problem, kind));
};
