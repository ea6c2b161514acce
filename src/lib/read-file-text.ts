import type { FileProblem } from '../domain/files/file-problem.ts';

/** What a file reader reads: a browser File, or anything shaped like one (tests, benchmarks). */
export interface FileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type TextRead = { ok: true; text: string } | { ok: false; problem: FileProblem };

/** Byte order marks the app reads; TextDecoder drops the mark itself. */
const MARKS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // %PDF
/** A zip archive (also .docx, .xlsx): binary, even when its first entry's bytes happen to be valid UTF-8. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * A file's bytes as text, or a refusal — never a half-read file. UTF-8 (with or without a byte order mark)
 * and UTF-16 with a mark are decoded strictly; any byte sequence that is not valid in that encoding refuses
 * the file instead of turning into replacement characters that would then fail somewhere less clear.
 */
export function decodeFileBytes(bytes: Uint8Array): TextRead {
  if (startsWith(bytes, ZIP_MAGIC)) return { ok: false, problem: { code: 'not-text', path: [] } };
  const encoding = MARKS.find((mark) => startsWith(bytes, mark.bytes))?.encoding ?? 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    // A real PDF holds binary streams, so it fails here; it still deserves to be called a PDF.
    return { ok: false, problem: { code: startsWith(bytes, PDF_MAGIC) ? 'pdf' : 'not-text', path: [] } };
  }
  // UTF-16 without a mark "decodes" as UTF-8 with a NUL beside every letter; JSON never holds a raw NUL.
  if (text.includes('\u0000')) return { ok: false, problem: { code: 'not-text', path: [] } };
  return { ok: true, text };
}

export type BytesRead = { ok: true; bytes: Uint8Array } | { ok: false; problem: FileProblem };

/** The one place a chosen file's bytes are read: its size is checked first, so a huge file is never loaded. */
export async function readChosenBytes(file: FileLike, maxBytes: number): Promise<BytesRead> {
  if (file.size > maxBytes) return { ok: false, problem: { code: 'too-big', path: [], size: file.size, limit: maxBytes } };
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch {
    return { ok: false, problem: { code: 'unreadable', path: [] } };
  }
  // The size a File reports can be stale (changed on disk since it was chosen).
  if (buffer.byteLength > maxBytes) return { ok: false, problem: { code: 'too-big', path: [], size: buffer.byteLength, limit: maxBytes } };
  return { ok: true, bytes: new Uint8Array(buffer) };
}
