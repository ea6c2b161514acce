import { readFileBytes } from './file-bytes-reader.ts';
import { fileKindOf } from './file-kind-of-spec.ts';
import type { FileKindSpec } from './file-kind-spec.ts';

/**
 * Reads a chosen file's bytes off the page's main thread: text, bounds, JSON, checksum, schema and meaning,
 * by the same code the page runs when no worker is available (envelope-files.ts). The page stays responsive
 * while a 20 MB file is read.
 */
export interface ReadRequest {
  bytes: Uint8Array;
  spec: FileKindSpec;
  passphrase?: string;
}

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  const { bytes, spec, passphrase } = event.data;
  self.postMessage(await readFileBytes(bytes, fileKindOf(spec), passphrase));
};
