import type { FileLike } from '../../src/lib/read-file-text.ts';

/**
 * A chosen file as the readers see it, from text (written as UTF-8, as the app writes) or from raw bytes.
 * jsdom's File cannot give its bytes, so tests hand the readers this instead.
 */
export function fileOf(content: string | Uint8Array, name = 'file.json'): FileLike {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, size: bytes.byteLength, arrayBuffer: () => Promise.resolve(bytes.slice().buffer) };
}
